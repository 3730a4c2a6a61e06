import type { Knex } from 'knex';

/**
 * Multi-row INSERTs in chunks: one statement per chunk. knex writes SQLite's multi-row insert
 * as a compound SELECT, which SQLite caps at 500 terms and 32,766 bound parameters; MySQL's
 * packet limit is finite too, so chunks stay below both.
 */
export async function insertInChunks(
  db: Knex | Knex.Transaction,
  table: string,
  rows: Record<string, unknown>[],
  maxParameters = 30_000,
): Promise<void> {
  if (!rows.length) return;
  const columns = Object.keys(rows[0]).length;
  const maxRows = db.client.config.client === 'better-sqlite3' ? 500 : 2000;
  const size = Math.max(1, Math.min(maxRows, Math.floor(maxParameters / columns)));
  for (let i = 0; i < rows.length; i += size) {
    await db(table).insert(rows.slice(i, i + size));
  }
}
