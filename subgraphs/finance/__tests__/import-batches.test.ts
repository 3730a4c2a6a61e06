import { GraphQLError } from 'graphql';
import { migrateToLatest } from '../../../lib/db/migrate';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../tests/helpers/databases';
import { migrations } from '../migrations';
import { canonicalJson, collectRowProblems, contentHashOf, runImport, type ImportRequest } from '../src/datasources/import-batches';

interface Item {
  name: string;
  amount: number;
  note?: string | null;
}

describe('canonicalJson', () => {
  it('sorts keys and drops absent and null fields, keeping row order', () => {
    expect(canonicalJson([{ b: 2, a: 1, c: null }, { a: 3, d: undefined }])).toBe('[{"a":1,"b":2},{"a":3}]');
    expect(contentHashOf([{ a: 1, b: null }])).toBe(contentHashOf([{ a: 1 }]));
    expect(contentHashOf([{ a: 1 }, { a: 2 }])).not.toBe(contentHashOf([{ a: 2 }, { a: 1 }]));
  });
});

describe('collectRowProblems', () => {
  it('lists every bad row with its reasons joined', () => {
    const problems = collectRowProblems([1, -2, 3, -4], (n) => (n < 0 ? ['negative', 'odd one out'] : []));
    expect(problems).toEqual([
      { index: 1, reason: 'negative; odd one out' },
      { index: 3, reason: 'negative; odd one out' },
    ]);
  });
});

describe.each(DIALECTS)('runImport on %s', (dialect) => {
  let store: TestDatabase;

  beforeAll(async () => {
    store = await createTestDatabase(dialect, 'finance_import');
    await migrateToLatest(store.db.knex, migrations.filter((m) => m.name.includes('import_batches')));
    await store.db.knex.schema.createTable('items', (t) => {
      t.increments('id');
      t.string('batch_id', 36).notNullable();
      t.string('name', 32).notNullable();
      t.integer('amount').notNullable();
    });
  });
  afterAll(() => store.drop());

  function request(batchKey: string, rows: Item[]): ImportRequest<Item> {
    return {
      kind: 'LEDGER',
      batchKey,
      rows,
      importedBy: 'tester',
      validate: (items) => collectRowProblems(items, (item) => (item.amount > 0 ? [] : ['amount must be positive'])),
      write: async (trx, batch) => {
        await trx('items').insert(items(rows, batch.id));
      },
    };
  }
  const items = (rows: Item[], batchId: string) => rows.map((r) => ({ batch_id: batchId, name: r.name, amount: r.amount }));
  const count = async () => Number((await store.db.knex('items').count({ n: '*' }))[0].n);
  const codeOf = async (p: Promise<unknown>) => {
    try {
      await p;
    } catch (err) {
      return err instanceof GraphQLError ? { code: err.extensions.code, rows: err.extensions.rows } : err;
    }
    return 'no error';
  };

  it('writes a new batch and its rows, then returns the same batch for the same content without writing', async () => {
    const first = await runImport(store.db.knex, request('k1', [{ name: 'a', amount: 1 }, { name: 'b', amount: 2 }]));
    expect(first).toMatchObject({ kind: 'LEDGER', batch_key: 'k1', row_count: 2, imported_by: 'tester' });
    expect(await count()).toBe(2);
    const again = await runImport(store.db.knex, request('k1', [{ amount: 1, name: 'a', note: null }, { name: 'b', amount: 2 }]));
    expect(again).toEqual(first);
    expect(await count()).toBe(2);
  });

  it('refuses the same key with different content, writing nothing', async () => {
    expect(await codeOf(runImport(store.db.knex, request('k1', [{ name: 'a', amount: 5 }])))).toEqual({
      code: 'IMPORT_CONFLICT',
      rows: undefined,
    });
    expect(await count()).toBe(2);
  });

  it('lists every invalid row and writes nothing, not even the batch', async () => {
    const rows = [{ name: 'x', amount: 0 }, { name: 'y', amount: 3 }, { name: 'z', amount: -1 }];
    expect(await codeOf(runImport(store.db.knex, request('k2', rows)))).toEqual({
      code: 'BAD_USER_INPUT',
      rows: [
        { index: 0, reason: 'amount must be positive' },
        { index: 2, reason: 'amount must be positive' },
      ],
    });
    expect(await count()).toBe(2);
    expect(await store.db.knex('import_batches').where({ batch_key: 'k2' }).first()).toBeUndefined();
  });

  it('rolls the batch row back when writing the rows fails', async () => {
    const failing: ImportRequest<Item> = {
      ...request('k3', [{ name: 'a', amount: 1 }]),
      write: async (trx, batch) => {
        await trx('items').insert(items([{ name: 'a', amount: 1 }], batch.id));
        throw new Error('disk full');
      },
    };
    await expect(runImport(store.db.knex, failing)).rejects.toThrow('disk full');
    expect(await count()).toBe(2);
    expect(await store.db.knex('import_batches').where({ batch_key: 'k3' }).first()).toBeUndefined();
  });

  it('lets only one of two concurrent imports with the same key write', async () => {
    const rows = [{ name: 'c', amount: 7 }, { name: 'd', amount: 8 }];
    // Slow validation keeps both past the "is this key taken?" read before either inserts, so
    // on MySQL the loser meets the unique index (SQLite's single writer serialises them anyway).
    const slow = (): ImportRequest<Item> => ({
      ...request('k4', rows),
      validate: () => new Promise((resolve) => setTimeout(() => resolve([]), 100)),
    });
    const [a, b] = await Promise.all([runImport(store.db.knex, slow()), runImport(store.db.knex, slow())]);
    expect(a.id).toBe(b.id);
    expect(await count()).toBe(4);
  });

  it('refuses an empty batch and a blank key', async () => {
    expect(await codeOf(runImport(store.db.knex, request('k5', [])))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await codeOf(runImport(store.db.knex, request(' ', [{ name: 'a', amount: 1 }])))).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
