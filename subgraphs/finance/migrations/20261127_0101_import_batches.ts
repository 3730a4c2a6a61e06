import type { Migration } from '../../../lib/db/migrate';

/**
 * One row per accepted import batch (ledger, payments). The unique (kind, batch_key) index is
 * the idempotency guarantee: a concurrent twin of a batch fails on it and never writes its rows.
 * Append-only, like the rows it records.
 */
export const createImportBatches: Migration = {
  name: '20261127_0101_import_batches',
  async up(knex) {
    await knex.schema.createTable('import_batches', (t) => {
      t.string('id', 36).primary();
      t.string('kind', 16).notNullable();
      t.string('batch_key', 128).notNullable();
      t.string('content_hash', 64).notNullable();
      t.integer('row_count').notNullable();
      t.string('imported_by', 128).notNullable();
      t.string('created_at', 23).notNullable();
      t.unique(['kind', 'batch_key'], { indexName: 'import_batches_kind_key_uq' });
      t.index(['imported_by', 'created_at'], 'import_batches_importer_idx');
    });
  },
  async down(knex) {
    await knex.schema.dropTable('import_batches');
  },
};
