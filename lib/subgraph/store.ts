import type { Knex } from 'knex';
import { addAccessLogRegion, createAccessLogTable } from '../access-log';
import { createCalendarTable, fillCalendar } from '../calendar/calendar-table';
import type { Database } from '../db/database';
import { migrateToLatest, type Migration } from '../db/migrate';
import type { Logger } from '../logger';
import { readCalendarDays } from '../calendar/working-days';
import { divisionsUnder, readDivisions } from '../regions/divisions';
import { createRegionsTable, fillRegions } from '../regions/regions-table';
import type { SeedScale } from './config';

/** What a demo seed covers: Chenzhou (4310) at city scale, all of Hunan (43) at province scale. */
export interface SeedScope {
  readonly scale: Exclude<SeedScale, 'none'>;
  readonly regionCode: string;
  /** PERSON_KEY_SECRET, so demo person keys match those computed at run time in every store. */
  readonly personKeySecret: string;
}

export const SEED_REGION: Record<SeedScope['scale'], string> = { city: '4310', province: '43' };

/** A subgraph's demo seed: deterministic, and it resets what it fills. */
export type Seed = (knex: Knex, scope: SeedScope) => Promise<void>;

const createSeedRunsTable: Migration = {
  name: '20261127_0002_seed_runs',
  async up(knex) {
    await knex.schema.createTable('seed_runs', (t) => {
      t.string('name', 32).primary();
      t.string('scale', 16).notNullable();
      t.string('completed_at', 23).notNullable();
    });
  },
  async down(knex) {
    await knex.schema.dropTable('seed_runs');
  },
};

/** The migrations every store starts with, before the subgraph's own. */
export const standardMigrations: readonly Migration[] = [
  createRegionsTable,
  createSeedRunsTable,
  createCalendarTable,
  createAccessLogTable,
  addAccessLogRegion,
];

export interface PrepareOptions {
  readonly migrations: readonly Migration[];
  readonly seed: Seed;
  readonly scale: SeedScale;
  readonly logger: Logger;
  readonly personKeySecret: string;
  /** Load only the divisions under this code (and its ancestors); tests use it to stay fast. */
  readonly divisionsUnder?: string;
}

/**
 * Migrates the store, loads the divisions when the regions table is empty, and runs the demo
 * seed once: a seed that died half-way left no seed_runs row, so the next start redoes it.
 */
export async function prepareStore(db: Database, options: PrepareOptions): Promise<void> {
  const { knex } = db;
  await migrateToLatest(knex, [...standardMigrations, ...options.migrations]);
  const [{ n }] = await knex('regions').count({ n: '*' });
  if (Number(n) === 0) {
    const divisions = options.divisionsUnder ? divisionsUnder(options.divisionsUnder) : readDivisions();
    await fillRegions(knex, divisions);
    options.logger.info({ regions: divisions.length }, 'loaded administrative divisions');
  }
  // The calendar file grows by a year at a time: reload it whenever its row count differs.
  const [{ days }] = await knex('calendar_days').count({ days: '*' });
  if (Number(days) !== readCalendarDays().length) await fillCalendar(knex);
  if (options.scale === 'none') return;
  const done = await knex('seed_runs').where({ name: 'demo' }).first();
  if (done) return;
  const scope: SeedScope = {
    scale: options.scale,
    regionCode: SEED_REGION[options.scale],
    personKeySecret: options.personKeySecret,
  };
  // Only what says which seed runs: the scope also carries PERSON_KEY_SECRET, never logged.
  options.logger.info({ scale: scope.scale, regionCode: scope.regionCode }, 'seeding demo data');
  await options.seed(knex, scope);
  await knex('seed_runs').insert({
    name: 'demo',
    scale: options.scale,
    completed_at: new Date().toISOString().replace('T', ' ').replace('Z', ''),
  });
}
