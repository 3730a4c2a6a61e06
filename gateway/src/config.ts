import { availableParallelism } from 'node:os';
import { EnvReader, readMetricsToken, type JwtConfig } from '../../lib/config';
import { SUPERGRAPH_FILE } from '../../lib/paths';
import { GATEWAY_DEFAULT_PORT, SUBGRAPHS, type SubgraphName } from '../../lib/subgraphs';
import { defaultGatewaySettings, type GatewaySettings, type IntrospectionPolicy } from './settings';

export interface GatewayConfig {
  readonly port: number;
  readonly host: string;
  readonly jwt: JwtConfig;
  /** Where each subgraph answers; overrides the URLs baked into the supergraph file. */
  readonly subgraphUrls: Record<SubgraphName, string>;
  readonly supergraphPath: string;
  readonly production: boolean;
  readonly settings: GatewaySettings;
  readonly warnings: string[];
}

function flag(reader: EnvReader, name: string, fallback: boolean): boolean {
  const value = reader.oneOf(name, ['true', 'false'], fallback ? 'true' : 'false');
  return value === 'true';
}

function fieldList(reader: EnvReader, name: string, fallback: readonly string[]): readonly string[] {
  const value = reader.raw(name);
  if (value === undefined) return fallback;
  const names = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (!names.every((n) => /^[_A-Za-z][_0-9A-Za-z]*$/.test(n))) {
    reader.problems.push(`${name} must be a comma-separated list of GraphQL field names; got "${value}"`);
    return fallback;
  }
  return names;
}

/** The limits, timeouts and switches of settings.ts, each overridable by one variable. */
function readSettings(reader: EnvReader): GatewaySettings {
  const d = defaultGatewaySettings(reader.production);
  const int = (name: string, fallback: number) => reader.positiveInt(name, fallback);
  const timeout = int('SUBGRAPH_TIMEOUT_MS', d.subgraphTimeoutMs.public);
  const auditorTimeout = int('SUBGRAPH_TIMEOUT_AUDITOR_MS', d.subgraphTimeoutMs.auditor);
  const publicBody = int('BODY_LIMIT_PUBLIC_BYTES', d.bodyLimitBytes.public);
  const staffBody = int('BODY_LIMIT_STAFF_BYTES', d.bodyLimitBytes.staff);
  const importBody = int('BODY_LIMIT_IMPORT_BYTES', d.bodyLimitBytes.integration);
  return {
    maxTokens: int('MAX_QUERY_TOKENS', d.maxTokens),
    maxDepth: int('MAX_QUERY_DEPTH', d.maxDepth),
    maxAliases: int('MAX_QUERY_ALIASES', d.maxAliases),
    maxRootFields: int('MAX_ROOT_FIELDS', d.maxRootFields),
    costLimit: {
      public: int('COST_LIMIT_PUBLIC', d.costLimit.public),
      staff: int('COST_LIMIT_STAFF', d.costLimit.staff),
      integration: int('COST_LIMIT_INTEGRATION', d.costLimit.integration),
      auditor: int('COST_LIMIT_AUDITOR', d.costLimit.auditor),
      admin: int('COST_LIMIT_ADMIN', d.costLimit.admin),
    },
    bodyLimitBytes: { public: publicBody, staff: staffBody, auditor: staffBody, integration: importBody, admin: importBody },
    subgraphTimeoutMs: { public: timeout, staff: timeout, integration: timeout, auditor: auditorTimeout, admin: auditorTimeout },
    slowRootFields: fieldList(reader, 'SLOW_ROOT_FIELDS', d.slowRootFields),
    slowFieldTimeoutMs: int('SLOW_FIELD_TIMEOUT_MS', d.slowFieldTimeoutMs),
    rateLimit: {
      max: int('RATE_LIMIT_MAX', d.rateLimit.max),
      windowMs: int('RATE_LIMIT_WINDOW_SECONDS', d.rateLimit.windowMs / 1000) * 1000,
      fields: fieldList(reader, 'RATE_LIMITED_FIELDS', d.rateLimit.fields),
      trustProxy: flag(reader, 'RATE_LIMIT_TRUST_PROXY', d.rateLimit.trustProxy),
    },
    introspection: reader.oneOf<IntrospectionPolicy>('INTROSPECTION', ['all', 'signed-in', 'off'], d.introspection),
    shutdownGraceMs: int('SHUTDOWN_GRACE_MS', d.shutdownGraceMs),
    readyTimeoutMs: int('READY_TIMEOUT_MS', d.readyTimeoutMs),
    watchSupergraph: flag(reader, 'SUPERGRAPH_WATCH', d.watchSupergraph),
    subgraphMaxSockets: int('SUBGRAPH_MAX_SOCKETS', d.subgraphMaxSockets),
    subgraphBatchMax: int('SUBGRAPH_BATCH_MAX', d.subgraphBatchMax),
    responseCache: flag(reader, 'RESPONSE_CACHE', d.responseCache !== null)
      ? {
          maxEntries: int('RESPONSE_CACHE_MAX_ENTRIES', d.responseCache?.maxEntries ?? 10_000),
          maxBytes: int('RESPONSE_CACHE_MAX_MB', (d.responseCache?.maxBytes ?? 64 * 1024 * 1024) / 1024 / 1024) * 1024 * 1024,
        }
      : null,
    singleFetchShortcut: flag(reader, 'SINGLE_FETCH_SHORTCUT', d.singleFetchShortcut),
    singleFetchFastLane: flag(reader, 'SINGLE_FETCH_FAST_LANE', d.singleFetchFastLane),
    workers: workerCount(reader),
    metricsToken: readMetricsToken(reader, 'gateway'),
  };
}

/** GATEWAY_WORKERS: a number, or `auto` for one per core. */
function workerCount(reader: EnvReader): number {
  const value = reader.raw('GATEWAY_WORKERS');
  if (value === undefined) return 1;
  if (value === 'auto') return availableParallelism();
  return reader.positiveInt('GATEWAY_WORKERS', 1);
}

export function readGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const reader = new EnvReader(env);
  const subgraphUrls = Object.fromEntries(
    SUBGRAPHS.map((s) => [s.name, reader.url(`${s.envPrefix}_URL`, `http://localhost:${s.defaultPort}/graphql`)]),
  ) as Record<SubgraphName, string>;
  const config: GatewayConfig = {
    port: reader.port('PORT', GATEWAY_DEFAULT_PORT),
    host: reader.raw('HOST') ?? '0.0.0.0',
    jwt: reader.jwt(),
    subgraphUrls,
    supergraphPath: reader.raw('SUPERGRAPH_PATH') ?? SUPERGRAPH_FILE,
    production: reader.production,
    settings: readSettings(reader),
    warnings: reader.warnings,
  };
  reader.done();
  return config;
}
