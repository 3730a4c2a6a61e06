import { hash } from 'node:crypto';

/**
 * The village ledger's hash chain, shared by imports, the demo seed and the verifier: pure
 * functions, no SQL. Each village's entries are numbered 1, 2, 3, ... (`seq`); an entry's hash is
 * SHA-256 over the previous entry's hash (GENESIS_HASH for the first) and a canonical form of
 * every field that carries meaning. Changing any field of any entry, or removing or inserting
 * one, changes the hash that the next entry was chained to, so the verifier names it.
 */

export const DIRECTIONS = ['INCOME', 'EXPENDITURE'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** The village collective accounting classes (村集体经济组织会计制度). */
export const CATEGORIES = ['OPERATING', 'CONTRACTING', 'INVESTMENT', 'SUBSIDY', 'MANAGEMENT', 'PUBLIC_WELFARE', 'OTHER'] as const;
export type Category = (typeof CATEGORIES)[number];

export const GENESIS_HASH = '0'.repeat(64);

/** One row of `ledger_entries`; the mapper of the GraphQL LedgerEntry type. */
export interface LedgerEntryRow {
  id: string;
  village_code: string;
  seq: number;
  period: string;
  entry_date: string;
  direction: Direction;
  category: Category;
  /** Fen; negative only on a reversing entry. */
  amount_fen: number;
  fund_source: string | null;
  counterparty: string | null;
  voucher_no: string | null;
  summary: string;
  reversal_of: string | null;
  batch_id: string | null;
  hash: string;
  created_at: string;
}

/** An entry before it has a place in the chain. */
export type NewLedgerEntry = Omit<LedgerEntryRow, 'id' | 'seq' | 'hash' | 'created_at'>;

/** Where a village's chain ends: the next entry gets `lastSeq + 1` and chains to `lastHash`. */
export interface ChainHead {
  lastSeq: number;
  lastHash: string;
}

export const EMPTY_CHAIN: ChainHead = { lastSeq: 0, lastHash: GENESIS_HASH };

export function ledgerEntryId(villageCode: string, seq: number): string {
  return `LE-${villageCode}-${String(seq).padStart(6, '0')}`;
}

type HashedFields = Omit<LedgerEntryRow, 'hash' | 'created_at'>;

/**
 * The canonical form: a JSON array of the fields in a fixed order, nulls explicit, money as
 * whole fen. `created_at` is bookkeeping of the store, not of the ledger, and is left out.
 */
export function canonicalEntry(entry: HashedFields): string {
  return JSON.stringify([
    entry.id,
    entry.village_code,
    Number(entry.seq),
    entry.period,
    entry.entry_date,
    entry.direction,
    entry.category,
    Number(entry.amount_fen),
    entry.fund_source ?? null,
    entry.counterparty ?? null,
    entry.voucher_no ?? null,
    entry.summary,
    entry.reversal_of ?? null,
    entry.batch_id ?? null,
  ]);
}

export function entryHash(previousHash: string, entry: HashedFields): string {
  return hash('sha256', `${previousHash}\n${canonicalEntry(entry)}`, 'hex');
}

/**
 * Places new entries at the ends of their villages' chains, in input order. `heads` holds the
 * current head of every village that occurs (EMPTY_CHAIN for a village without entries) and is
 * advanced in place, so it ends as the new heads.
 */
export function appendToChains(
  heads: Map<string, ChainHead>,
  entries: readonly NewLedgerEntry[],
  createdAt: string,
): LedgerEntryRow[] {
  return entries.map((entry) => {
    const head = heads.get(entry.village_code) ?? EMPTY_CHAIN;
    const seq = head.lastSeq + 1;
    // Every field named (no spread): one object shape for all rows, which an import of
    // thousands of entries builds several times faster.
    const row: LedgerEntryRow = {
      id: ledgerEntryId(entry.village_code, seq),
      village_code: entry.village_code,
      seq,
      period: entry.period,
      entry_date: entry.entry_date,
      direction: entry.direction,
      category: entry.category,
      amount_fen: entry.amount_fen,
      fund_source: entry.fund_source,
      counterparty: entry.counterparty,
      voucher_no: entry.voucher_no,
      summary: entry.summary,
      reversal_of: entry.reversal_of,
      batch_id: entry.batch_id,
      hash: '',
      created_at: createdAt,
    };
    row.hash = entryHash(head.lastHash, row);
    heads.set(entry.village_code, { lastSeq: seq, lastHash: row.hash });
    return row;
  });
}

/** One row of `ledger_monthly_totals`. */
export interface MonthlyTotalRow {
  village_code: string;
  period: string;
  direction: Direction;
  amount_fen: number;
  entry_count: number;
}

/** What a set of entries adds to the monthly totals, one row per village, month and direction. */
export function monthlyTotalsOf(entries: readonly LedgerEntryRow[]): MonthlyTotalRow[] {
  const totals = new Map<string, MonthlyTotalRow>();
  for (const e of entries) {
    const key = `${e.village_code}|${e.period}|${e.direction}`;
    const row = totals.get(key) ?? { village_code: e.village_code, period: e.period, direction: e.direction, amount_fen: 0, entry_count: 0 };
    row.amount_fen += Number(e.amount_fen);
    row.entry_count += 1;
    totals.set(key, row);
  }
  return [...totals.values()];
}

/** Why an entry breaks its chain, or null when it continues it correctly. */
export function chainBreak(previous: ChainHead, entry: LedgerEntryRow): string | null {
  const seq = Number(entry.seq);
  if (seq !== previous.lastSeq + 1) {
    return `entry ${previous.lastSeq + 1} of village ${entry.village_code} is missing: the chain jumps from ${previous.lastSeq} to ${seq}`;
  }
  if (entryHash(previous.lastHash, entry) !== entry.hash) {
    return `entry ${entry.id} does not match its hash: it, or the entry before it, was changed after it was written`;
  }
  return null;
}
