import type { Knex } from 'knex';
import { canSeeRegion, hasRole, requireDepartment, requireRole, type Principal } from '../../../../lib/auth';
import { isUniqueViolation } from '../../../../lib/db/db-errors';
import { badUserInput, forbidden, type RowProblem } from '../../../../lib/errors';
import { isValidDate, isValidPeriod } from '../../../../lib/scalars';
import { collectRowProblems, runImport, type ImportBatchRow } from './import-batches';
import { canonicalLedgerText } from './ledger-content';
import type { Category, Direction, LedgerEntryRow, NewLedgerEntry } from './ledger-chain';
import { appendLedgerEntries } from './ledger-writer';

/** One row of LedgerImportInput.entries, after GraphQL parsed its scalars (amount in fen). */
export interface LedgerEntryInputRow {
  regionCode: string;
  period: string;
  date: string;
  direction: Direction;
  category: Category;
  amount: number;
  summary: string;
  fundSource?: string | null;
  counterparty?: string | null;
  voucherNo?: string | null;
  reversalOf?: string | null;
}

export const MAX_SUMMARY_LENGTH = 200;
const MAX_LENGTH = { fundSource: 64, counterparty: 128, voucherNo: 32 } as const;
/** One hundred million yuan: an entry above it is a typing error, not a village's transaction. */
export const MAX_ENTRY_FEN = 10_000_000_000;
const VILLAGE_CODE = /^\d{12}$/;

/**
 * Who may import ledgers (security.md): finance staff and integration clients for their own
 * region, admins anywhere. Every row must lie under the caller's region, else FORBIDDEN naming
 * the rows; checked before anything is read or written.
 */
export function authorizeLedgerImport(principal: Principal, rows: readonly LedgerEntryInputRow[]): void {
  requireRole(principal, ['staff', 'integration'], 'import ledger entries');
  if (!hasRole(principal, 'integration')) requireDepartment(principal, 'finance', 'import ledger entries');
  const outside = rows.flatMap((row, index) => (canSeeRegion(principal, row.regionCode) ? [] : [index]));
  if (outside.length) {
    const shown = outside.slice(0, 20).join(', ');
    throw forbidden(
      `Your account covers region ${principal.region}; rows ${shown}${outside.length > 20 ? ', ...' : ''} are outside it. Nothing was written`,
    );
  }
}

/** Optional text: blank means absent (CSV cells), surrounding spaces are not content. */
function optional(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function normalise(row: LedgerEntryInputRow): LedgerEntryInputRow {
  return {
    regionCode: row.regionCode.trim(),
    period: row.period,
    date: row.date,
    direction: row.direction,
    category: row.category,
    amount: row.amount,
    summary: row.summary.trim(),
    fundSource: optional(row.fundSource),
    counterparty: optional(row.counterparty),
    voucherNo: optional(row.voucherNo),
    reversalOf: optional(row.reversalOf),
  };
}

/**
 * Imports one batch of ledger entries: see lib/imports for the batch guarantees. `known` holds
 * problems of rows found before (the format problems of a CSV batch, by row index); they are
 * listed with the row checks, so one refusal names every bad row.
 */
export async function importLedgerBatch(
  knex: Knex,
  importedBy: string,
  batchKey: string,
  input: readonly LedgerEntryInputRow[],
  known?: ReadonlyMap<number, string[]>,
): Promise<ImportBatchRow> {
  const rows = input.map(normalise);
  try {
    return await runImport(knex, {
      kind: 'LEDGER',
      batchKey,
      rows,
      importedBy,
      canonicalText: canonicalLedgerText,
      validate: (items, trx) => validateLedgerRows(trx, items, known),
      write: async (trx, batch) => {
        await appendLedgerEntries(trx, rows.map((row) => toNewEntry(row, batch.id)));
      },
    });
  } catch (err) {
    // The unique index on reversal_of: a concurrent batch reversed the same entry first.
    if (isUniqueViolation(err) && rows.some((r) => r.reversalOf)) {
      throw badUserInput('An entry this batch reverses was reversed by another import a moment ago; nothing was written. Check the ledger, then retry');
    }
    throw err;
  }
}

function toNewEntry(row: LedgerEntryInputRow, batchId: string): NewLedgerEntry {
  return {
    village_code: row.regionCode,
    period: row.period,
    entry_date: row.date,
    direction: row.direction,
    category: row.category,
    // A reversing entry cancels the original: the same amount with the opposite sign.
    amount_fen: row.reversalOf ? -row.amount : row.amount,
    fund_source: row.fundSource ?? null,
    counterparty: row.counterparty ?? null,
    voucher_no: row.voucherNo ?? null,
    summary: row.summary,
    reversal_of: row.reversalOf ?? null,
    batch_id: batchId,
  };
}

/**
 * More than `max` characters (code points, as the columns count them). A string has at least as
 * many UTF-16 units as code points, so most rows are decided without splitting the string.
 */
function longerThan(text: string, max: number): boolean {
  return text.length > max && [...text].length > max;
}

function currentPeriod(): string {
  return new Date().toISOString().slice(0, 7);
}

/**
 * Every problem of every row: problems found before (`known`, by row index), field checks, then
 * region codes and reversals against the store.
 */
export async function validateLedgerRows(
  db: Knex | Knex.Transaction,
  rows: readonly LedgerEntryInputRow[],
  known?: ReadonlyMap<number, string[]>,
): Promise<RowProblem[]> {
  const codes = [...new Set(rows.map((r) => r.regionCode).filter((c) => c !== ''))];
  const regions: Array<{ code: string; level: string }> = codes.length
    ? await db('regions').whereIn('code', codes).select('code', 'level')
    : [];
  const levelOf = new Map(regions.map((r) => [r.code, r.level]));
  const reversed = [...new Set(rows.map((r) => r.reversalOf).filter((id): id is string => !!id))];
  const originals: LedgerEntryRow[] = reversed.length ? await db('ledger_entries').whereIn('id', reversed) : [];
  const originalById = new Map(originals.map((o) => [o.id, o]));
  const alreadyReversed = new Set<string>(
    reversed.length ? (await db('ledger_entries').whereIn('reversal_of', reversed).pluck('reversal_of')) as string[] : [],
  );
  const reversedInBatch = new Map<string, number>();
  const latest = currentPeriod();

  return collectRowProblems(rows, (row, index) => {
    const reasons: string[] = [...(known?.get(index) ?? [])];
    const level = levelOf.get(row.regionCode);
    if (row.regionCode === '') reasons.push('regionCode is missing');
    else if (level === undefined) reasons.push(`regionCode ${row.regionCode} is not a known region`);
    else if (level !== 'VILLAGE' || !VILLAGE_CODE.test(row.regionCode)) {
      reasons.push(`regionCode ${row.regionCode} is a ${level.toLowerCase()}; ledger entries belong to villages (12-digit codes)`);
    }
    if (row.period > latest) reasons.push(`period ${row.period} has not begun yet`);
    if (isValidPeriod(row.period) && isValidDate(row.date) && !row.date.startsWith(`${row.period}-`)) reasons.push(`date ${row.date} is not in period ${row.period}`);
    if (row.amount <= 0) reasons.push('amount must be positive (a correction is a reversing entry, see reversalOf)');
    else if (row.amount > MAX_ENTRY_FEN) reasons.push('amount is above 100000000.00 yuan; check it');
    if (row.summary === '') reasons.push('summary is missing');
    else if (longerThan(row.summary, MAX_SUMMARY_LENGTH)) reasons.push(`summary is longer than ${MAX_SUMMARY_LENGTH} characters`);
    for (const field of ['fundSource', 'counterparty', 'voucherNo'] as const) {
      const value = row[field];
      if (value && longerThan(value, MAX_LENGTH[field])) reasons.push(`${field} is longer than ${MAX_LENGTH[field]} characters`);
    }
    if (row.reversalOf) reasons.push(...reversalProblems(row, index, originalById.get(row.reversalOf), alreadyReversed, reversedInBatch));
    return reasons;
  });
}

function reversalProblems(
  row: LedgerEntryInputRow,
  index: number,
  original: LedgerEntryRow | undefined,
  alreadyReversed: Set<string>,
  reversedInBatch: Map<string, number>,
): string[] {
  const id = row.reversalOf!;
  if (!original) return [`reversalOf ${id} is not a ledger entry`];
  if (original.reversal_of) return [`reversalOf ${id} is itself a reversing entry; post a new entry instead`];
  const reasons: string[] = [];
  if (alreadyReversed.has(id)) reasons.push(`entry ${id} has already been reversed`);
  const earlier = reversedInBatch.get(id);
  if (earlier !== undefined) reasons.push(`entry ${id} is already reversed by row ${earlier} of this batch`);
  else reversedInBatch.set(id, index);
  if (original.village_code !== row.regionCode) reasons.push(`entry ${id} belongs to village ${original.village_code}, not ${row.regionCode}`);
  if (original.direction !== row.direction || original.category !== row.category) {
    reasons.push(`a reversal keeps the direction and category of entry ${id} (${original.direction}, ${original.category})`);
  }
  if (Number(original.amount_fen) !== row.amount) reasons.push(`a reversal repeats the amount of entry ${id}`);
  return reasons;
}
