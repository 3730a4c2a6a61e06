import type { Knex } from 'knex';
import { insertInChunks } from './bulk';

/** The part of a better-sqlite3 connection a bulk load uses. */
interface SqliteConnection {
  prepare(sql: string): { run(...params: unknown[]): unknown };
}

/**
 * Loads many rows inside a transaction, for demo seeds of ~100k rows that must stay fast. On
 * SQLite, preparing knex's 500-row compound SELECTs costs more than running them, so one
 * single-row INSERT is prepared once and run per row on the transaction's own connection (the
 * same transaction: all or nothing still holds). On MySQL, multi-row INSERTs (insertInChunks).
 * The SQLite path bypasses knex's query events, so it is not counted per request: seeds only.
 */
export async function bulkLoad(trx: Knex.Transaction, table: string, rows: Record<string, unknown>[]): Promise<void> {
  if (!rows.length) return;
  if (trx.client.config.client !== 'better-sqlite3') {
    await insertInChunks(trx, table, rows);
    return;
  }
  const columns = Object.keys(rows[0]);
  const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
  // Inside a transaction knex hands out the transaction's connection, not a pooled one.
  const connection = (await trx.client.acquireConnection()) as SqliteConnection;
  const insert = connection.prepare(
    `INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
  );
  for (const row of rows) insert.run(...columns.map((c) => row[c]));
}

/** Items generated between two turns of the event loop while the previous group loads. */
const YIELD_EVERY = 4;

/**
 * Generates rows item by item (a village, a county) and loads them a group at a time, the load
 * of one group overlapping the generation of the next: generation yields to the event loop every
 * few items, so the previous group's INSERTs go out and come back in between, and the database
 * and the generator (hashing, formatting) work on separate cores. The loads run one after
 * another, in item order, on the caller's transaction.
 */
export async function loadWhileGenerating<T, R>(
  items: readonly T[],
  perGroup: number,
  generate: (item: T) => R,
  load: (group: R[]) => Promise<void>,
): Promise<void> {
  let loading: Promise<void> = Promise.resolve();
  for (let i = 0; i < items.length; i += perGroup) {
    const group: R[] = [];
    for (let j = i; j < Math.min(i + perGroup, items.length); j++) {
      group.push(generate(items[j]));
      if (j % YIELD_EVERY === YIELD_EVERY - 1) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    await loading;
    loading = load(group);
    // Awaited before the next group and at the end; until then a failure must not count as unhandled.
    loading.catch(() => undefined);
  }
  await loading;
}
