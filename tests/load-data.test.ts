import { knex } from 'knex';
import { canLoadData, loadDataText, loadRows, storeRows } from '../lib/db/load-data';
import { createTestDatabase, DIALECTS, type TestDatabase } from './helpers/databases';

const TRICKY = [
  { id: 'a', s: 'tab\there', n: 1 },
  { id: 'b', s: 'line\nbreak\r\nend', n: -5 },
  { id: 'c', s: 'back\\slash and \\N', n: null },
  { id: 'd', s: null, n: 9007199254740993n },
  { id: 'e', s: '村委会 \0 nul', n: 0 },
  { id: 'f', s: '', n: 2 },
];

describe('loadDataText', () => {
  it('writes a line per row, NULL as \\N and the characters LOAD DATA reads otherwise escaped', () => {
    expect(loadDataText(['id', 's', 'n'], TRICKY)).toBe(
      'a\ttab\\there\t1\n' +
        'b\tline\\nbreak\\r\\nend\t-5\n' +
        'c\tback\\\\slash and \\\\N\t\\N\n' +
        'd\t\\N\t9007199254740993\n' +
        'e\t村委会 \\0 nul\t0\n' +
        'f\t\t2\n',
    );
  });

  it('refuses a value that has no exact text form instead of loading something else', () => {
    expect(() => loadDataText(['id', 'n'], [{ id: 'x', n: Number.NaN }])).toThrow(
      'loadRows: column n holds a number (NaN); only text, whole numbers and null load',
    );
    expect(() => loadDataText(['id', 'at'], [{ id: 'x', at: new Date(0) }])).toThrow(TypeError);
  });
});

describe.each(DIALECTS)('loadRows on %s', (dialect) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(dialect, 'load_data');
    await test.db.knex.schema.createTable('t', (t) => {
      t.string('id', 8).primary();
      t.string('s', 20).nullable();
      t.bigInteger('n').nullable();
    });
  });
  afterAll(() => test.drop());
  afterEach(() => test.db.knex('t').delete());

  const stored = async () =>
    (await test.db.knex('t').orderBy('id')).map((r: { id: string; s: string | null; n: number | string | null }) => ({
      ...r,
      n: r.n === null ? null : BigInt(r.n),
    }));

  if (dialect === 'sqlite') {
    it('is not used on SQLite', async () => {
      await expect(canLoadData(test.db.knex)).resolves.toBe(false);
    });
    return;
  }

  it('is allowed by this server, and stores every row exactly as given', async () => {
    await expect(canLoadData(test.db.knex)).resolves.toBe(true);
    const statements: string[] = [];
    const onQuery = (q: { sql: string }) => statements.push(q.sql);
    test.db.knex.on('query', onQuery);
    await test.db.knex.transaction((trx) => loadRows(trx, 't', TRICKY));
    test.db.knex.off('query', onQuery);
    expect(statements.filter((sql) => /LOAD DATA/.test(sql))).toHaveLength(1);
    expect(await stored()).toEqual(TRICKY.map((r) => ({ ...r, n: r.n === null ? null : BigInt(r.n) })));
  });

  it('throws, and the transaction stores nothing, when the server skips a duplicate row or cuts a value', async () => {
    await test.db.knex('t').insert({ id: 'a', s: 'kept', n: 1 });
    await expect(
      test.db.knex.transaction((trx) => loadRows(trx, 't', [{ id: 'z', s: 'new', n: 3 }, { id: 'a', s: 'again', n: 2 }])),
    ).rejects.toThrow('LOAD DATA into t stored 1 of 2 rows with 1 warning(s); the transaction is rolled back');
    await expect(
      test.db.knex.transaction((trx) => loadRows(trx, 't', [{ id: 'y', s: 'x'.repeat(21), n: 3 }])),
    ).rejects.toThrow('LOAD DATA into t stored 1 of 1 rows with 1 warning(s); the transaction is rolled back');
    expect(await stored()).toEqual([{ id: 'a', s: 'kept', n: 1n }]);
  });

  it('falls back to INSERTs in the same transaction when the server refuses LOAD DATA, and keeps to them', async () => {
    // A client that does not offer LOCAL files is refused as everyone is by a server whose
    // local_infile was turned off after it was asked: the server still says it allows it.
    const { hostname, port, username, password, pathname } = new URL(test.url);
    const refused = knex({
      client: 'mysql2',
      connection: {
        host: hostname,
        port: Number(port || 3306),
        user: decodeURIComponent(username),
        password: decodeURIComponent(password),
        database: pathname.slice(1),
        flags: ['-LOCAL_FILES'],
      },
      pool: { min: 0, max: 1 },
    });
    try {
      await expect(canLoadData(refused)).resolves.toBe(true);
      const statements: string[] = [];
      refused.on('query', (q: { sql: string }) => statements.push(q.sql.slice(0, 9).toLowerCase()));
      await refused.transaction(async (trx) => {
        await trx('t').insert({ id: 'a', s: 'before', n: 1 });
        await storeRows(trx, 't', [TRICKY[1], TRICKY[2]]);
      });
      await refused.transaction((trx) => storeRows(trx, 't', [TRICKY[4]]));
      expect(statements).toEqual(['begin;', 'insert in', 'load data', 'insert in', 'commit;', 'begin;', 'insert in', 'commit;']);
      expect(await stored()).toEqual([
        { id: 'a', s: 'before', n: 1n },
        ...[TRICKY[1], TRICKY[2], TRICKY[4]].map((r) => ({ ...r, n: r.n === null ? null : BigInt(r.n) })),
      ]);
      await expect(canLoadData(refused)).resolves.toBe(false);
    } finally {
      await refused.destroy();
    }
  });
});
