import { GraphQLError } from 'graphql';
import type { Principal } from '../../../lib/auth';
import { migrateToLatest } from '../../../lib/db/migrate';
import { standardMigrations } from '../../../lib/subgraph/store';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../tests/helpers/databases';
import { migrations } from '../migrations';
import { authorizeLedgerImport, importLedgerBatch, validateLedgerRows, type LedgerEntryInputRow } from '../src/datasources/ledger-import';

const V1 = '431002001001';
const V2 = '431002001002';

const row = (over: Partial<LedgerEntryInputRow> = {}): LedgerEntryInputRow => ({
  regionCode: V1,
  period: '2017-03',
  date: '2017-03-05',
  direction: 'INCOME',
  category: 'SUBSIDY',
  amount: 10_000,
  summary: '村级组织运转经费',
  ...over,
});

const principal = (over: Partial<Principal>): Principal => ({
  kind: 'user',
  sub: 'someone',
  name: null,
  roles: ['staff'],
  dept: 'finance',
  region: '431002',
  ...over,
});

function codeOf(fn: () => void): unknown {
  try {
    fn();
  } catch (err) {
    return err instanceof GraphQLError ? err.extensions.code : err;
  }
  return 'allowed';
}

describe('authorizeLedgerImport', () => {
  it('lets finance staff and integration clients import under their region and admins anywhere', () => {
    expect(codeOf(() => authorizeLedgerImport(principal({}), [row()]))).toBe('allowed');
    expect(codeOf(() => authorizeLedgerImport(principal({ roles: ['integration'], dept: null, region: '4310' }), [row()]))).toBe('allowed');
    expect(codeOf(() => authorizeLedgerImport(principal({ roles: ['admin'], dept: null, region: '43' }), [row({ regionCode: '430102001001' })]))).toBe('allowed');
  });

  it('refuses the public, other departments, other roles and rows outside the region', () => {
    expect(codeOf(() => authorizeLedgerImport({ kind: 'anonymous', sub: null, name: null, roles: [], dept: null, region: null }, [row()]))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => authorizeLedgerImport(principal({ dept: 'party' }), [row()]))).toBe('FORBIDDEN');
    expect(codeOf(() => authorizeLedgerImport(principal({ roles: ['auditor'], dept: 'audit' }), [row()]))).toBe('FORBIDDEN');
    expect(() => authorizeLedgerImport(principal({}), [row(), row({ regionCode: '431003001001' }), row({ regionCode: '431021001001' })])).toThrow(
      'Your account covers region 431002; rows 1, 2 are outside it. Nothing was written',
    );
  });
});

describe.each(DIALECTS)('validateLedgerRows on %s', (dialect) => {
  let store: TestDatabase;
  let original: string;
  let reversed: string;

  beforeAll(async () => {
    store = await createTestDatabase(dialect, 'finance_ledger_import');
    const { knex } = store.db;
    await migrateToLatest(knex, [...standardMigrations, ...migrations]);
    await knex('regions').insert([
      { code: '431002001', name: '镇', level: 'TOWNSHIP', parent_code: '431002' },
      { code: V1, name: '一村', level: 'VILLAGE', parent_code: '431002001' },
      { code: V2, name: '二村', level: 'VILLAGE', parent_code: '431002001' },
    ]);
    await importLedgerBatch(knex, 'seed', 'base', [row(), row({ amount: 500, direction: 'EXPENDITURE', category: 'MANAGEMENT', summary: '办公用品' })]);
    [original, reversed] = [`LE-${V1}-000001`, `LE-${V1}-000002`];
    await importLedgerBatch(knex, 'seed', 'reversal', [
      row({ amount: 500, direction: 'EXPENDITURE', category: 'MANAGEMENT', summary: '冲销', reversalOf: reversed }),
    ]);
  });
  afterAll(() => store.drop());

  it('accepts good rows', async () => {
    expect(await validateLedgerRows(store.db.knex, [row(), row({ regionCode: V2, fundSource: '县财政局', voucherNo: '记-1' })])).toEqual([]);
  });

  it('counts lengths in characters, so 200 characters outside the BMP (400 UTF-16 units) are a valid summary', async () => {
    expect(
      await validateLedgerRows(store.db.knex, [
        row({ summary: '𠀀'.repeat(200), counterparty: '𠀀'.repeat(128) }),
        row({ summary: '𠀀'.repeat(201), voucherNo: '𠀀'.repeat(33) }),
      ]),
    ).toEqual([{ index: 1, reason: 'summary is longer than 200 characters; voucherNo is longer than 32 characters' }]);
  });

  it('checks reversals against the entry they cancel', async () => {
    const reversal = (over: Partial<LedgerEntryInputRow>) => row({ reversalOf: original, summary: '冲销', ...over });
    expect(
      await validateLedgerRows(store.db.knex, [
        reversal({}),
        reversal({}),
        reversal({ regionCode: V2, amount: 1, direction: 'EXPENDITURE' }),
        row({ reversalOf: reversed, direction: 'EXPENDITURE', category: 'MANAGEMENT', amount: 500 }),
        row({ reversalOf: `LE-${V1}-000003`, direction: 'EXPENDITURE', category: 'MANAGEMENT', amount: 500 }),
        row({ period: '2999-01', date: '2999-01-01', fundSource: '款'.repeat(65), counterparty: '人'.repeat(129), voucherNo: '号'.repeat(33) }),
      ]),
    ).toEqual([
      { index: 1, reason: `entry ${original} is already reversed by row 0 of this batch` },
      {
        index: 2,
        reason: [
          `entry ${original} is already reversed by row 0 of this batch`,
          `entry ${original} belongs to village ${V1}, not ${V2}`,
          `a reversal keeps the direction and category of entry ${original} (INCOME, SUBSIDY)`,
          `a reversal repeats the amount of entry ${original}`,
        ].join('; '),
      },
      { index: 3, reason: `entry ${reversed} has already been reversed` },
      { index: 4, reason: `reversalOf LE-${V1}-000003 is itself a reversing entry; post a new entry instead` },
      {
        index: 5,
        reason: 'period 2999-01 has not begun yet; fundSource is longer than 64 characters; counterparty is longer than 128 characters; voucherNo is longer than 32 characters',
      },
    ]);
  });

  it('stores a reversal as the negative of the original', async () => {
    const rows = await store.db.knex('ledger_entries').where({ village_code: V1 }).orderBy('seq').select('id', 'amount_fen', 'reversal_of');
    expect(rows.map((r) => ({ ...r, amount_fen: Number(r.amount_fen) }))).toEqual([
      { id: original, amount_fen: 10_000, reversal_of: null },
      { id: reversed, amount_fen: 500, reversal_of: null },
      { id: `LE-${V1}-000003`, amount_fen: -500, reversal_of: reversed },
    ]);
    const totals = await store.db.knex('ledger_monthly_totals').where({ village_code: V1 }).orderBy('direction').select('direction', 'amount_fen', 'entry_count');
    expect(totals.map((t) => ({ ...t, amount_fen: Number(t.amount_fen), entry_count: Number(t.entry_count) }))).toEqual([
      { direction: 'EXPENDITURE', amount_fen: 0, entry_count: 2 },
      { direction: 'INCOME', amount_fen: 10_000, entry_count: 1 },
    ]);
  });

  it(`writes a batch's entries in one statement (${dialect === 'mysql' ? 'LOAD DATA' : 'a multi-row INSERT'}), storing the text as sent`, async () => {
    const { knex } = store.db;
    const statements: string[] = [];
    const onQuery = (q: { sql: string }) => statements.push(q.sql);
    knex.on('query', onQuery);
    try {
      await importLedgerBatch(knex, 'seed', 'specials', [
        row({ regionCode: V2, summary: 'tab\there \\N back\\slash', counterparty: 'line\nbreak\r\nend' }),
        row({ regionCode: V2, summary: '第二笔' }),
      ]);
    } finally {
      knex.off('query', onQuery);
    }
    const writes = statements.filter((sql) => /^\s*(insert into|load data)\b.*\bledger_entries\b/is.test(sql));
    expect(writes.map((sql) => (/^\s*load data/i.test(sql) ? 'LOAD DATA' : 'INSERT'))).toEqual([dialect === 'mysql' ? 'LOAD DATA' : 'INSERT']);
    expect(await knex('ledger_entries').where({ village_code: V2 }).orderBy('seq').select('id', 'summary', 'counterparty', 'fund_source')).toEqual([
      { id: `LE-${V2}-000001`, summary: 'tab\there \\N back\\slash', counterparty: 'line\nbreak\r\nend', fund_source: null },
      { id: `LE-${V2}-000002`, summary: '第二笔', counterparty: null, fund_source: null },
    ]);
  });
});
