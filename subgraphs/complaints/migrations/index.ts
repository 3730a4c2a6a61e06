import type { Migration } from '../../../lib/db/migrate';

/**
 * The complaints and their timeline. Times are UTC strings (lib/scalars.ts); dates are Beijing
 * dates 'YYYY-MM-DD', which sort as strings, so deadlines compare in SQL without date functions.
 */
const createComplaints: Migration = {
  name: '20261127_0101_complaints',
  async up(knex) {
    await knex.schema.createTable('complaints', (t) => {
      t.string('id', 40).primary();
      t.integer('version').notNullable();
      t.string('status', 16).notNullable();
      t.string('category', 24).notNullable();
      t.string('region_code', 12).notNullable();
      t.string('subject_type', 16).nullable();
      t.string('subject_id', 64).nullable();
      t.text('content').notNullable();
      t.boolean('allow_publish').notNullable();
      t.boolean('anonymous').notNullable();
      t.string('contact_name', 64).nullable();
      t.string('contact_phone', 20).nullable();
      t.string('person_key', 64).nullable();
      t.string('masked_id_number', 18).nullable();
      t.string('query_code_hash', 64).notNullable();
      t.string('query_code_salt', 32).notNullable();
      t.string('idempotency_key', 128).notNullable();
      t.string('request_fingerprint', 64).notNullable();
      t.string('submitted_at', 23).notNullable();
      t.string('submitted_date', 10).notNullable();
      t.string('accept_due_date', 10).notNullable();
      t.string('accepted_at', 23).nullable();
      t.string('reply_due_date', 10).nullable();
      t.integer('extension_days').notNullable();
      t.string('assigned_department', 128).nullable();
      t.string('due_date', 10).nullable();
      t.string('replied_at', 23).nullable();
      t.string('first_replied_at', 23).nullable();
      t.boolean('replied_on_time').nullable();
      t.text('reply').nullable();
      t.boolean('substantiated').nullable();
      t.string('satisfaction', 24).nullable();
      t.string('review_requested_at', 23).nullable();
      t.string('closed_at', 23).nullable();
      t.unique(['query_code_hash'], { indexName: 'complaints_query_code_hash_uq' });
      t.unique(['idempotency_key'], { indexName: 'complaints_idempotency_key_uq' });
      // Statistics: a range of region codes, then the window of submission dates.
      t.index(['region_code', 'submitted_date'], 'complaints_region_date_idx');
      // Lists under a region, newest first, optionally by status.
      t.index(['region_code', 'submitted_at', 'id'], 'complaints_region_submitted_idx');
      t.index(['status', 'region_code'], 'complaints_status_region_idx');
      t.index(['subject_type', 'subject_id', 'submitted_at'], 'complaints_subject_idx');
    });
  },
  async down(knex) {
    await knex.schema.dropTable('complaints');
  },
};

const createComplaintEvents: Migration = {
  name: '20261127_0102_complaint_events',
  async up(knex) {
    await knex.schema.createTable('complaint_events', (t) => {
      t.string('complaint_id', 40).notNullable().references('id').inTable('complaints');
      t.integer('seq').notNullable();
      t.string('at', 23).notNullable();
      t.string('action', 16).notNullable();
      t.string('from_status', 16).nullable();
      t.string('to_status', 16).notNullable();
      t.string('actor_kind', 16).notNullable();
      t.string('actor_sub', 128).nullable();
      t.text('note').nullable();
      t.primary(['complaint_id', 'seq']);
    });
  },
  async down(knex) {
    await knex.schema.dropTable('complaint_events');
  },
};

/** complaints's own migrations, in order, after the standard ones (regions, seed_runs). */
export const migrations: readonly Migration[] = [createComplaints, createComplaintEvents];

/** The timeline is history: the serving user may only add to it. */
export const APPEND_ONLY_TABLES = ['complaint_events'] as const;
