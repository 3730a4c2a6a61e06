import type { Knex } from 'knex';

/**
 * Least privilege on MySQL (security.md): the serving user of a subgraph holds SELECT and
 * INSERT on its database (granted once by the DBA, see docker/mysql/02-users.sh), and UPDATE and
 * DELETE only on tables whose rows may change. Append-only tables (ledger, payments, events,
 * access log) never get them, so even a compromised process cannot rewrite history; triggers
 * refuse it as a second line. Run by the owner user after migrations, since tables appear then.
 */
export const STANDARD_READ_ONLY_TABLES = ['knex_migrations', 'knex_migrations_lock', 'seed_runs', 'regions', 'calendar_days', 'access_log'];

export async function grantServingPrivileges(
  owner: Knex,
  servingUser: string,
  appendOnlyTables: readonly string[],
): Promise<string[]> {
  const [rows] = (await owner.raw('SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE()')) as [
    Array<{ name: string }>,
  ];
  const excluded = new Set([...STANDARD_READ_ONLY_TABLES, ...appendOnlyTables]);
  const mutable = rows.map((r) => r.name).filter((name) => !excluded.has(name));
  for (const table of mutable) {
    await owner.raw("GRANT UPDATE, DELETE ON ?? TO ?@'%'", [table, servingUser]);
  }
  return mutable;
}
