import { canSeeRegion, hasRole, requireRole, requireRoleInRegion, type Principal } from '../../../../lib/auth';
import { badUserInput } from '../../../../lib/errors';
import { isRegionCode } from '../../../../lib/region-range';
import { authorizeLedgerImport, importLedgerBatch } from '../datasources/ledger-import';
import { parseLedgerCsv } from '../datasources/ledger-csv';
import { verifyLedger } from '../datasources/ledger-verify';
import type { LedgerEntryResolvers, MutationResolvers, QueryResolvers } from '../generated/resolvers-types';

/**
 * Ledger details are for the departments (security.md): staff, auditors, inspectors, integration,
 * and our own service jobs (the complaints subgraph checks that a complaint's subject exists).
 */
const LEDGER_READERS = ['staff', 'auditor', 'inspector', 'integration', 'service'] as const;

function mayReadLedger(principal: Principal, villageCode: string): boolean {
  return hasRole(principal, ...LEDGER_READERS) && canSeeRegion(principal, villageCode);
}

function checkRegionCode(regionCode: string): void {
  if (!isRegionCode(regionCode)) throw badUserInput(`regionCode must be a division code of 2, 4, 6, 9 or 12 digits; got "${regionCode}"`);
}

export const LedgerEntry: LedgerEntryResolvers = {
  // A complaint or finding names an entry; callers who may not read the ledger get null for it.
  __resolveReference: async (reference, ctx) => {
    const entry = await ctx.ledgerEntries.get(reference.id);
    return entry && mayReadLedger(ctx.principal, entry.village_code) ? entry : null;
  },
  region: (entry) => ({ code: entry.village_code }),
  date: (entry) => entry.entry_date,
  amount: (entry) => entry.amount_fen,
  fundSource: (entry) => entry.fund_source,
  counterparty: (entry) => entry.counterparty,
  voucherNo: (entry) => entry.voucher_no,
  reversalOf: (entry, _args, ctx) => (entry.reversal_of ? ctx.ledgerEntries.get(entry.reversal_of) : null),
  sequence: (entry) => Number(entry.seq),
};

/** The ledger entry points of Query (spread into Query.ts). */
export const ledgerQueries: Pick<QueryResolvers, 'ledgerEntry' | 'ledgerEntries' | 'verifyLedger'> = {
  ledgerEntry: async (_root, { id }, ctx) => {
    requireRole(ctx.principal, [...LEDGER_READERS], 'read ledger entries');
    const entry = await ctx.ledgerEntries.get(id);
    return entry && canSeeRegion(ctx.principal, entry.village_code) ? entry : null;
  },
  ledgerEntries: (_root, { regionCode, from, to, direction, first, after }, ctx) => {
    checkRegionCode(regionCode);
    requireRoleInRegion(ctx.principal, [...LEDGER_READERS], regionCode, 'read ledger entries');
    return ctx.ledgerEntries.list({ regionCode, from, to, direction, first, after });
  },
  verifyLedger: (_root, { regionCode }, ctx) => {
    checkRegionCode(regionCode);
    requireRoleInRegion(ctx.principal, ['staff', 'auditor', 'inspector'], regionCode, 'verify ledgers');
    return verifyLedger(ctx.db.knex, regionCode);
  },
};

/** Mutation.importLedger and importLedgerCsv (spread into Mutation.ts). */
export const ledgerMutations: Pick<MutationResolvers, 'importLedger' | 'importLedgerCsv'> = {
  importLedger: (_root, { input }, ctx) => {
    authorizeLedgerImport(ctx.principal, input.entries);
    return importLedgerBatch(ctx.db.knex, ctx.principal.sub!, input.batchKey, input.entries);
  },
  importLedgerCsv: (_root, { input }, ctx) => {
    // The role first, before a large text is read; the rows' regions once they are known.
    authorizeLedgerImport(ctx.principal, []);
    const { rows, problems } = parseLedgerCsv(input.csv);
    authorizeLedgerImport(ctx.principal, rows);
    return importLedgerBatch(ctx.db.knex, ctx.principal.sub!, input.batchKey, rows, problems);
  },
};
