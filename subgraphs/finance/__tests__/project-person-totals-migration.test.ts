import type { Knex } from 'knex';
import { migrateDown, migrateToLatest } from '../../../lib/db/migrate';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../tests/helpers/databases';
import { migrations } from '../migrations';

/**
 * Migration 0207 on a store that already holds payments: project_person_totals is filled from
 * them (reversals netted) and every project's totals are rewritten from it, whatever they held.
 */

const BEFORE_0207 = migrations.filter((m) => m.name < '20261127_0207');

const project = (id: string, disbursed: number, beneficiaryCount: number) => ({
  id,
  name: id,
  program_code: 'DIBAO',
  region_code: '431002',
  year: 2017,
  allocated: 1_000_000,
  disbursed,
  beneficiary_count: beneficiaryCount,
  status: 'ACTIVE',
  created_at: '2026-11-27 10:00:00.000',
});

const payment = (id: string, projectId: string, person: string, amount: number, reversalOf: string | null = null) => ({
  id,
  program_code: 'DIBAO',
  project_id: projectId,
  person_key: person.repeat(64),
  recipient_name: '居民',
  village_code: '431002001001',
  amount,
  period: '2017-11',
  paid_at: '2017-11-10',
  status: reversalOf ? 'REVERSAL' : 'PAID',
  reversal_of: reversalOf,
  batch_id: null,
  created_at: '2026-11-27 10:00:00.000',
});

async function totals(knex: Knex) {
  const rows = (await knex('fund_projects').orderBy('id').select('id', 'disbursed', 'beneficiary_count')) as Array<{
    id: string;
    disbursed: number;
    beneficiary_count: number;
  }>;
  return rows.map((r) => [r.id, Number(r.disbursed), Number(r.beneficiary_count)]);
}

async function nets(knex: Knex) {
  const rows = (await knex('project_person_totals').orderBy(['project_id', 'person_key']).select('project_id', 'person_key', 'net')) as Array<{
    project_id: string;
    person_key: string;
    net: number;
  }>;
  return rows.map((r) => [r.project_id, r.person_key[0], Number(r.net)]);
}

describe.each(DIALECTS)('migration 0207 (project person totals) on %s', (dialect) => {
  let store: TestDatabase;
  const knex = () => store.db.knex;

  beforeAll(async () => {
    store = await createTestDatabase(dialect, 'finance_0207');
    await migrateToLatest(knex(), BEFORE_0207);
    await knex()('fund_programs').insert({
      code: 'DIBAO',
      name: '农村最低生活保障金',
      department: '民政局',
      policy_basis: '《社会救助暂行办法》',
      standard_amount: 26_000,
      means_tested: 1,
    });
    // Stale totals on purpose: the migration must not trust them.
    await knex()('fund_projects').insert([project('PRJ-A', 999, 9), project('PRJ-B', 5, 1), project('PRJ-C', 0, 0)]);
    await knex()('payments').insert([
      payment('PAY-1', 'PRJ-A', 'a', 30_000),
      payment('PAY-2', 'PRJ-A', 'a', -30_000, 'PAY-1'),
      payment('PAY-3', 'PRJ-A', 'b', 10_000),
      payment('PAY-4', 'PRJ-A', 'b', 5_000),
      payment('PAY-5', 'PRJ-A', 'c', 20_000),
      payment('PAY-6', 'PRJ-C', 'd', 7_000),
    ]);
  });
  afterAll(() => store?.drop());

  it("fills each person's net from the payments and rewrites every project total from them", async () => {
    await migrateToLatest(knex(), migrations);
    expect(await nets(knex())).toEqual([
      ['PRJ-A', 'a', 0],
      ['PRJ-A', 'b', 15_000],
      ['PRJ-A', 'c', 20_000],
      ['PRJ-C', 'd', 7_000],
    ]);
    // A's resident a netted to zero is not a beneficiary; B has no payments.
    expect(await totals(knex())).toEqual([
      ['PRJ-A', 35_000, 2],
      ['PRJ-B', 0, 0],
      ['PRJ-C', 7_000, 1],
    ]);
  });

  it('drops the table when undone, leaving the totals, and fills it the same when done again', async () => {
    await migrateDown(knex(), migrations);
    expect(await knex().schema.hasTable('project_person_totals')).toBe(false);
    expect(await totals(knex())).toEqual([
      ['PRJ-A', 35_000, 2],
      ['PRJ-B', 0, 0],
      ['PRJ-C', 7_000, 1],
    ]);
    await migrateToLatest(knex(), migrations);
    expect((await nets(knex())).length).toBe(4);
  });
});
