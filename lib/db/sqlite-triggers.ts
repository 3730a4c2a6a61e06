import type { Knex } from 'knex';

/**
 * knex alters or drops a column on SQLite by rebuilding the table (create a copy, copy the rows,
 * drop the original, rename the copy) and creates the table's indexes again, but not its
 * triggers: dropping the original drops them, so an insert-only table would silently accept
 * UPDATE and DELETE afterwards. Migrations that alter such a table do it through here: the
 * table's triggers are read before and those the alteration dropped are created again, as they
 * were. MySQL's ALTER TABLE keeps triggers, so there it only alters.
 */
export async function alterKeepingTriggers(knex: Knex, table: string, alter: () => Promise<void>): Promise<void> {
  if (knex.client.config.client !== 'better-sqlite3') return alter();
  const triggers: Array<{ name: string; sql: string }> = await triggersOn(knex, table);
  await alter();
  const left = new Set((await triggersOn(knex, table)).map((t) => t.name));
  for (const trigger of triggers) {
    if (!left.has(trigger.name)) await knex.raw(trigger.sql);
  }
}

/** The triggers on a SQLite table, with the statement that created each, by name. */
export function triggersOn(knex: Knex, table: string): Promise<Array<{ name: string; sql: string }>> {
  return knex('sqlite_master').where({ type: 'trigger', tbl_name: table }).orderBy('name').select('name', 'sql');
}
