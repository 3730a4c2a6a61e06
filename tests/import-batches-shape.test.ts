import type { Knex } from 'knex';
import { migrateToLatest } from '../lib/db/migrate';
import { migrations as auditMigrations } from '../subgraphs/audit/migrations';
import { migrations as financeMigrations } from '../subgraphs/finance/migrations';
import { createTestDatabase, DIALECTS, type TestDatabase } from './helpers/databases';

/**
 * finance's and audit's import_batches are written and read by the same code (lib/imports), so
 * they have one shape: the same columns (names, types, lengths, nullability, in order) and the
 * same indexes (by columns and uniqueness). Both stores are migrated from before the aligning
 * migrations, with batches in them, so the rows are seen to survive too.
 */

interface Shape {
  columns: string[];
  indexes: string[];
}

async function shapeOf(knex: Knex): Promise<Shape> {
  if (knex.client.config.client === 'better-sqlite3') {
    const columns: Array<{ name: string; type: string; notnull: number; pk: number }> = await knex.raw(`PRAGMA table_info(import_batches)`);
    const indexes: Array<{ name: string; unique: number }> = await knex.raw(`PRAGMA index_list(import_batches)`);
    const described = await Promise.all(
      indexes.map(async (index) => {
        const parts: Array<{ name: string }> = await knex.raw(`PRAGMA index_info(${index.name})`);
        return `${index.unique ? 'UNIQUE ' : ''}(${parts.map((p) => p.name).join(', ')})`;
      }),
    );
    // A primary key column is NOT NULL on MariaDB and in effect on SQLite (knex declares it without).
    return {
      columns: columns.map((c) => `${c.name} ${c.type.toLowerCase()} ${c.notnull || c.pk ? 'NOT NULL' : 'NULL'}`),
      indexes: described.sort(),
    };
  }
  const [columns] = await knex.raw(
    `SELECT COLUMN_NAME AS name, COLUMN_TYPE AS type, IS_NULLABLE AS nullable FROM information_schema.COLUMNS
     WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'import_batches' ORDER BY ORDINAL_POSITION`,
  );
  const [parts] = await knex.raw(
    `SELECT INDEX_NAME AS name, NON_UNIQUE AS nonUnique, COLUMN_NAME AS col FROM information_schema.STATISTICS
     WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'import_batches' ORDER BY INDEX_NAME, SEQ_IN_INDEX`,
  );
  const indexes = new Map<string, { unique: boolean; columns: string[] }>();
  for (const p of parts as Array<{ name: string; nonUnique: number | string; col: string }>) {
    const index = indexes.get(p.name) ?? { unique: Number(p.nonUnique) === 0, columns: [] };
    index.columns.push(p.col);
    indexes.set(p.name, index);
  }
  return {
    columns: (columns as Array<{ name: string; type: string; nullable: string }>).map(
      (c) => `${c.name} ${c.type.toLowerCase()} ${c.nullable === 'YES' ? 'NULL' : 'NOT NULL'}`,
    ),
    indexes: [...indexes.values()].map((i) => `${i.unique ? 'UNIQUE ' : ''}(${i.columns.join(', ')})`).sort(),
  };
}

const batch = (id: string, kind: string) => ({
  id,
  kind,
  batch_key: `key-${id}`,
  content_hash: 'a'.repeat(64),
  row_count: 3,
  imported_by: 'importer-1',
  created_at: '2026-11-27 10:00:00.000',
});

/** The message a refused statement fails with, or 'not refused'. */
async function refusal(statement: PromiseLike<unknown>): Promise<string> {
  try {
    await statement;
    return 'not refused';
  } catch (err) {
    return String((err as Error).message);
  }
}

describe.each(DIALECTS)('import_batches in finance and audit (%s)', (dialect) => {
  let finance: TestDatabase;
  let audit: TestDatabase;

  beforeAll(async () => {
    finance = await createTestDatabase(dialect, 'finance_batches_shape');
    audit = await createTestDatabase(dialect, 'audit_batches_shape');
    await migrateToLatest(finance.db.knex, financeMigrations.filter((m) => m.name < '20261127_0206'));
    await migrateToLatest(audit.db.knex, auditMigrations.filter((m) => m.name < '20261127_1007'));
    await finance.db.knex('import_batches').insert(batch('f-1', 'PAYMENTS'));
    await audit.db.knex('import_batches').insert(batch('a-1', 'DEATH_REGISTER'));
    await migrateToLatest(finance.db.knex, financeMigrations);
    await migrateToLatest(audit.db.knex, auditMigrations);
  });
  afterAll(async () => {
    await finance?.drop();
    await audit?.drop();
  });

  it('have the same columns and indexes, with a kind of 32 characters and created_at as a 23-character UTC string', async () => {
    const [financeShape, auditShape] = [await shapeOf(finance.db.knex), await shapeOf(audit.db.knex)];
    expect(financeShape).toEqual(auditShape);
    const integer = dialect === 'sqlite' ? 'integer' : 'int(11)';
    expect(financeShape).toEqual({
      columns: [
        'id varchar(36) NOT NULL',
        'kind varchar(32) NOT NULL',
        'batch_key varchar(128) NOT NULL',
        'content_hash varchar(64) NOT NULL',
        `row_count ${integer} NOT NULL`,
        'imported_by varchar(128) NOT NULL',
        'created_at varchar(23) NOT NULL',
      ],
      indexes: ['(imported_by, created_at)', 'UNIQUE (id)', 'UNIQUE (kind, batch_key)'],
    });
  });

  it('keep the batches imported before, and take a kind of 32 characters in finance', async () => {
    expect(await finance.db.knex('import_batches').select()).toEqual([{ ...batch('f-1', 'PAYMENTS') }]);
    expect(await audit.db.knex('import_batches').select()).toEqual([{ ...batch('a-1', 'DEATH_REGISTER') }]);
    const long = 'K'.repeat(32);
    await finance.db.knex('import_batches').insert(batch('f-2', long));
    expect(await finance.db.knex('import_batches').where({ id: 'f-2' }).first('kind')).toEqual({ kind: long });
  });

  it("keep finance's import batches insert-only", async () => {
    const knex = finance.db.knex;
    expect(await refusal(knex('import_batches').where({ id: 'f-1' }).update({ row_count: 4 }))).toMatch(/import_batches is append-only: UPDATE is refused/);
    expect(await refusal(knex('import_batches').where({ id: 'f-1' }).delete())).toMatch(/import_batches is append-only: DELETE is refused/);
    expect(await knex('import_batches').where({ id: 'f-1' }).first('row_count')).toEqual({ row_count: 3 });
  });
});
