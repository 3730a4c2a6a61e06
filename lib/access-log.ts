import { createHash, randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { PROVINCE_CODE } from './auth';
import { insertInChunks } from './db/bulk';
import type { Migration } from './db/migrate';
import { narrowestCommonRegion } from './region-range';
import { toStoreDateTime } from './scalars';
import type { BaseContext } from './subgraph/context';

/** Length of the free-text columns (actor_sub, subject); never changed after a store's first start. */
export const ACCESS_LOG_TEXT_LENGTH = 128;

/**
 * security.md: every read of personal detail by a non-public caller (person-level payment
 * lists, complainant identity) writes a row: who, when, what, which request. Append-only:
 * nothing in the code updates or deletes it.
 */
export const createAccessLogTable: Migration = {
  name: '20261127_0004_access_log',
  async up(knex) {
    await knex.schema.createTable('access_log', (t) => {
      t.string('id', 36).primary();
      t.string('at', 23).notNullable();
      t.string('actor_sub', ACCESS_LOG_TEXT_LENGTH).nullable();
      t.string('actor_roles', 128).notNullable();
      t.string('request_id', 128).notNullable();
      t.string('action', 64).notNullable();
      t.string('subject', ACCESS_LOG_TEXT_LENGTH).notNullable();
      t.index(['at'], 'access_log_at_idx');
      t.index(['actor_sub', 'at'], 'access_log_actor_idx');
      t.index(['subject', 'at'], 'access_log_subject_idx');
    });
  },
  async down(knex) {
    await knex.schema.dropTable('access_log');
  },
};

/**
 * Files each row under the region of what was read, so that an inspector reads only the rows of
 * their region (lib/access-log-query.ts). Rows written before this migration keep a null region:
 * which records they covered is not known, so only readers of the whole province and admins see
 * them. (action, at) serves a filter by action alone, as the other filters have theirs;
 * (region_code, at) serves an inspector's region and its totalCount.
 */
export const addAccessLogRegion: Migration = {
  name: '20261128_0005_access_log_region',
  async up(knex) {
    await knex.schema.alterTable('access_log', (t) => {
      t.string('region_code', 12).nullable();
      t.index(['action', 'at'], 'access_log_action_idx');
      t.index(['region_code', 'at'], 'access_log_region_idx');
    });
  },
  async down(knex) {
    await knex.schema.alterTable('access_log', (t) => {
      t.dropIndex([], 'access_log_region_idx');
      t.dropIndex([], 'access_log_action_idx');
      t.dropColumn('region_code');
    });
  },
};

/** One read to log: what was read (`subject`, e.g. a person key or a complaint id) and where it lies. */
export interface LoggedRead {
  readonly subject: string;
  /** The region code of the records read (regionOfRecords). */
  readonly region: string;
}

/**
 * The region a read is filed under: the narrowest region that holds every record it returned (a
 * payment's village, a complaint's region; a list under a region is filed under that region).
 * One row per read, not one per region of its records: a row stays one read (its subject,
 * totalCount and filters count reads), and an inspector sees the reads that stayed within their
 * region; a read across two counties is the city's inspector's to see, as a city-wide list is.
 * A read that found no record is filed under the scope it searched (`whenNone`), by default the
 * province: every store holds Hunan only, so the province covers anything it could have found.
 */
export function regionOfRecords(codes: readonly string[], whenNone: string = PROVINCE_CODE): string {
  return narrowestCommonRegion(codes) ?? whenNone;
}

/** Records one read of personal detail. */
export async function logAccess(
  knex: Knex | Knex.Transaction,
  ctx: Pick<BaseContext, 'principal' | 'requestId'>,
  action: string,
  read: LoggedRead,
): Promise<void> {
  await knex('access_log').insert(accessLogRow(ctx, action, read));
}

/**
 * Records many reads of one kind at once (a DataLoader batch, a page of alerts): one multi-row
 * INSERT per chunk, so logging does not turn a batch back into one statement per row.
 */
export async function logAccessMany(
  knex: Knex | Knex.Transaction,
  ctx: Pick<BaseContext, 'principal' | 'requestId'>,
  action: string,
  reads: readonly LoggedRead[],
): Promise<void> {
  await insertInChunks(knex, 'access_log', reads.map((read) => accessLogRow(ctx, action, read)));
}

/** The row logAccess writes; for callers that batch many reads of one request into one insert. */
export function accessLogRow(ctx: Pick<BaseContext, 'principal' | 'requestId'>, action: string, read: LoggedRead) {
  return {
    id: randomUUID(),
    at: toStoreDateTime(new Date()),
    actor_sub: ctx.principal.sub === null ? null : fitted(ctx.principal.sub),
    actor_roles: ctx.principal.roles.join(',') || 'public',
    request_id: ctx.requestId,
    action,
    subject: fitted(read.subject),
    region_code: read.region,
  };
}

/**
 * The read must be logged whatever the value's length (on MariaDB an overlong value fails the
 * insert, and with it the read). Callers check their inputs first (a payments filter, a token's
 * sub), so this is the last guard: a value longer than the column keeps its start and ends with
 * `#` and 16 hex digits of its SHA-256, so the row still names it and can be matched to it.
 */
export function fitted(value: string): string {
  const chars = [...value];
  if (chars.length <= ACCESS_LOG_TEXT_LENGTH) return value;
  const digest = createHash('sha256').update(value).digest('hex').slice(0, 16);
  return `${chars.slice(0, ACCESS_LOG_TEXT_LENGTH - 17).join('')}#${digest}`;
}
