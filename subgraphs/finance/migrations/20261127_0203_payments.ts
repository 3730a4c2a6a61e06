import type { Knex } from 'knex';
import type { Migration } from '../../../lib/db/migrate';

/**
 * One-card payments to individuals: insert-only (a correction is a reversing payment), so
 * triggers refuse UPDATE and DELETE on both dialects, and the serving MySQL user is not
 * granted them either (appendOnlyTables in src/index.ts).
 *
 * Lists are keyset-paginated on (village_code, id) (a person's on id). Query.payments' filters
 * each have an index that starts with the equality column and ends with that sort key, so a page
 * at province scale is one short range scan; with both filters the period index is scanned and
 * the programme read from it on the way.
 * A project's payments use the programme index too: a project pays one programme in one region.
 * Four secondary indexes, not more: each one slows every insert of a 5-million-row table.
 */
export const createPayments: Migration = {
  name: '20261127_0203_payments',
  async up(knex) {
    await knex.schema.createTable('payments', (t) => {
      t.string('id', 64).primary();
      t.string('program_code', 16).notNullable();
      t.string('project_id', 64).notNullable();
      t.string('person_key', 64).notNullable();
      // The name as paid: mySubsidies matches the person key AND this name.
      t.string('recipient_name', 64).notNullable();
      t.string('village_code', 12).notNullable();
      t.bigInteger('amount').notNullable();
      t.string('period', 7).notNullable();
      t.string('paid_at', 10).notNullable();
      t.string('status', 16).notNullable();
      t.string('batch_id', 64).nullable();
      t.string('created_at', 23).notNullable();
      t.index(['village_code', 'id'], 'payments_village_idx');
      t.index(['program_code', 'village_code', 'id'], 'payments_program_village_idx');
      // program_code last: counting a programme's payments of one month reads this index alone.
      t.index(['period', 'village_code', 'id', 'program_code'], 'payments_period_village_idx');
      t.index(['person_key', 'id'], 'payments_person_idx');
    });
    await refuseChanges(knex, 'payments', 'payments are insert-only; record a reversing payment instead');
  },
  async down(knex) {
    for (const op of ['update', 'delete']) await knex.raw(`DROP TRIGGER IF EXISTS payments_no_${op}`);
    await knex.schema.dropTable('payments');
  },
};

async function refuseChanges(knex: Knex, table: string, message: string): Promise<void> {
  const sqlite = knex.client.config.client === 'better-sqlite3';
  for (const op of ['UPDATE', 'DELETE']) {
    const name = `${table}_no_${op.toLowerCase()}`;
    await knex.raw(
      sqlite
        ? `CREATE TRIGGER ${name} BEFORE ${op} ON ${table} BEGIN SELECT RAISE(ABORT, '${message}'); END`
        : `CREATE TRIGGER ${name} BEFORE ${op} ON ${table} FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '${message}'`,
    );
  }
}
