import { createHash, randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { insertInChunks } from './db/bulk';
import type { Migration } from './db/migrate';
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

/** Records one read of personal detail; `subject` names what was read (a person key, a complaint id). */
export async function logAccess(
  knex: Knex | Knex.Transaction,
  ctx: Pick<BaseContext, 'principal' | 'requestId'>,
  action: string,
  subject: string,
): Promise<void> {
  await knex('access_log').insert(accessLogRow(ctx, action, subject));
}

/**
 * Records many reads of one kind at once (a DataLoader batch, a page of alerts): one multi-row
 * INSERT per chunk, so logging does not turn a batch back into one statement per row.
 */
export async function logAccessMany(
  knex: Knex | Knex.Transaction,
  ctx: Pick<BaseContext, 'principal' | 'requestId'>,
  action: string,
  subjects: readonly string[],
): Promise<void> {
  await insertInChunks(knex, 'access_log', subjects.map((subject) => accessLogRow(ctx, action, subject)));
}

/** The row logAccess writes; for callers that batch many reads of one request into one insert. */
export function accessLogRow(ctx: Pick<BaseContext, 'principal' | 'requestId'>, action: string, subject: string) {
  return {
    id: randomUUID(),
    at: toStoreDateTime(new Date()),
    actor_sub: ctx.principal.sub === null ? null : fitted(ctx.principal.sub),
    actor_roles: ctx.principal.roles.join(',') || 'public',
    request_id: ctx.requestId,
    action,
    subject: fitted(subject),
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
