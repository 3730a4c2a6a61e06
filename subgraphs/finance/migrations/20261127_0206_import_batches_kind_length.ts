import { alterKeepingTriggers } from '../../../lib/db/sqlite-triggers';
import type { Migration } from '../../../lib/db/migrate';

/**
 * finance's and audit's import_batches run through the same code (lib/imports) and have the same
 * shape (tests/import-batches-shape.test.ts): `kind` takes audit's 32 characters, the longer of
 * the two, so no stored kind is cut and a longer kind fits in either store. Rows are kept. On
 * SQLite the column is changed by rebuilding the table, whose insert-only triggers are created
 * again (alterKeepingTriggers); InnoDB widens it in place.
 */
export const widenImportBatchKind: Migration = {
  name: '20261127_0206_import_batches_kind_length',
  async up(knex) {
    await alterKeepingTriggers(knex, 'import_batches', () =>
      knex.schema.alterTable('import_batches', (t) => {
        t.string('kind', 32).notNullable().alter();
      }),
    );
  },
  async down(knex) {
    await alterKeepingTriggers(knex, 'import_batches', () =>
      knex.schema.alterTable('import_batches', (t) => {
        t.string('kind', 16).notNullable().alter();
      }),
    );
  },
};
