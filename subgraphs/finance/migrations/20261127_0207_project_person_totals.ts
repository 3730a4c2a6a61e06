import type { Migration } from '../../../lib/db/migrate';

/**
 * What each person was paid net in each project, so an import adds to a project's totals from
 * its own rows (addToProjectTotals) instead of summing the project's stored payments again:
 * beneficiary_count counts the people whose net is above zero, and only this table tells whether
 * a batch's rows take a person's net across zero. Keyed by (project_id, person_key): a batch's
 * upsert and its read-back of the nets it changed are one primary-key range per project.
 *
 * `up` fills it from the stored payments and rewrites every project's totals from it, in set
 * statements on both dialects, so totals and nets agree from the first import on (a project
 * without payments gets 0 and 0). `down` drops it; the totals stay as they are.
 */
export const createProjectPersonTotals: Migration = {
  name: '20261127_0207_project_person_totals',
  async up(knex) {
    await knex.schema.createTable('project_person_totals', (t) => {
      t.string('project_id', 64).notNullable();
      t.string('person_key', 64).notNullable();
      // Fen; a sum of payments and their reversals.
      t.bigInteger('net').notNullable();
      t.primary(['project_id', 'person_key']);
    });
    await knex.raw(
      `INSERT INTO project_person_totals (project_id, person_key, net)
       SELECT project_id, person_key, SUM(amount) FROM payments GROUP BY project_id, person_key`,
    );
    await knex.raw(
      `UPDATE fund_projects SET
         disbursed = COALESCE((SELECT SUM(t.net) FROM project_person_totals t WHERE t.project_id = fund_projects.id), 0),
         beneficiary_count = (SELECT COUNT(*) FROM project_person_totals t WHERE t.project_id = fund_projects.id AND t.net > 0)`,
    );
  },
  async down(knex) {
    await knex.schema.dropTable('project_person_totals');
  },
};
