import type { Knex } from 'knex';
import { PROVINCE_CODE, type Principal } from './auth';
import { badUserInput, forbidden, unauthenticated } from './errors';
import { clampFirst, decodeCursor, toConnection, type Connection } from './pagination';
import { regionRange } from './region-range';
import { toStoreDateTime } from './scalars';
import type { BaseContext } from './subgraph/context';

/**
 * Reading a subgraph's access log (lib/access-log.ts writes it), for inspectors: security.md's
 * "the log is append-only and queryable by inspectors". Each subgraph keeps its own table, and a
 * root field cannot be served by several subgraphs at once, so each exposes `<service>AccessLog`
 * with the same arguments and the same @shareable types; the four root resolvers and the
 * AccessLogEntry resolvers all come from here.
 */

/** A row of `access_log`; the mapper of the GraphQL AccessLogEntry type (codegen.ts). */
export interface AccessLogRow {
  id: string;
  /** UTC, store form "YYYY-MM-DD HH:MM:SS.mmm" (the DateTime scalar writes it as ISO 8601). */
  at: string;
  actor_sub: string | null;
  /** The roles joined by commas, "public" for a caller without a token. */
  actor_roles: string;
  request_id: string;
  action: string;
  subject: string;
  /** The region of the records read; null on rows written before regions were recorded. */
  region_code: string | null;
}

export type AccessLogConnectionParent = Connection<AccessLogRow>;

/**
 * The arguments of every `<service>AccessLog` field; `from` and `to` are ISO instants (the DateTime
 * scalar's). `scope` is not an argument but the caller's: only rows under that region (null: all).
 */
export interface AccessLogArgs {
  scope?: string | null;
  actor?: string | null;
  subject?: string | null;
  action?: string | null;
  from?: string | null;
  to?: string | null;
  first?: number | null;
  after?: string | null;
}

/**
 * Inspectors of the discipline department, and admins (security.md gives them everything). The
 * role table lists inspectors as "inspector (discipline)", and what only inspectors may do is
 * granted to the discipline department alone (a complainant's identity, accountability actions):
 * the log shows who read those identities, so it is theirs too, not an inspector token's of any dept.
 * Returns the region whose rows the caller reads: null for all of them (admins, and inspectors of
 * the province: every store holds Hunan only, so the province holds every row, including those
 * written before regions were recorded, whose region is null).
 */
function accessLogScope(principal: Principal, service: string): string | null {
  if (principal.kind === 'anonymous') {
    throw unauthenticated(`Sign in with an inspector's account to read the ${service} access log`);
  }
  if (principal.roles.includes('admin')) return null;
  if (!principal.roles.includes('inspector') || principal.dept !== 'discipline') {
    throw forbidden(
      `Only inspectors of the discipline department and admins may read the ${service} access log; your account has roles ${principal.roles.join(', ')} and ${principal.dept ? `dept ${principal.dept}` : 'no dept'}`,
    );
  }
  // Every verified token names a region (lib/auth.ts).
  return principal.region === PROVINCE_CODE ? null : principal.region;
}

/** An instant given as ISO 8601, in the store's form; rows compare as text in that form. */
function storeInstant(iso: string): string {
  return toStoreDateTime(new Date(iso));
}

/**
 * The filters on `knex('access_log')`. Equality on actor, subject or action and a range on `at`
 * fall on access_log_actor_idx (actor_sub, at), access_log_subject_idx (subject, at),
 * access_log_action_idx (action, at) or access_log_at_idx; the caller's region is a range on
 * access_log_region_idx (region_code, at), as every "under a region" read of the stores is.
 */
function filtered(knex: Knex, args: AccessLogArgs): Knex.QueryBuilder {
  const q = knex('access_log');
  if (args.scope != null) q.whereBetween('region_code', regionRange(args.scope));
  if (args.actor != null) q.where('actor_sub', args.actor);
  if (args.subject != null) q.where('subject', args.subject);
  if (args.action != null) q.where('action', args.action);
  if (args.from != null) q.where('at', '>=', storeInstant(args.from));
  if (args.to != null) q.where('at', '<', storeInstant(args.to));
  return q;
}

/**
 * One page of the log, newest first: (at, id) descending, keyset on both (the rows of one
 * request often share a millisecond). Exported, as the count is, so that tests can explain its plan.
 */
export function accessLogPageQuery(knex: Knex, args: AccessLogArgs, first: number): Knex.QueryBuilder {
  const page = filtered(knex, args);
  const after = decodeCursor(args.after, 2);
  if (after) {
    const [at, id] = after;
    if (typeof at !== 'string' || typeof id !== 'string') throw badUserInput('`after` is not a cursor returned by this list');
    // The bound on `at` alone keeps it a range scan of the index; the OR only breaks ties.
    page.where('at', '<=', at).andWhere((q) => q.where('at', '<', at).orWhere('id', '<', id));
  }
  return page.orderBy([{ column: 'at', order: 'desc' }, { column: 'id', order: 'desc' }]).limit(first + 1);
}

/** How many rows match the filters: totalCount, counted on the same index as the page. */
export function accessLogCountQuery(knex: Knex, args: AccessLogArgs): Knex.QueryBuilder {
  return filtered(knex, args).count({ n: '*' });
}

/** The page (one statement) and, when asked for, its totalCount (one more). */
export async function readAccessLog(knex: Knex, args: AccessLogArgs): Promise<AccessLogConnectionParent> {
  const first = clampFirst(args.first);
  if (args.from != null && args.to != null && args.from >= args.to) {
    throw badUserInput(`\`from\` (${args.from}) must be before \`to\` (${args.to}); \`to\` itself is not included`);
  }
  const rows: AccessLogRow[] = await accessLogPageQuery(knex, args, first).select(
    'id',
    'at',
    'actor_sub',
    'actor_roles',
    'request_id',
    'action',
    'subject',
    'region_code',
  );
  return toConnection(rows, first, (r) => [r.at, r.id], async () => {
    const [{ n }] = await accessLogCountQuery(knex, args);
    return Number(n);
  });
}

/**
 * The resolver of one subgraph's `<service>AccessLog` root field. Reading the log is not a read
 * of personal detail in the sense of security.md (it shows who read, not what), so nothing is logged.
 */
export function accessLogQuery(service: string) {
  return (_root: unknown, args: Omit<AccessLogArgs, 'scope'>, ctx: Pick<BaseContext, 'principal' | 'db'>): Promise<AccessLogConnectionParent> => {
    const scope = accessLogScope(ctx.principal, service);
    return readAccessLog(ctx.db.knex, { ...args, scope });
  };
}

/** AccessLogEntry's fields that are not columns of the same name. */
export const AccessLogEntry = {
  actor: (row: AccessLogRow) => row.actor_sub,
  actorRoles: (row: AccessLogRow) => row.actor_roles.split(','),
  requestId: (row: AccessLogRow) => row.request_id,
  // Through the store's regions (one statement per page): a list asked under a well-formed code
  // that names no division (payments(regionCode: "439999")) is filed under it, and has no name.
  region: (row: AccessLogRow, _args: unknown, ctx: Pick<BaseContext, 'regions'>) => (row.region_code === null ? null : ctx.regions.get(row.region_code)),
};
