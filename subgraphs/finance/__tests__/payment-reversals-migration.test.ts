import type { Knex } from 'knex';
import { migrateDown, migrateToLatest } from '../../../lib/db/migrate';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../tests/helpers/databases';
import { migrations } from '../migrations';

/**
 * Migration 0205 (payments.reversal_of) undone and done again: on SQLite its `down` rebuilds
 * payments, which used to drop the insert-only triggers. Undone, payments must be exactly what
 * migration 0204 left (compared with a store migrated only that far); done again, it must still
 * refuse UPDATE and DELETE.
 */

const BEFORE_0205 = migrations.filter((m) => m.name < '20261127_0205');

/** Everything that defines payments: columns, indexes and triggers (their statements too). */
async function definitionOf(knex: Knex): Promise<unknown> {
  if (knex.client.config.client === 'better-sqlite3') {
    const indexes: Array<{ name: string; unique: number }> = await knex.raw(`PRAGMA index_list(payments)`);
    return {
      columns: await knex.raw(`PRAGMA table_info(payments)`),
      indexes: await Promise.all(
        [...indexes]
          .sort((a, b) => (a.name < b.name ? -1 : 1))
          .map(async (i) => ({ name: i.name, unique: i.unique, columns: (await knex.raw(`PRAGMA index_info(${i.name})`)).map((c: { name: string }) => c.name) })),
      ),
      triggers: await knex('sqlite_master').where({ type: 'trigger', tbl_name: 'payments' }).orderBy('name').select('name', 'sql'),
    };
  }
  const [[table]] = await knex.raw('SHOW CREATE TABLE payments');
  const [triggers] = await knex.raw(
    `SELECT TRIGGER_NAME AS name, ACTION_TIMING AS timing, EVENT_MANIPULATION AS event, ACTION_STATEMENT AS statement
     FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() AND EVENT_OBJECT_TABLE = 'payments' ORDER BY TRIGGER_NAME`,
  );
  return { table: table['Create Table'], triggers };
}

async function triggerNames(knex: Knex): Promise<string[]> {
  if (knex.client.config.client === 'better-sqlite3') {
    return knex('sqlite_master').where({ type: 'trigger', tbl_name: 'payments' }).orderBy('name').pluck('name');
  }
  const [rows] = await knex.raw(
    `SELECT TRIGGER_NAME AS name FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() AND EVENT_OBJECT_TABLE = 'payments' ORDER BY TRIGGER_NAME`,
  );
  return (rows as Array<{ name: string }>).map((r) => r.name);
}

/** The message a refused statement fails with, or 'not refused'. */
async function refusal(statement: PromiseLike<unknown>): Promise<string> {
  try {
    await statement;
    return 'not refused';
  } catch (err) {
    return String((err as Error).message);
  }
}

const payment = (id: string, amount: number, status: 'PAID' | 'REVERSAL') => ({
  id,
  program_code: 'DIBAO',
  project_id: 'PRJ-431002-2017-DIBAO',
  person_key: 'f'.repeat(64),
  recipient_name: '冲正一',
  village_code: '431002001001',
  amount,
  period: '2017-11',
  paid_at: status === 'PAID' ? '2017-11-10' : '2017-11-20',
  status,
  batch_id: null,
  created_at: '2026-11-27 10:00:00.000',
});

describe.each(DIALECTS)('migration 0205 (payment reversals) up, down and up again on %s', (dialect) => {
  let reference: TestDatabase;
  let store: TestDatabase;

  beforeAll(async () => {
    reference = await createTestDatabase(dialect, 'finance_0204');
    store = await createTestDatabase(dialect, 'finance_0205_down');
    await migrateToLatest(reference.db.knex, BEFORE_0205);
    await migrateToLatest(store.db.knex, migrations);
    await store.db.knex('payments').insert([
      { ...payment('PAY-1', 30_000, 'PAID'), reversal_of: null },
      { ...payment('PAY-1-R', -30_000, 'REVERSAL'), reversal_of: 'PAY-1' },
    ]);
  });
  afterAll(async () => {
    await reference?.drop();
    await store?.drop();
  });

  it('leaves payments, undone, exactly as migration 0204 left it, triggers included, with its rows', async () => {
    const knex = store.db.knex;
    // Every migration after 0205 first, then 0205 itself.
    for (let n = migrations.length - 1; migrations[n].name >= '20261127_0205'; n--) await migrateDown(knex, migrations);
    expect(await knex('knex_migrations').orderBy('id', 'desc').first('name')).toEqual({ name: BEFORE_0205[BEFORE_0205.length - 1].name });
    expect(await definitionOf(knex)).toEqual(await definitionOf(reference.db.knex));
    expect(await triggerNames(knex)).toEqual(['payments_no_delete', 'payments_no_update']);
    expect(await knex('payments').orderBy('id').select()).toEqual([payment('PAY-1', 30_000, 'PAID'), payment('PAY-1-R', -30_000, 'REVERSAL')]);
  });

  it('keeps payments insert-only when done again', async () => {
    const knex = store.db.knex;
    await migrateToLatest(knex, migrations);
    expect(await triggerNames(knex)).toEqual(['payments_no_delete', 'payments_no_update']);
    expect(await refusal(knex('payments').where({ id: 'PAY-1' }).update({ amount: 1 }))).toMatch(/payments are insert-only; record a reversing payment instead/);
    expect(await refusal(knex('payments').where({ id: 'PAY-1' }).delete())).toMatch(/payments are insert-only; record a reversing payment instead/);
    await knex('payments').insert({ ...payment('PAY-2', 12_000, 'PAID'), reversal_of: null });
    expect(await knex('payments').orderBy('id').select('id', 'amount', 'reversal_of')).toEqual([
      { id: 'PAY-1', amount: 30_000, reversal_of: null },
      { id: 'PAY-1-R', amount: -30_000, reversal_of: null },
      { id: 'PAY-2', amount: 12_000, reversal_of: null },
    ]);
  });
});
