import type { Knex } from 'knex';
import type { Migration } from '../../../lib/db/migrate';

/**
 * The audit store. Region codes are on every table that a region asks about, indexed so that
 * "under a region" is one range scan (`whereBetween(region_code, regionRange(code))`); money is
 * BIGINT fen; times are UTC strings 'YYYY-MM-DD HH:MM:SS.mmm' (23 characters).
 */

const time = (t: Knex.CreateTableBuilder, name: string) => t.string(name, 23);

const createAuditProjects: Migration = {
  name: '20261127_1001_audit_projects',
  async up(knex) {
    await knex.schema.createTable('audit_projects', (t) => {
      t.string('id', 64).primary();
      t.string('name', 200).notNullable();
      t.string('type', 32).notNullable();
      t.string('region_code', 12).notNullable();
      t.string('period_from', 7).notNullable();
      t.string('period_to', 7).notNullable();
      t.string('created_by', 128).notNullable();
      time(t, 'created_at').notNullable();
      t.index(['region_code', 'id'], 'audit_projects_region_idx');
    });
  },
  async down(knex) {
    await knex.schema.dropTable('audit_projects');
  },
};

const createFindings: Migration = {
  name: '20261127_1002_findings',
  async up(knex) {
    await knex.schema.createTable('findings', (t) => {
      t.string('id', 64).primary();
      t.string('ref_no', 64).notNullable().unique('findings_ref_no_uq');
      t.string('project_id', 64).nullable().references('id').inTable('audit_projects');
      t.string('region_code', 12).notNullable();
      t.string('subject_type', 16).nullable();
      t.string('subject_id', 128).nullable();
      // The fund project a finding concerns, directly or through one of its payments (FundProject.findings).
      t.string('fund_project_id', 128).nullable();
      t.string('type', 32).notNullable();
      t.string('severity', 16).notNullable();
      t.text('criteria').notNullable();
      t.text('condition_text').notNullable();
      t.text('cause').nullable();
      t.text('effect').nullable();
      t.text('recommendation').nullable();
      t.bigInteger('questioned_amount').notNullable();
      t.bigInteger('recovered_amount').notNullable().defaultTo(0);
      t.string('status', 16).notNullable();
      t.string('rectification_due', 10).nullable();
      t.boolean('is_repeat').notNullable();
      t.string('alert_id', 64).nullable();
      t.string('recorded_by', 128).notNullable();
      time(t, 'recorded_at').notNullable();
      t.string('closed_by', 128).nullable();
      time(t, 'closed_at').nullable();
      t.text('closing_note').nullable();
      t.index(['region_code', 'id'], 'findings_region_idx');
      t.index(['status', 'region_code'], 'findings_status_region_idx');
      t.index(['subject_type', 'subject_id'], 'findings_subject_idx');
      t.index(['fund_project_id', 'id'], 'findings_fund_project_idx');
      t.index(['project_id', 'id'], 'findings_project_idx');
    });
    await knex.schema.createTable('rectifications', (t) => {
      t.string('id', 64).primary();
      t.string('finding_id', 64).notNullable().references('id').inTable('findings');
      t.text('action_taken').notNullable();
      t.bigInteger('money_recovered').notNullable();
      t.text('evidence').nullable();
      t.boolean('completes').notNullable();
      t.string('verified_by', 128).notNullable();
      time(t, 'verified_at').notNullable();
      t.index(['finding_id', 'verified_at'], 'rectifications_finding_idx');
    });
  },
  async down(knex) {
    await knex.schema.dropTable('rectifications');
    await knex.schema.dropTable('findings');
  },
};

const createRegisters: Migration = {
  name: '20261127_1003_import_batches_and_death_register',
  async up(knex) {
    await knex.schema.createTable('import_batches', (t) => {
      t.string('id', 36).primary();
      t.string('kind', 32).notNullable();
      t.string('batch_key', 128).notNullable();
      t.string('content_hash', 64).notNullable();
      t.integer('row_count').notNullable();
      t.string('imported_by', 128).notNullable();
      time(t, 'created_at').notNullable();
      t.unique(['kind', 'batch_key'], { indexName: 'import_batches_key_uq' });
    });
    await knex.schema.createTable('death_register', (t) => {
      t.string('id', 36).primary();
      t.string('batch_id', 36).notNullable().references('id').inTable('import_batches');
      t.string('person_key', 64).notNullable();
      t.string('name', 64).notNullable();
      t.string('masked_id_number', 18).notNullable();
      t.string('date_of_death', 10).notNullable();
      t.string('region_code', 12).notNullable();
      t.index(['person_key', 'date_of_death'], 'death_register_person_idx');
      t.unique(['batch_id', 'person_key'], { indexName: 'death_register_batch_person_uq' });
    });
  },
  async down(knex) {
    await knex.schema.dropTable('death_register');
    await knex.schema.dropTable('import_batches');
  },
};

const createComparisons: Migration = {
  name: '20261127_1004_comparison_runs_and_alerts',
  async up(knex) {
    await knex.schema.createTable('comparison_runs', (t) => {
      t.string('id', 36).primary();
      t.string('rule', 32).notNullable();
      t.integer('rule_version').notNullable();
      t.string('region_code', 12).notNullable();
      t.string('period_from', 7).notNullable();
      t.string('period_to', 7).notNullable();
      t.string('status', 16).notNullable();
      t.integer('rows_read').notNullable().defaultTo(0);
      t.integer('alerts_raised').notNullable().defaultTo(0);
      t.string('started_by', 128).notNullable();
      time(t, 'started_at').notNullable();
      time(t, 'finished_at').nullable();
      t.index(['region_code', 'started_at'], 'comparison_runs_region_idx');
    });
    await knex.schema.createTable('alerts', (t) => {
      t.string('id', 36).primary();
      t.string('rule', 32).notNullable();
      t.integer('rule_version').notNullable();
      t.string('subject_type', 16).notNullable();
      t.string('subject_id', 128).notNullable();
      t.string('person_key', 64).nullable();
      t.string('region_code', 12).notNullable();
      t.string('fund_project_id', 128).nullable();
      // Fen: what a finding opened from the alert questions (the payment, or what exceeds the standard).
      t.bigInteger('questioned_amount').notNullable();
      t.text('evidence').notNullable();
      t.text('facts').notNullable();
      t.string('status', 16).notNullable();
      t.string('decided_by', 128).nullable();
      time(t, 'decided_at').nullable();
      t.text('note').nullable();
      t.string('finding_id', 64).nullable();
      t.string('run_id', 36).notNullable().references('id').inTable('comparison_runs');
      time(t, 'raised_at').notNullable();
      // One alert per rule, version and subject: re-running a rule raises nothing twice.
      t.unique(['rule', 'rule_version', 'subject_type', 'subject_id'], { indexName: 'alerts_rule_subject_uq' });
      t.index(['subject_type', 'subject_id'], 'alerts_subject_idx');
      t.index(['region_code', 'id'], 'alerts_region_idx');
      t.index(['status', 'region_code'], 'alerts_status_region_idx');
      t.index(['run_id'], 'alerts_run_idx');
    });
  },
  async down(knex) {
    await knex.schema.dropTable('alerts');
    await knex.schema.dropTable('comparison_runs');
  },
};

const addRunFailure: Migration = {
  name: '20261127_1005_comparison_run_failure',
  async up(knex) {
    // Runs go on in the background once the request has been answered: the record says why one stopped.
    await knex.schema.alterTable('comparison_runs', (t) => {
      t.text('failure').nullable();
    });
  },
  async down(knex) {
    await knex.schema.alterTable('comparison_runs', (t) => {
      t.dropColumn('failure');
    });
  },
};

const addRunOwner: Migration = {
  name: '20261127_1006_comparison_run_owner',
  async up(knex) {
    // A run lives in the memory of the process that started it: the record names that process
    // (host and pid) and when it last said it was still working, so that a later process can
    // tell a run whose process died (it stays RUNNING for ever otherwise) from a live replica's.
    await knex.schema.alterTable('comparison_runs', (t) => {
      t.string('owner_host', 255).nullable();
      t.integer('owner_pid').nullable();
      time(t, 'heartbeat_at').nullable();
      t.index(['status'], 'comparison_runs_status_idx');
    });
    // Runs recorded before owners were: their start is their last sign of life.
    await knex('comparison_runs').update({ heartbeat_at: knex.ref('started_at') });
  },
  async down(knex) {
    await knex.schema.alterTable('comparison_runs', (t) => {
      t.dropIndex(['status'], 'comparison_runs_status_idx');
      t.dropColumn('heartbeat_at');
      t.dropColumn('owner_pid');
      t.dropColumn('owner_host');
    });
  },
};

const indexImportBatchImporters: Migration = {
  name: '20261127_1007_import_batches_importer_index',
  async up(knex) {
    // finance's and audit's import_batches run through the same code (lib/imports) and have the
    // same shape (tests/import-batches-shape.test.ts): audit's columns already had it (kind 32
    // characters, created_at the 23-character UTC string); its indexes gain finance's
    // batches-by-importer one. No row changes.
    await knex.schema.alterTable('import_batches', (t) => {
      t.index(['imported_by', 'created_at'], 'import_batches_importer_idx');
    });
  },
  async down(knex) {
    await knex.schema.alterTable('import_batches', (t) => {
      t.dropIndex(['imported_by', 'created_at'], 'import_batches_importer_idx');
    });
  },
};

const addAlertSupersession: Migration = {
  name: '20261127_1008_alert_supersession',
  async up(knex) {
    // A newer version of a rule supersedes the older versions' alerts on the same subject
    // (src/datasources/alert-supersession.ts): the newer alert names the one it replaced, the
    // older names its successor (null when the newer version no longer flags the subject), the
    // run that superseded it and when. decision_carried: the status and decision were carried
    // from the superseded alert, not decided on this one. No row changes: alerts of runs before
    // this are linked when their rule runs again.
    await knex.schema.alterTable('alerts', (t) => {
      t.string('supersedes_id', 36).nullable();
      t.string('superseded_by_id', 36).nullable();
      t.string('superseded_by_run_id', 36).nullable();
      time(t, 'superseded_at').nullable();
      t.boolean('decision_carried').notNullable().defaultTo(false);
      // ComparisonRun.alertsSuperseded counts a run's rows.
      t.index(['superseded_by_run_id'], 'alerts_superseded_run_idx');
    });
  },
  async down(knex) {
    await knex.schema.alterTable('alerts', (t) => {
      t.dropIndex(['superseded_by_run_id'], 'alerts_superseded_run_idx');
      t.dropColumn('decision_carried');
      t.dropColumn('superseded_at');
      t.dropColumn('superseded_by_run_id');
      t.dropColumn('superseded_by_id');
      t.dropColumn('supersedes_id');
    });
  },
};

/** audit's own migrations, in order, after the standard ones (regions, seed_runs, calendar, access log). */
export const migrations: readonly Migration[] = [
  createAuditProjects,
  createFindings,
  createRegisters,
  createComparisons,
  addRunFailure,
  addRunOwner,
  indexImportBatchImporters,
  addAlertSupersession,
];
