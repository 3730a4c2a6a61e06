import type { Knex } from 'knex';
import type { Migration } from '../db/migrate';
import { insertInChunks } from '../db/bulk';
import type { RegionLevel } from '../region-range';
import type { Division } from './divisions';

/**
 * Every store has the same `regions` table, loaded from the same file, so each subgraph can
 * answer Region's shareable `name` and `level` and check region codes without another hop.
 */
export const createRegionsTable: Migration = {
  name: '20261127_0001_regions',
  async up(knex) {
    await knex.schema.createTable('regions', (t) => {
      t.string('code', 12).primary();
      t.string('name', 64).notNullable();
      t.string('level', 8).notNullable();
      t.string('parent_code', 12).nullable();
      t.index(['parent_code', 'code'], 'regions_parent_code_idx');
      t.index(['level', 'code'], 'regions_level_code_idx');
    });
  },
  async down(knex) {
    await knex.schema.dropTable('regions');
  },
};

export interface RegionRow {
  code: string;
  name: string;
  level: RegionLevel;
  parent_code: string | null;
}

/** Replaces the regions table's content with the given divisions. */
export async function fillRegions(knex: Knex, divisions: Division[]): Promise<void> {
  await knex.transaction(async (trx) => {
    await trx('regions').delete();
    await insertInChunks(
      trx,
      'regions',
      divisions.map((d) => ({ code: d.code, name: d.name, level: d.level, parent_code: d.parentCode })),
    );
  });
}
