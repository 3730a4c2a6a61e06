import type { Knex } from 'knex';
import { storeRows } from '../../../../lib/db/load-data';
import { toStoreDateTime } from '../../../../lib/scalars';
import {
  appendToChains,
  EMPTY_CHAIN,
  monthlyTotalsOf,
  type ChainHead,
  type LedgerEntryRow,
  type MonthlyTotalRow,
  type NewLedgerEntry,
} from './ledger-chain';

/**
 * Appends entries to their villages' ledgers inside the caller's transaction: extends each
 * village's hash chain, inserts the entries (on MySQL with LOAD DATA where the server allows it,
 * lib/db/load-data.ts: an import's entries are most of its work), adds them to the monthly
 * totals and moves the chain heads, all or nothing.
 *
 * Serialising chain extension: on MySQL the heads of the villages concerned are locked with
 * SELECT ... FOR UPDATE (in code order, so two imports never wait on each other crosswise)
 * before the next seq and hash are computed; a second import of the same village waits until
 * the first commits and then chains to its last entry. A village's first import has no head
 * row to lock: two such imports may deadlock on the insert, and InnoDB's victim is retried by
 * runImport. SQLite has a single writer, so there is nothing to lock.
 */
export async function appendLedgerEntries(trx: Knex.Transaction, entries: readonly NewLedgerEntry[]): Promise<LedgerEntryRow[]> {
  const now = toStoreDateTime(new Date());
  const villages = [...new Set(entries.map((e) => e.village_code))].sort();
  const heads = await lockChainHeads(trx, villages);
  const rows = appendToChains(heads, entries, now);
  // Written in primary-key order (the chain order stays in seq and hash): InnoDB then fills its
  // clustered index page after page instead of splitting pages all over it, batch after batch.
  const byKey = [...rows].sort((a, b) => compare(a.id, b.id)) as unknown as Record<string, unknown>[];
  await storeRows(trx, 'ledger_entries', byKey);
  const totals = monthlyTotalsOf(rows).sort(
    (a, b) => compare(a.village_code, b.village_code) || compare(a.period, b.period) || compare(a.direction, b.direction),
  );
  await addToMonthlyTotals(trx, totals);
  await saveChainHeads(trx, villages.map((code) => ({ code, head: heads.get(code)! })), now);
  return rows;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isMysql(knex: Knex): boolean {
  return knex.client.config.client !== 'better-sqlite3';
}

async function lockChainHeads(trx: Knex.Transaction, villages: string[]): Promise<Map<string, ChainHead>> {
  const query = trx('ledger_chain_heads').whereIn('village_code', villages).orderBy('village_code');
  if (isMysql(trx)) query.forUpdate();
  const rows: Array<{ village_code: string; last_seq: number; last_hash: string }> = await query;
  const heads = new Map<string, ChainHead>(villages.map((v) => [v, EMPTY_CHAIN]));
  for (const row of rows) heads.set(row.village_code, { lastSeq: Number(row.last_seq), lastHash: row.last_hash });
  return heads;
}

async function saveChainHeads(trx: Knex.Transaction, heads: Array<{ code: string; head: ChainHead }>, now: string): Promise<void> {
  const rows = heads.map(({ code, head }) => ({ village_code: code, last_seq: head.lastSeq, last_hash: head.lastHash, updated_at: now }));
  await trx('ledger_chain_heads').insert(rows).onConflict('village_code').merge(['last_seq', 'last_hash', 'updated_at']);
}

/** Adds to existing (village, month, direction) rows and creates missing ones, in one statement. */
async function addToMonthlyTotals(trx: Knex.Transaction, totals: MonthlyTotalRow[]): Promise<void> {
  const added = (column: string) =>
    isMysql(trx) ? trx.raw('?? + VALUES(??)', [column, column]) : trx.raw('?? + excluded.??', [`ledger_monthly_totals.${column}`, column]);
  await trx('ledger_monthly_totals')
    .insert(totals)
    .onConflict(['village_code', 'period', 'direction'])
    .merge({ amount_fen: added('amount_fen'), entry_count: added('entry_count') });
}
