import type { Migration } from '../../../lib/db/migrate';

/**
 * Recipients of payments. The key is HMAC-SHA256 of the ID number under PERSON_KEY_SECRET;
 * the raw ID number is never stored, only its masked form (first 6 and last 4 characters).
 * `village_code` is where the person was first paid: it scopes who may see the person key.
 */
export const createPeople: Migration = {
  name: '20261127_0202_people',
  async up(knex) {
    await knex.schema.createTable('people', (t) => {
      t.string('person_key', 64).primary();
      t.string('name', 64).notNullable();
      t.string('masked_id_number', 18).notNullable();
      t.string('village_code', 12).notNullable();
      t.string('created_at', 23).notNullable();
    });
  },
  async down(knex) {
    await knex.schema.dropTable('people');
  },
};
