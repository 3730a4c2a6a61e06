import { DEMO_PROGRAMS } from '../../../lib/demo/programs';
import type { Migration } from '../../../lib/db/migrate';

/**
 * Whether a programme is means-tested (granted on the household's means, such as the minimum
 * living allowance, unlike the farmland subsidy every farmer gets): what audit's
 * OFFICIAL_RECIPIENT rule asks of the catalogue instead of naming programmes in its code.
 */
export const addFundProgramMeansTested: Migration = {
  name: '20261127_0204_fund_program_means_tested',
  async up(knex) {
    await knex.schema.alterTable('fund_programs', (t) => {
      t.boolean('means_tested').notNullable().defaultTo(false);
    });
    // A store seeded before this column holds the demo catalogue (lib/demo/programs.ts, the only
    // source of programmes): give its rows their flags. An empty store gets them from the seed.
    const meansTested = DEMO_PROGRAMS.filter((p) => p.meansTested).map((p) => p.code);
    await knex('fund_programs').whereIn('code', meansTested).update({ means_tested: true });
  },
  async down(knex) {
    await knex.schema.alterTable('fund_programs', (t) => {
      t.dropColumn('means_tested');
    });
  },
};
