import type { Knex } from 'knex';
import type { Migration } from '../../../lib/db/migrate';

/**
 * Ledger rows and import batches are history: triggers refuse UPDATE and DELETE on both
 * dialects (security.md), as a second line behind the MySQL serving user's missing grants.
 * A correction is a reversing entry. (MySQL with binary logging lets a non-SUPER owner create
 * triggers only with log_bin_trust_function_creators=1.)
 */
export const APPEND_ONLY_TABLES = ['ledger_entries', 'import_batches'] as const;

function triggerName(table: string, operation: 'UPDATE' | 'DELETE'): string {
  return `${table}_no_${operation.toLowerCase()}`;
}

async function createRefusal(knex: Knex, table: string, operation: 'UPDATE' | 'DELETE'): Promise<void> {
  const message = `${table} is append-only: ${operation} is refused; record a reversing entry instead`;
  const name = triggerName(table, operation);
  if (knex.client.config.client === 'better-sqlite3') {
    await knex.raw(`CREATE TRIGGER ${name} BEFORE ${operation} ON ${table} BEGIN SELECT RAISE(ABORT, '${message}'); END`);
  } else {
    await knex.raw(
      `CREATE TRIGGER ${name} BEFORE ${operation} ON ${table} FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '${message}'`,
    );
  }
}

export const createAppendOnlyTriggers: Migration = {
  name: '20261127_0103_append_only_triggers',
  async up(knex) {
    for (const table of APPEND_ONLY_TABLES) {
      await createRefusal(knex, table, 'UPDATE');
      await createRefusal(knex, table, 'DELETE');
    }
  },
  async down(knex) {
    for (const table of APPEND_ONLY_TABLES) {
      await knex.raw(`DROP TRIGGER IF EXISTS ${triggerName(table, 'UPDATE')}`);
      await knex.raw(`DROP TRIGGER IF EXISTS ${triggerName(table, 'DELETE')}`);
    }
  },
};
