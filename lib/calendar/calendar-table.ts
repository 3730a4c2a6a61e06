import type { Knex } from 'knex';
import { insertInChunks } from '../db/bulk';
import type { Migration } from '../db/migrate';
import { readCalendarDays } from './working-days';

/**
 * Every store carries the calendar as a table too, so SQL that counts working days (e.g.
 * "disclosures published late") can join it; it is loaded from the same file as the module.
 */
export const createCalendarTable: Migration = {
  name: '20261127_0003_calendar_days',
  async up(knex) {
    await knex.schema.createTable('calendar_days', (t) => {
      t.string('date', 10).primary();
      t.string('kind', 8).notNullable();
      t.string('name', 32).notNullable();
    });
  },
  async down(knex) {
    await knex.schema.dropTable('calendar_days');
  },
};

/** Replaces the calendar_days table's content with data/calendar.csv. */
export async function fillCalendar(knex: Knex): Promise<void> {
  await knex.transaction(async (trx) => {
    await trx('calendar_days').delete();
    await insertInChunks(trx, 'calendar_days', readCalendarDays().map((d) => ({ ...d })));
  });
}
