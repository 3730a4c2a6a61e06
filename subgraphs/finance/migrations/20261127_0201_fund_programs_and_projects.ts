import type { Migration } from '../../../lib/db/migrate';

/**
 * The livelihood fund catalogue and its projects: one project is a region's allocation of a
 * programme for a year (the demo holds one per county, programme and year). `disbursed` and
 * `beneficiary_count` summarise the project's payments and are rewritten in the same
 * transaction that inserts them, so reading a project never scans its payments.
 */
export const createFundProgramsAndProjects: Migration = {
  name: '20261127_0201_fund_programs_and_projects',
  async up(knex) {
    await knex.schema.createTable('fund_programs', (t) => {
      t.string('code', 16).primary();
      t.string('name', 128).notNullable();
      t.string('department', 64).notNullable();
      t.string('policy_basis', 255).notNullable();
      t.bigInteger('standard_amount').notNullable();
    });
    await knex.schema.createTable('fund_projects', (t) => {
      t.string('id', 64).primary();
      t.string('name', 255).notNullable();
      t.string('program_code', 16).notNullable().references('code').inTable('fund_programs');
      t.string('region_code', 12).notNullable();
      t.integer('year').notNullable();
      t.bigInteger('allocated').notNullable();
      t.bigInteger('disbursed').notNullable().defaultTo(0);
      t.integer('beneficiary_count').notNullable().defaultTo(0);
      t.string('status', 16).notNullable();
      t.string('created_at', 23).notNullable();
      // Region.fundProjects: a prefix range over the region code, then the year.
      t.index(['region_code', 'year', 'program_code'], 'fund_projects_region_idx');
      t.index(['program_code', 'year'], 'fund_projects_program_idx');
    });
  },
  async down(knex) {
    await knex.schema.dropTable('fund_projects');
    await knex.schema.dropTable('fund_programs');
  },
};
