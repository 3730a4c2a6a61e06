import { availableParallelism } from 'node:os';
import { ConfigError } from '../../../lib/config';
import { readGatewayConfig } from '../config';
import { defaultGatewaySettings, limitFor, RATE_LIMITED_FIELDS } from '../settings';
import type { Principal } from '../../../lib/auth';

const SECRET = 'a-production-secret-0123456789abcdef0123';

describe('readGatewayConfig', () => {
  it('uses the defaults of settings.ts when nothing is set', () => {
    const config = readGatewayConfig({});
    expect(config.settings).toEqual(defaultGatewaySettings(false));
    expect(config.settings.rateLimit.fields).toEqual(RATE_LIMITED_FIELDS);
    expect(config.settings.introspection).toBe('all');
    expect(readGatewayConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET }).settings.introspection).toBe('signed-in');
  });

  it('reads every limit, timeout and switch from its variable', () => {
    const { settings } = readGatewayConfig({
      SUBGRAPH_TIMEOUT_MS: '2000',
      SUBGRAPH_TIMEOUT_AUDITOR_MS: '9000',
      SLOW_ROOT_FIELDS: 'runComparison',
      SLOW_FIELD_TIMEOUT_MS: '60000',
      MAX_QUERY_TOKENS: '3000',
      MAX_QUERY_DEPTH: '8',
      MAX_QUERY_ALIASES: '15',
      MAX_ROOT_FIELDS: '4',
      COST_LIMIT_PUBLIC: '500',
      COST_LIMIT_STAFF: '4000',
      COST_LIMIT_INTEGRATION: '6000',
      COST_LIMIT_AUDITOR: '30000',
      COST_LIMIT_ADMIN: '90000',
      BODY_LIMIT_PUBLIC_BYTES: '65536',
      BODY_LIMIT_STAFF_BYTES: '1048576',
      BODY_LIMIT_IMPORT_BYTES: '4194304',
      RATE_LIMIT_MAX: '5',
      RATE_LIMIT_WINDOW_SECONDS: '30',
      RATE_LIMITED_FIELDS: 'mySubsidies, submitComplaint',
      RATE_LIMIT_TRUST_PROXY: 'true',
      INTROSPECTION: 'off',
      SHUTDOWN_GRACE_MS: '5000',
      READY_TIMEOUT_MS: '1000',
      SUPERGRAPH_WATCH: 'false',
      SUBGRAPH_MAX_SOCKETS: '16',
      SUBGRAPH_BATCH_MAX: '4',
      RESPONSE_CACHE: 'true',
      RESPONSE_CACHE_MAX_ENTRIES: '500',
      RESPONSE_CACHE_MAX_MB: '8',
      SINGLE_FETCH_SHORTCUT: 'false',
      SINGLE_FETCH_FAST_LANE: 'false',
      GATEWAY_WORKERS: '3',
      METRICS_TOKEN: 'scrape-token-0123456789',
    });
    expect(settings).toEqual({
      maxTokens: 3000,
      maxDepth: 8,
      maxAliases: 15,
      maxRootFields: 4,
      costLimit: { public: 500, staff: 4000, integration: 6000, auditor: 30000, admin: 90000 },
      bodyLimitBytes: { public: 65536, staff: 1048576, auditor: 1048576, integration: 4194304, admin: 4194304 },
      subgraphTimeoutMs: { public: 2000, staff: 2000, integration: 2000, auditor: 9000, admin: 9000 },
      slowRootFields: ['runComparison'],
      slowFieldTimeoutMs: 60000,
      rateLimit: { max: 5, windowMs: 30_000, fields: ['mySubsidies', 'submitComplaint'], trustProxy: true },
      introspection: 'off',
      shutdownGraceMs: 5000,
      readyTimeoutMs: 1000,
      watchSupergraph: false,
      subgraphMaxSockets: 16,
      subgraphBatchMax: 4,
      responseCache: { maxEntries: 500, maxBytes: 8 * 1024 * 1024 },
      singleFetchShortcut: false,
      singleFetchFastLane: false,
      workers: 3,
      metricsToken: 'scrape-token-0123456789',
    });
  });

  it('leaves /metrics open without METRICS_TOKEN, warns about it in production, and refuses a short token', () => {
    expect(readGatewayConfig({}).settings.metricsToken).toBeNull();
    expect(readGatewayConfig({}).warnings.filter((w) => w.startsWith('METRICS_TOKEN'))).toEqual([]);
    expect(readGatewayConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET }).warnings.filter((w) => w.startsWith('METRICS_TOKEN'))).toEqual([
      'METRICS_TOKEN is not set: /metrics is open to anyone who reaches the gateway; set it, or keep the port inside the network boundary',
    ]);
    expect(() => readGatewayConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN must be at least 16 characters; got 5/);
  });

  it('keeps the response cache off outside production unless RESPONSE_CACHE=true, and takes a worker per core with GATEWAY_WORKERS=auto', () => {
    const { settings } = readGatewayConfig({ GATEWAY_WORKERS: 'auto' });
    expect(settings.responseCache).toBeNull();
    expect(settings.workers).toBe(availableParallelism());
    expect(defaultGatewaySettings(true).responseCache).toEqual({ maxEntries: 10_000, maxBytes: 64 * 1024 * 1024 });
  });

  it('names every bad variable at once', () => {
    let error: unknown;
    try {
      readGatewayConfig({ MAX_QUERY_DEPTH: 'deep', RATE_LIMIT_TRUST_PROXY: 'yes', INTROSPECTION: 'staff', RATE_LIMITED_FIELDS: 'my-subsidies' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      'MAX_QUERY_DEPTH must be a whole number above 0; got "deep"',
      'RATE_LIMITED_FIELDS must be a comma-separated list of GraphQL field names; got "my-subsidies"',
      'RATE_LIMIT_TRUST_PROXY must be one of true, false; got "yes"',
      'INTROSPECTION must be one of all, signed-in, off; got "staff"',
    ]);
  });
});

describe('limitFor', () => {
  const limits = { public: 1, staff: 2, integration: 3, auditor: 4, admin: 5 };
  const caller = (roles: Principal['roles']): Principal => ({ kind: 'user', sub: 's', name: null, roles, dept: null, region: '43' });

  it('gives each caller the most generous limit among their roles', () => {
    expect(limitFor({ kind: 'anonymous', sub: null, name: null, roles: [], dept: null, region: null }, limits)).toBe(1);
    expect(limitFor(caller(['staff']), limits)).toBe(2);
    expect(limitFor(caller(['inspector']), limits)).toBe(4);
    expect(limitFor(caller(['service']), limits)).toBe(4);
    expect(limitFor(caller(['staff', 'integration']), limits)).toBe(3);
    expect(limitFor(caller(['admin', 'staff']), limits)).toBe(5);
  });
});
