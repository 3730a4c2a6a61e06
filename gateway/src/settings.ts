import type { Principal, Role } from '../../lib/auth';
import { DEFAULT_BATCH_MAX } from './subgraph-fetcher';

/**
 * The gateway's tunable limits, timeouts and switches. Defaults live here; `config.ts` reads
 * overrides from the environment and tests pass their own. Limits that depend on who calls
 * are kept per role class; a caller with several roles gets the most generous of them.
 */

/** Who calls, for the purpose of limits: the public, staff, provincial systems, auditors, admins. */
export const ROLE_CLASSES = ['public', 'staff', 'integration', 'auditor', 'admin'] as const;
export type RoleClass = (typeof ROLE_CLASSES)[number];

const CLASS_OF_ROLE: Record<Role, RoleClass> = {
  staff: 'staff',
  integration: 'integration',
  auditor: 'auditor',
  inspector: 'auditor',
  // Our own jobs (the audit comparison runs) read through the gateway page by page, like auditors.
  service: 'auditor',
  admin: 'admin',
};

export function roleClassesOf(principal: Principal): RoleClass[] {
  return principal.kind === 'anonymous' ? ['public'] : principal.roles.map((r) => CLASS_OF_ROLE[r]);
}

/** The most generous value of a per-class limit among the caller's classes. */
export function limitFor(principal: Principal, limits: Record<RoleClass, number>): number {
  return Math.max(...roleClassesOf(principal).map((c) => limits[c]));
}

export type IntrospectionPolicy = 'all' | 'signed-in' | 'off';

export interface RateLimitSettings {
  /** Calls of one limited root field one caller may make per window. */
  readonly max: number;
  readonly windowMs: number;
  /** Root field names (of Query or Mutation) that are limited, each counted separately. */
  readonly fields: readonly string[];
  /** Take the caller's address from X-Forwarded-For (only behind a proxy that sets it). */
  readonly trustProxy: boolean;
}

export interface GatewaySettings {
  /** Largest number of tokens in a query document (Apollo's parseOptions.maxTokens). */
  readonly maxTokens: number;
  /** Deepest nesting of fields in an operation (introspection fields aside). */
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxRootFields: number;
  /** Estimated cost budget of one operation, per role class (see limits/operation-cost.ts). */
  readonly costLimit: Record<RoleClass, number>;
  /** Largest request body in bytes, per role class; larger bodies get a 413. */
  readonly bodyLimitBytes: Record<RoleClass, number>;
  /** How long one subgraph fetch may take, per role class; then SUBGRAPH_TIMEOUT. */
  readonly subgraphTimeoutMs: Record<RoleClass, number>;
  /**
   * Root fields known to run long (comparison runs, imports, chain verification): the fetch
   * that carries one may take `slowFieldTimeoutMs` instead, whoever calls.
   */
  readonly slowRootFields: readonly string[];
  readonly slowFieldTimeoutMs: number;
  readonly rateLimit: RateLimitSettings;
  /** Who may introspect the schema: everyone (dev), signed-in callers only, or nobody. */
  readonly introspection: IntrospectionPolicy;
  /** How long a shutdown waits for in-flight requests before cutting connections. */
  readonly shutdownGraceMs: number;
  /** How long /ready waits for each subgraph's /health. */
  readonly readyTimeoutMs: number;
  /** Reload the supergraph file when it changes. */
  readonly watchSupergraph: boolean;
  /** Keep-alive connections to each subgraph at most (a bounded pool; more fetches queue). */
  readonly subgraphMaxSockets: number;
  /**
   * One caller's concurrent queries to a subgraph sent in one HTTP fetch at most
   * (subgraph-batch.ts); 1 sends every fetch alone.
   */
  readonly subgraphBatchMax: number;
  /**
   * The response cache for anonymous queries (response-cache.ts), or null for none (the default
   * outside production). How long an answer is kept is decided by the subgraphs' cache hints;
   * these bound its size.
   */
  readonly responseCache: ResponseCacheSettings | null;
  /**
   * Send operations whose query plan is one fetch of the client's own selections straight
   * through the subgraph's data source, past @apollo/gateway's executor (single-fetch.ts).
   */
  readonly singleFetchShortcut: boolean;
  /**
   * Take the shortcut before Apollo Server's request pipeline for queries no cache may answer,
   * answering plain results at the HTTP layer (fast-lane.ts). Needs singleFetchShortcut.
   */
  readonly singleFetchFastLane: boolean;
  /** Gateway processes sharing the port (node:cluster); 1 serves from this process alone. */
  readonly workers: number;
  /**
   * When set, /metrics answers only `Authorization: Bearer <metricsToken>` (Prometheus'
   * `authorization` scrape setting); unset, it is open to whoever reaches the port.
   */
  readonly metricsToken: string | null;
}

export interface ResponseCacheSettings {
  readonly maxEntries: number;
  readonly maxBytes: number;
}

export const RATE_LIMITED_FIELDS = ['submitComplaint', 'mySubsidies', 'rateComplaint', 'requestReview'] as const;
export const SLOW_ROOT_FIELDS = ['runComparison', 'importLedger', 'importLedgerCsv', 'importPayments', 'importPaymentsCsv', 'importDeathRegister', 'verifyLedger'] as const;

const KIB = 1024;
const MIB = 1024 * KIB;

/**
 * The longest the gateway waits for one subgraph fetch, whoever calls and whatever it asks: a
 * subgraph's statement that runs longer has nobody waiting (the subgraphs' DB_STATEMENT_TIMEOUT_MS).
 */
export function longestSubgraphWaitMs(settings: Pick<GatewaySettings, 'subgraphTimeoutMs' | 'slowFieldTimeoutMs'>): number {
  return Math.max(...Object.values(settings.subgraphTimeoutMs), settings.slowFieldTimeoutMs);
}

export function defaultGatewaySettings(production: boolean): GatewaySettings {
  return {
    maxTokens: 5000,
    maxDepth: 12,
    maxAliases: 30,
    maxRootFields: 10,
    costLimit: { public: 1000, staff: 5000, integration: 5000, auditor: 25000, admin: 50000 },
    // The subgraphs accept 8 MiB; imports by provincial systems and admins may use all of it.
    bodyLimitBytes: { public: 128 * KIB, staff: 2 * MIB, integration: 8 * MIB, auditor: 2 * MIB, admin: 8 * MIB },
    subgraphTimeoutMs: { public: 5000, staff: 5000, integration: 5000, auditor: 15000, admin: 15000 },
    slowRootFields: SLOW_ROOT_FIELDS,
    slowFieldTimeoutMs: 120_000,
    rateLimit: { max: 10, windowMs: 60_000, fields: RATE_LIMITED_FIELDS, trustProxy: false },
    introspection: production ? 'signed-in' : 'all',
    shutdownGraceMs: 10_000,
    readyTimeoutMs: 2000,
    watchSupergraph: true,
    subgraphMaxSockets: 64,
    subgraphBatchMax: DEFAULT_BATCH_MAX,
    // Production keeps public answers; development and tests always see the stores as they are.
    responseCache: production ? { maxEntries: 10_000, maxBytes: 64 * MIB } : null,
    singleFetchShortcut: true,
    singleFetchFastLane: true,
    workers: 1,
    metricsToken: null,
  };
}
