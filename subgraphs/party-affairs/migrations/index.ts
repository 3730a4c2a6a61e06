import type { Migration } from '../../../lib/db/migrate';

/**
 * party-affairs's tables. Every list is keyset-paginated on a key that leads with region_code, and
 * every "under a region" filter is a range on region_code, so each has an index leading with it.
 */
const createOfficials: Migration = {
  name: '20261127_1001_officials',
  async up(knex) {
    await knex.schema.createTable('officials', (t) => {
      t.string('id', 64).primary();
      t.string('region_code', 12).notNullable();
      t.string('name', 64).notNullable();
      t.string('position', 64).notNullable();
      // HMAC of the ID number (lib/person.ts); the raw number is never stored.
      t.string('person_key', 64).notNullable();
      t.string('masked_id_number', 18).notNullable();
      t.string('term_start', 10).notNullable();
      t.string('term_end', 10).nullable();
      t.string('registered_by', 128).notNullable();
      t.string('registered_at', 23).notNullable();
      t.index(['region_code', 'id'], 'officials_region_idx');
      t.index(['person_key'], 'officials_person_idx');
    });
    await knex.schema.createTable('official_relatives', (t) => {
      t.string('id', 80).primary();
      t.string('official_id', 64).notNullable().references('id').inTable('officials');
      t.string('relation', 32).notNullable();
      t.string('person_key', 64).notNullable();
      t.string('masked_id_number', 18).notNullable();
      t.string('registered_by', 128).notNullable();
      t.string('registered_at', 23).notNullable();
      t.unique(['official_id', 'person_key'], { indexName: 'official_relatives_official_person_uq' });
      t.index(['person_key'], 'official_relatives_person_idx');
    });
  },
  async down(knex) {
    await knex.schema.dropTable('official_relatives');
    await knex.schema.dropTable('officials');
  },
};

/**
 * Obligations are materialised, one row per region, domain and period with its due date
 * (rules/disclosure-rules.ts), and carry the publication date of their notice. Compliance of a
 * region for a month is then one aggregate over a range of the (period, region_code, domain) primary key, with
 * no join: at province scale a month touches at most ~90,000 narrow rows of the primary key, a county a few
 * thousand. Computing the expected set from regions x periods on every read would join regions,
 * the calendar and the notices for each figure instead. `disclosure_periods` records which months
 * have been materialised; later months are added, in set-based INSERT ... SELECTs, when first used.
 */
const createDisclosures: Migration = {
  name: '20261127_1002_disclosures',
  async up(knex) {
    await knex.schema.createTable('disclosure_notices', (t) => {
      t.string('id', 64).primary();
      t.string('region_code', 12).notNullable();
      t.string('domain', 16).notNullable();
      t.string('period', 7).notNullable();
      t.string('title', 200).notNullable();
      t.text('content').notNullable();
      t.string('due_by', 10).notNullable();
      t.string('published_at', 23).notNullable();
      // The publication date in China time (UTC+8): what lateness is judged on.
      t.string('published_on', 10).notNullable();
      t.string('published_by', 128).notNullable();
      // Also the list order (region, domain, period) and every "under a region" range.
      t.unique(['region_code', 'domain', 'period'], { indexName: 'disclosure_notices_obligation_uq' });
    });
    await knex.schema.createTable('disclosure_obligations', (t) => {
      t.string('region_code', 12).notNullable();
      t.string('domain', 16).notNullable();
      t.string('period', 7).notNullable();
      t.string('due_by', 10).notNullable();
      t.string('published_on', 10).nullable();
      // Period first: a month's compliance under a region is one range of this key.
      t.primary(['period', 'region_code', 'domain']);
    });
    await knex.schema.createTable('disclosure_periods', (t) => {
      t.string('period', 7).primary();
      t.string('materialised_at', 23).notNullable();
    });
  },
  async down(knex) {
    await knex.schema.dropTable('disclosure_periods');
    await knex.schema.dropTable('disclosure_obligations');
    await knex.schema.dropTable('disclosure_notices');
  },
};

const createAccountabilityActions: Migration = {
  name: '20261127_1003_accountability_actions',
  async up(knex) {
    await knex.schema.createTable('accountability_actions', (t) => {
      t.string('id', 36).primary();
      t.string('official_id', 64).notNullable().references('id').inTable('officials');
      t.text('reason').notNullable();
      t.string('measure', 16).notNullable();
      t.string('decided_at', 10).notNullable();
      t.string('finding_id', 64).nullable();
      t.string('complaint_id', 64).nullable();
      t.string('recorded_by', 128).notNullable();
      t.string('recorded_at', 23).notNullable();
      t.index(['official_id', 'decided_at'], 'accountability_actions_official_idx');
      t.index(['finding_id'], 'accountability_actions_finding_idx');
      t.index(['complaint_id'], 'accountability_actions_complaint_idx');
    });
  },
  async down(knex) {
    await knex.schema.dropTable('accountability_actions');
  },
};

/** party-affairs's own migrations, in order, after the standard ones (regions, seed_runs). */
export const migrations: readonly Migration[] = [createOfficials, createDisclosures, createAccountabilityActions];
