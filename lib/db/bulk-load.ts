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
