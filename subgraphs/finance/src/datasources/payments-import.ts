import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import { canSeeRegion, requireDepartment, requireRole, type Principal } from '../../../../lib/auth';
import { isUniqueViolation } from '../../../../lib/db/db-errors';
import { badUserInput, forbidden } from '../../../../lib/errors';
import { idNumberProblem, maskIdNumber, normaliseIdNumber, personKey } from '../../../../lib/person';
import type { RowProblem } from '../../../../lib/errors';
import { isValidDate, isValidPeriod } from '../../../../lib/scalars';
import { collectRowProblems, runImport, type ImportBatchRow } from './import-batches';
import { amountOf, defaultProjectId, PAYMENT_REQUIRED_FIELDS, text, type PaymentInputRow } from './payment-input';
import { reversalProblems } from './payment-reversals';
import type { PaymentRow } from './payments';
import { addToProjectTotals } from './project-totals';
import { lockProjects } from './projects';

const MAX_NAME_LENGTH = 64;

/**
 * Finance staff and integration clients import for villages under their region; admins
 * anywhere; the public not at all. Rows without a village code are left to validation.
 */
export function authorisePaymentImport(principal: Principal, rows: readonly PaymentInputRow[]): void {
  requireRole(principal, ['staff', 'integration'], 'import payments');
  if (!principal.roles.includes('integration')) requireDepartment(principal, 'finance', 'import payments');
  const outside = rows
    .map((row, index) => ({ index, code: row.villageCode?.trim() }))
    .filter((r) => r.code && !canSeeRegion(principal, r.code));
  if (outside.length) {
    throw forbidden(
      `Your account covers region ${principal.region}; row(s) ${outside.map((r) => r.index).join(', ')} name villages outside it`,
    );
  }
}

/**
 * Every problem of every row: problems found before (`known`, by row index), then the field and
 * reference checks; reference checks are one query per table for the whole batch.
 */
async function validatePayments(
  rows: readonly PaymentInputRow[],
  trx: Knex.Transaction,
  secret: string,
  known?: ReadonlyMap<number, string[]>,
): Promise<RowProblem[]> {
  const distinct = (pick: (r: PaymentInputRow) => string) => [...new Set(rows.map(pick).filter(Boolean))];
  const reversed = distinct((r) => text(r.reversalOf));
  const [programs, villages, projects, originals, alreadyReversed] = await Promise.all([
    trx('fund_programs').whereIn('code', distinct((r) => text(r.programCode))).pluck('code') as Promise<string[]>,
    trx('regions').whereIn('code', distinct((r) => text(r.villageCode))).select('code', 'level') as Promise<Array<{ code: string; level: string }>>,
    trx('fund_projects').whereIn('id', distinct((r) => text(r.projectId))).select('id', 'program_code', 'region_code') as Promise<
      Array<{ id: string; program_code: string; region_code: string }>
    >,
    (reversed.length ? trx('payments').whereIn('id', reversed) : Promise.resolve([])) as Promise<PaymentRow[]>,
    (reversed.length ? trx('payments').whereIn('reversal_of', reversed).pluck('reversal_of') : Promise.resolve([])) as Promise<string[]>,
  ]);
  const originalById = new Map(originals.map((o) => [o.id, o]));
  const reversedBefore = new Set(alreadyReversed);
  const reversedInBatch = new Map<string, number>();
  const knownPrograms = new Set(programs);
  const levels = new Map(villages.map((v) => [v.code, v.level]));
  const knownProjects = new Map(projects.map((p) => [p.id, p]));
  return collectRowProblems(rows, (row, index) => {
    const reasons: string[] = [...(known?.get(index) ?? [])];
    const missing = PAYMENT_REQUIRED_FIELDS.filter((field) => text(row[field]) === '');
    if (missing.length) reasons.push(`missing ${missing.join(', ')}`);
    const programCode = text(row.programCode);
    if (programCode && !knownPrograms.has(programCode)) reasons.push(`unknown programme "${programCode}"`);
    const villageCode = text(row.villageCode);
    if (villageCode) {
      const level = levels.get(villageCode);
      if (!level) reasons.push(`unknown region code "${villageCode}"`);
      else if (level !== 'VILLAGE') reasons.push(`region "${villageCode}" is a ${level.toLowerCase()}, not a village`);
    }
    if (text(row.recipientName).length > MAX_NAME_LENGTH) reasons.push(`recipientName is longer than ${MAX_NAME_LENGTH} characters`);
    if (text(row.recipientIdNumber)) {
      const problem = idNumberProblem(text(row.recipientIdNumber));
      if (problem) reasons.push(problem);
    }
    if (text(row.amount)) {
      const amount = amountOf(row);
      if (amount === null) reasons.push(`amount "${text(row.amount)}" is not a number of yuan with at most two decimals`);
      else if (amount <= 0) reasons.push('amount must be positive');
    }
    if (text(row.period) && !isValidPeriod(text(row.period))) reasons.push(`period "${text(row.period)}" is not a month YYYY-MM`);
    if (text(row.paidAt) && !isValidDate(text(row.paidAt))) reasons.push(`paidAt "${text(row.paidAt)}" is not a date YYYY-MM-DD`);
    const projectId = text(row.projectId);
    if (projectId) {
      const project = knownProjects.get(projectId);
      if (!project) reasons.push(`unknown project "${projectId}"`);
      else {
        if (programCode && project.program_code !== programCode) reasons.push(`project "${projectId}" pays ${project.program_code}, not ${programCode}`);
        if (villageCode && !villageCode.startsWith(project.region_code)) reasons.push(`village "${villageCode}" is outside project "${projectId}"'s region`);
      }
    }
    const reversalOf = text(row.reversalOf);
    if (reversalOf) {
      const original = originalById.get(reversalOf);
      reasons.push(...reversalProblems(row, index, original, { reversedBefore, reversedInBatch, secret }));
    }
    return reasons;
  });
}

/** A payment row as stored, from a valid input row. */
interface PreparedPayment {
  row: Record<string, unknown> & { id: string; project_id: string; person_key: string; village_code: string; amount: number };
  person: { person_key: string; name: string; masked_id_number: string; village_code: string };
  programCode: string;
  year: string;
  /** The row named no project: it goes to its county's, created when missing. */
  usesDefaultProject: boolean;
}

function prepare(row: PaymentInputRow, index: number, batch: ImportBatchRow, secret: string): PreparedPayment {
  const villageCode = text(row.villageCode);
  const programCode = text(row.programCode);
  const period = text(row.period);
  const idNumber = normaliseIdNumber(text(row.recipientIdNumber));
  const key = personKey(secret, idNumber);
  const name = text(row.recipientName);
  const reversalOf = text(row.reversalOf) || null;
  // Ids are stable across retries of the batch: derived from its key and the row's position.
  const suffix = createHash('sha256').update(`${batch.batch_key}\n${index}`).digest('hex').slice(0, 10);
  return {
    row: {
      id: `PAY-${villageCode}-${period.replace('-', '')}-${programCode}-${suffix}`,
      program_code: programCode,
      project_id: text(row.projectId) || defaultProjectId(villageCode, programCode, period),
      person_key: key,
      recipient_name: name,
      village_code: villageCode,
      // A reversal cancels the original: the same amount with the opposite sign.
      amount: reversalOf ? -amountOf(row)! : amountOf(row)!,
      period,
      paid_at: text(row.paidAt),
      status: reversalOf ? 'REVERSAL' : 'PAID',
      reversal_of: reversalOf,
      batch_id: batch.id,
      created_at: batch.created_at,
    },
    person: { person_key: key, name, masked_id_number: maskIdNumber(idNumber), village_code: villageCode },
    programCode,
    year: period.slice(0, 4),
    usesDefaultProject: !text(row.projectId),
  };
}

const CHUNK = 500;

async function insertIgnoringExisting(trx: Knex.Transaction, table: string, key: string, rows: Record<string, unknown>[]) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await trx(table).insert(rows.slice(i, i + CHUNK)).onConflict(key).ignore();
  }
}

/** Writes a validated batch: new people, missing default projects, the payments, the project totals. */
async function writePayments(trx: Knex.Transaction, batch: ImportBatchRow, rows: readonly PaymentInputRow[], secret: string) {
  const prepared = rows.map((row, index) => prepare(row, index, batch, secret));
  const people = new Map(prepared.map((p) => [p.person.person_key, { ...p.person, created_at: batch.created_at }]));
  await insertIgnoringExisting(trx, 'people', 'person_key', [...people.values()]);

  const defaults = new Map<string, { county: string; programCode: string; year: string }>();
  for (const p of prepared) {
    if (p.usesDefaultProject) {
      defaults.set(p.row.project_id, { county: p.row.village_code.slice(0, 6), programCode: p.programCode, year: p.year });
    }
  }
  if (defaults.size) {
    const specs = [...defaults.entries()];
    const [counties, programs] = await Promise.all([
      trx('regions').whereIn('code', [...new Set(specs.map(([, s]) => s.county))]).select('code', 'name') as Promise<Array<{ code: string; name: string }>>,
      trx('fund_programs').whereIn('code', [...new Set(specs.map(([, s]) => s.programCode))]).select('code', 'name') as Promise<
        Array<{ code: string; name: string }>
      >,
    ]);
    const countyName = new Map(counties.map((c) => [c.code, c.name]));
    const programName = new Map(programs.map((p) => [p.code, p.name]));
    await insertIgnoringExisting(
      trx,
      'fund_projects',
      'id',
      specs.map(([id, s]) => ({
        id,
        name: `${countyName.get(s.county) ?? s.county}${s.year}年${programName.get(s.programCode) ?? s.programCode}`,
        program_code: s.programCode,
        region_code: s.county,
        year: Number(s.year),
        // No allocation was announced with the payments: the budget office records it.
        allocated: 0,
        disbursed: 0,
        beneficiary_count: 0,
        status: 'ACTIVE',
        created_at: batch.created_at,
      })),
    );
  }
  const projectIds = [...new Set(prepared.map((p) => p.row.project_id))];
  await lockProjects(trx, projectIds);
  for (let i = 0; i < prepared.length; i += CHUNK) {
    await trx('payments').insert(prepared.slice(i, i + CHUNK).map((p) => p.row));
  }
  await addToProjectTotals(trx, prepared.map((p) => p.row));
}

export interface PaymentImport {
  batchKey: string;
  payments: readonly PaymentInputRow[];
}

/**
 * Mutation.importPayments (and importPaymentsCsv) after authorisation: one all-or-nothing,
 * idempotent batch. The raw ID numbers are turned into person keys (and masked forms) here and go
 * no further: the content hash is computed over the keys, and nothing stores the numbers. `known`
 * holds problems of rows found before (the format problems of a CSV batch, by row index); they are
 * listed with the row checks, so one refusal names every bad row.
 */
export async function importPayments(
  knex: Knex,
  input: PaymentImport,
  importedBy: string,
  secret: string,
  known?: ReadonlyMap<number, string[]>,
): Promise<ImportBatchRow> {
  try {
    return await importBatch(knex, input, importedBy, secret, known);
  } catch (err) {
    // The unique index on reversal_of: a concurrent batch reversed the same payment first.
    if (isUniqueViolation(err) && input.payments.some((row) => text(row.reversalOf))) {
      throw badUserInput('A payment this batch reverses was reversed by another import a moment ago; nothing was written. Check the payment, then retry');
    }
    throw err;
  }
}

function importBatch(
  knex: Knex,
  input: PaymentImport,
  importedBy: string,
  secret: string,
  known: ReadonlyMap<number, string[]> | undefined,
): Promise<ImportBatchRow> {
  return runImport(knex, {
    kind: 'PAYMENTS',
    batchKey: input.batchKey,
    rows: input.payments,
    importedBy,
    canonicalRow: (row) => ({
      programCode: text(row.programCode),
      villageCode: text(row.villageCode),
      recipientName: text(row.recipientName),
      recipientKey: text(row.recipientIdNumber) ? personKey(secret, text(row.recipientIdNumber)) : '',
      amount: amountOf(row) ?? text(row.amount),
      period: text(row.period),
      paidAt: text(row.paidAt),
      projectId: text(row.projectId),
      // Only when present: the content hash of a batch without reversals is what it was before.
      ...(text(row.reversalOf) ? { reversalOf: text(row.reversalOf) } : {}),
    }),
    validate: (rows, trx) => validatePayments(rows, trx, secret, known),
    write: (trx, batch) => writePayments(trx, batch, input.payments, secret),
  });
}
