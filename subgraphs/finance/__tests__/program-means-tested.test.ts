import { migrateToLatest } from '../../../lib/db/migrate';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../tests/helpers/databases';
import { migrations } from '../migrations';
import { ProgramSource } from '../src/datasources/programs';

/** The means-tested flag of the fund catalogue, on a store seeded before the flag existed. */
describe.each(DIALECTS)('fund_programs.means_tested on %s', (dialect) => {
  let store: TestDatabase;

  beforeAll(async () => {
    store = await createTestDatabase(dialect, 'finance_means_tested');
  });
  afterAll(() => store.drop());

  it('flags the demo catalogue\'s means-tested programmes of a store seeded before the column, and no other', async () => {
    const before = migrations.filter((m) => m.name < '20261127_0204');
    await migrateToLatest(store.db.knex, before);
    // As the seed wrote programmes before the flag; LOCAL_AID is a programme the demo does not know.
    await store.db.knex('fund_programs').insert(
      ['DIBAO', 'TEKUN', 'DISABILITY', 'FARMLAND', 'LOCAL_AID'].map((code) => ({
        code,
        name: code,
        department: '民政局',
        policy_basis: '-',
        standard_amount: 10_000,
      })),
    );
    await migrateToLatest(store.db.knex, migrations);
    const listed = await new ProgramSource(store.db.knex).list();
    expect(listed.map((p) => [p.code, Boolean(p.means_tested)])).toEqual([
      ['DIBAO', true],
      ['DISABILITY', true],
      ['FARMLAND', false],
      ['LOCAL_AID', false],
      ['TEKUN', true],
    ]);
  });
});
