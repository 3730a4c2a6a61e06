import { EventEmitter } from 'node:events';
import type { Knex } from 'knex';
import { countInserts } from '../insert-counter';

/** What knex emits for a multi-row insert of `rows`, each row's village code last. */
function insert(knex: EventEmitter, table: string, villages: string[]): void {
  knex.emit('query', {
    sql: `insert into \`${table}\` (\`id\`, \`village_code\`) values ${villages.map(() => '(?, ?)').join(', ')}`,
    bindings: villages.flatMap((v, i) => [`${table}-${i}`, v]),
  });
}

describe('countInserts', () => {
  it('counts rows per table and reports the least advanced of the tables filled side by side', () => {
    const knex = new EventEmitter();
    const progress = countInserts(knex as unknown as Knex);
    insert(knex, 'regions', ['430102001001', '433130999999']);
    expect(progress).toMatchObject({ rows: 2, table: 'regions', village: '433130999999' });
    insert(knex, 'payments', ['430102001001', '430102001002']);
    insert(knex, 'ledger_entries', ['430102001001']);
    expect(progress).toMatchObject({ rows: 5, table: 'ledger_entries', village: '430102001001' });
    insert(knex, 'ledger_entries', ['430111001001']);
    expect(progress).toMatchObject({ table: 'payments', village: '430102001002' });
    insert(knex, 'fund_projects', []);
    insert(knex, 'fund_programs', ['DIBAO', 'TEKUN'].map(() => 'no village'));
    expect(progress).toMatchObject({ rows: 8, table: 'payments', village: '430102001002' });
    expect(progress.byTable).toEqual({ regions: 2, payments: 2, ledger_entries: 2, fund_programs: 2 });
  });
});
