import { GraphQLError } from 'graphql';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../tests/helpers/databases';
import { canonicalJson, collectRowProblems, contentHashOf, MAX_IMPORT_ROWS, runImport, type ImportRequest } from '../imports';

describe('content hash', () => {
  it('writes canonical JSON: keys sorted, null and absent fields dropped, row order kept', () => {
    expect(canonicalJson([{ b: 2, a: [1, null, 'x'], c: null, d: undefined }, { é: 'é', Z: true, _: 10n }])).toBe(
      '[{"a":[1,null,"x"],"b":2},{"Z":true,"_":10,"é":"é"}]',
    );
  });

  it('hashes a ledger batch as it did before lib/imports (batches stored earlier must still match)', () => {
    const rows = [
      { regionCode: '431002001001', period: '2017-07', date: '2017-07-01', direction: 'INCOME', category: 'OTHER', amount: 100, summary: '利息', fundSource: null, counterparty: null, voucherNo: '记-1', reversalOf: null },
      { regionCode: '431002001002', period: '2017-07', date: '2017-07-02', direction: 'EXPENDITURE', category: 'MANAGEMENT', amount: 2550, summary: '办公 "用品"', fundSource: '县财政局', counterparty: null, voucherNo: null, reversalOf: null },
    ];
    expect(contentHashOf(rows)).toBe('003a1b2a0d65abbacf53db3b7762a8b3ace4d0a1d35d5716440f07aba6e1a052');
  });

  it("hashes audit's death-register rows (arrays of strings) as the plain JSON they were first hashed by", () => {
    const rows = [
      ['431002', 'a'.repeat(64), '张三', '2017-03-01'],
      ['431002', 'invalid', '李 四', '2017-04-30'],
    ];
    expect(canonicalJson(rows)).toBe(JSON.stringify(rows));
    expect(contentHashOf(rows)).toBe('38c3790079c9cf223beff62ff8927d77b4babe6fbc24ccbcf0cb2787fe8a0036');
  });
});

describe('collectRowProblems', () => {
  it('lists every bad row by index with its reasons joined', () => {
    expect(collectRowProblems(['a', '', 'c', ''], (s, i) => (s ? [] : ['empty', `row ${i}`]))).toEqual([
      { index: 1, reason: 'empty; row 1' },
      { index: 3, reason: 'empty; row 3' },
    ]);
  });
});

interface Death {
  name: string;
  date: string;
}

describe.each(DIALECTS)('runImport on %s', (dialect) => {
  let store: TestDatabase;

  beforeAll(async () => {
    store = await createTestDatabase(dialect, 'lib_imports');
    // The columns every importing store's import_batches has (finance's and audit's migrations).
    await store.db.knex.schema.createTable('import_batches', (t) => {
      t.string('id', 36).primary();
      t.string('kind', 32).notNullable();
      t.string('batch_key', 128).notNullable();
      t.string('content_hash', 64).notNullable();
      t.integer('row_count').notNullable();
      t.string('imported_by', 128).notNullable();
      t.string('created_at', 23).notNullable();
      t.unique(['kind', 'batch_key']);
    });
    await store.db.knex.schema.createTable('deaths', (t) => {
      t.string('batch_id', 36).notNullable();
      t.string('name', 32).notNullable();
      t.string('date', 10).notNullable();
    });
  });
  afterAll(() => store.drop());

  const request = (batchKey: string, rows: Death[]): ImportRequest<Death, 'DEATH_REGISTER'> => ({
    kind: 'DEATH_REGISTER',
    batchKey,
    rows,
    importedBy: 'registrar',
    canonicalRow: (row) => [row.name, row.date],
    validate: (items) => collectRowProblems(items, (row) => (row.date < '2000-01-01' ? [`date ${row.date} is before 2000`] : [])),
    write: async (trx, batch) => {
      await trx('deaths').insert(rows.map((row) => ({ batch_id: batch.id, ...row })));
    },
  });
  const deaths = async () => (await store.db.knex('deaths').orderBy('name').select('name')).map((r: { name: string }) => r.name);
  const failure = async (p: Promise<unknown>) => {
    try {
      await p;
    } catch (err) {
      return err instanceof GraphQLError ? { code: err.extensions.code, message: err.message, rows: err.extensions.rows } : String(err);
    }
    return 'no error';
  };

  it('writes a batch once: the same key and content answers with the first batch', async () => {
    const first = await runImport(store.db.knex, request('d1', [{ name: 'a', date: '2017-03-01' }]));
    expect(first).toMatchObject({
      kind: 'DEATH_REGISTER',
      batch_key: 'd1',
      row_count: 1,
      imported_by: 'registrar',
      content_hash: contentHashOf([['a', '2017-03-01']]),
    });
    expect(await runImport(store.db.knex, request('d1', [{ name: 'a', date: '2017-03-01' }]))).toEqual(first);
    expect(await deaths()).toEqual(['a']);
  });

  it('refuses the same key with other content, and invalid rows, writing nothing', async () => {
    expect(await failure(runImport(store.db.knex, request('d1', [{ name: 'b', date: '2017-03-01' }])))).toEqual({
      code: 'IMPORT_CONFLICT',
      message: 'Batch "d1" was already imported with different content; use a new batchKey for new data',
      rows: undefined,
    });
    expect(await failure(runImport(store.db.knex, request('d2', [{ name: 'b', date: '1999-12-31' }, { name: 'c', date: '2017-01-01' }])))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Batch "d2" was refused: 1 invalid row(s); nothing was written',
      rows: [{ index: 0, reason: 'date 1999-12-31 is before 2000' }],
    });
    expect(await deaths()).toEqual(['a']);
    expect(await store.db.knex('import_batches').where({ batch_key: 'd2' }).first()).toBeUndefined();
  });

  it('refuses an empty batch, one past the row limit and a key with surrounding spaces', async () => {
    const over = Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => ({ name: 'x', date: '2017-01-01' }));
    expect(await failure(runImport(store.db.knex, request('d3', [])))).toMatchObject({ code: 'BAD_USER_INPUT', message: 'A batch needs at least one row' });
    expect(await failure(runImport(store.db.knex, request('d3', over)))).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'A batch may hold at most 5000 rows; it has 5001. Split it into several batches',
    });
    expect(await failure(runImport(store.db.knex, request(' d3', [{ name: 'x', date: '2017-01-01' }])))).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'batchKey must be 1 to 128 characters without surrounding spaces',
    });
  });

  it('runs a transaction InnoDB picked as a deadlock victim again, and rolls back a failed write', async () => {
    let attempts = 0;
    const deadlocked: ImportRequest<Death, 'DEATH_REGISTER'> = {
      ...request('d4', [{ name: 'd', date: '2017-05-05' }]),
      write: async (trx, batch) => {
        attempts += 1;
        await trx('deaths').insert({ batch_id: batch.id, name: 'd', date: '2017-05-05' });
        if (attempts < 3) throw Object.assign(new Error('Deadlock found when trying to get lock'), { errno: 1213 });
      },
    };
    expect(await runImport(store.db.knex, deadlocked)).toMatchObject({ batch_key: 'd4', row_count: 1 });
    expect(attempts).toBe(3);
    const failing: ImportRequest<Death, 'DEATH_REGISTER'> = {
      ...request('d5', [{ name: 'e', date: '2017-05-05' }]),
      write: async (trx, batch) => {
        await trx('deaths').insert({ batch_id: batch.id, name: 'e', date: '2017-05-05' });
        throw new Error('disk full');
      },
    };
    expect(await failure(runImport(store.db.knex, failing))).toBe('Error: disk full');
    expect(await deaths()).toEqual(['a', 'd']);
    expect(await store.db.knex('import_batches').where({ batch_key: 'd5' }).first()).toBeUndefined();
  });
});
