import { logAccess, regionOfRecords } from '../../../../lib/access-log';
import { hasRole } from '../../../../lib/auth';
import { badUserInput } from '../../../../lib/errors';
import { idNumberProblem, personKey } from '../../../../lib/person';
import { MAX_PAGE_SIZE } from '../../../../lib/pagination';
import { isRegionCode } from '../../../../lib/region-range';
import { parsePaymentsCsv } from '../datasources/payments-csv';
import { authorisePaymentImport, importPayments } from '../datasources/payments-import';
import type { MutationResolvers, PaymentResolvers, QueryResolvers } from '../generated/resolvers-types';

/**
 * A row that a stored reference points at (a payment's programme, project, recipient) must
 * exist: imports check them and rows are never deleted. A miss is a broken store, not the
 * caller's mistake, so it surfaces as an internal error (masked for clients, logged).
 */
export function present<T>(row: T | null, what: string): T {
  if (row === null) throw new Error(`${what} is referenced but not in the store`);
  return row;
}

export const Payment: PaymentResolvers = {
  // Entity fetches by signed-in callers (an auditor's alerts, a complaint's subject) are reads of
  // person-level detail: logged, in one insert per batch.
  __resolveReference: async (reference, ctx) => {
    const payment = await ctx.payments.get(reference.id);
    if (payment) await ctx.personAccessLog.record(ctx.principal, 'payment.read', { subject: payment.id, region: payment.village_code });
    return payment;
  },
  program: async (payment, _args, ctx) => present(await ctx.programs.get(payment.program_code), `programme ${payment.program_code}`),
  project: async (payment, _args, ctx) => present(await ctx.projects.get(payment.project_id), `project ${payment.project_id}`),
  recipient: async (payment, _args, ctx) => present(await ctx.people.get(payment.person_key), `recipient of ${payment.id}`),
  village: (payment) => ({ code: payment.village_code }),
  paidAt: (payment) => payment.paid_at,
  reversalOf: async (payment, _args, ctx) =>
    payment.reversal_of ? present(await ctx.payments.get(payment.reversal_of), `payment ${payment.reversal_of} reversed by ${payment.id}`) : null,
  reversedBy: (payment, _args, ctx) => (payment.status === 'PAID' ? ctx.payments.reversingPayment(payment.id) : null),
};

/** A code of fund_programs (varchar(16)): the catalogue's codes are capitals, e.g. DIBAO, FARMLAND. */
const PROGRAM_CODE_PATTERN = /^[A-Z][A-Z0-9_]{0,15}$/;

/** The caller's value in a message, cut after 20 characters so a long one does not fill it. */
function quoteStart(value: string): string {
  const chars = [...value];
  return chars.length <= 20 ? `"${value}"` : `"${chars.slice(0, 20).join('')}..." (${chars.length} characters)`;
}

/** Comparison runs read a whole county or the province: larger pages mean fewer round trips. */
const BULK_PAGE_SIZE = 500;

/** The payment entry points of Query (spread into Query.ts). */
export const paymentQueries: Pick<QueryResolvers, 'payment' | 'payments' | 'mySubsidies'> = {
  payment: async (_root, { id }, ctx) => {
    const payment = await ctx.payments.get(id);
    if (payment) await ctx.personAccessLog.record(ctx.principal, 'payment.read', { subject: payment.id, region: payment.village_code });
    return payment;
  },
  payments: async (_root, { regionCode, programCode, period, first, after }, ctx) => {
    if (!isRegionCode(regionCode)) throw badUserInput(`regionCode must be a division code of 2, 4, 6, 9 or 12 digits; got "${regionCode}"`);
    if (programCode != null && !PROGRAM_CODE_PATTERN.test(programCode)) {
      throw badUserInput(`programCode must be a code of the programme catalogue (fundPrograms), such as "DIBAO": 1 to 16 capital letters, digits or _; got ${quoteStart(programCode)}`);
    }
    // The list is of payments under regionCode, whatever the page holds: filed under it.
    await ctx.personAccessLog.record(ctx.principal, 'payments.list', {
      subject: [regionCode, programCode ?? '*', period ?? '*'].join(' '),
      region: regionCode,
    });
    const maxFirst = hasRole(ctx.principal, 'auditor', 'inspector', 'service') ? BULK_PAGE_SIZE : MAX_PAGE_SIZE;
    return ctx.payments.listUnderRegion({ regionCode, programCode, period, first, after, maxFirst });
  },
  mySubsidies: async (_root, { idNumber, name }, ctx) => {
    const problem = idNumberProblem(idNumber);
    if (problem) throw badUserInput(`${problem}; check the number on your ID card`);
    const key = personKey(ctx.personKeySecret, idNumber);
    // Every self-lookup is logged, the public's included: who asked is the request, what is the key.
    // Read first, so the row is filed under the villages of what was found; it is written before
    // anything is returned. A lookup that found nothing is the province's (the public has no region).
    const payments = await ctx.payments.listForSelf(key, name.trim());
    await logAccess(ctx.db.knex, ctx, 'mySubsidies', { subject: key, region: regionOfRecords(payments.map((p) => p.village_code)) });
    return payments;
  },
};

/** Mutation.importPayments and importPaymentsCsv (spread into Mutation.ts). */
export const paymentMutations: Pick<MutationResolvers, 'importPayments' | 'importPaymentsCsv'> = {
  importPayments: (_root, { input }, ctx) => {
    authorisePaymentImport(ctx.principal, input.payments);
    // Anonymous callers were refused above, and every verified token names its subject.
    return importPayments(ctx.db.knex, input, ctx.principal.sub!, ctx.personKeySecret);
  },
  importPaymentsCsv: (_root, { input }, ctx) => {
    // The role first, before a large text is read; the rows' villages once they are known.
    authorisePaymentImport(ctx.principal, []);
    const { rows, problems } = parsePaymentsCsv(input.csv);
    authorisePaymentImport(ctx.principal, rows);
    return importPayments(ctx.db.knex, { batchKey: input.batchKey, payments: rows }, ctx.principal.sub!, ctx.personKeySecret, problems);
  },
};
