import { createTokenVerifier, type TokenVerifier } from '../../lib/auth';
import type { Database, Dialect } from '../../lib/db/database';
import { createGatewayClient, serviceTokenSource, type ServiceTokenSource } from '../../lib/gateway-client';
import { listen, type Listening } from '../../lib/http/listen';
import { createLogger } from '../../lib/logger';
import { prepareStore } from '../../lib/subgraph/store';
import { SUBGRAPHS, type SubgraphName } from '../../lib/subgraphs';
import { composeSupergraph } from '../../gateway/src/compose';
import { serveGateway } from '../../gateway/src/serve';
import { createGatewayServer, type GatewayServer } from '../../gateway/src/server';
import type { GatewaySettings } from '../../gateway/src/settings';
import type { Logger } from '../../lib/logger';
import { createTestDatabase, type TestDatabase } from './databases';
import { startSubgraphProxy, type SubgraphProxy } from './subgraph-proxy';
import { SUBGRAPH_MODULES } from './subgraph-modules';
import { TEST_JWT_SECRET, TEST_PERSON_KEY_SECRET } from './tokens';

/**
 * Starts subgraphs (and a gateway) in this process on ephemeral ports, each over its own fresh
 * database of the dialect, seeded with the city-scale demo data over Chenzhou. Modelled on
 * @apollo/gateway's own test helper: everything a test needs, and one `stop()`.
 */

const logger = createLogger('test', process.env.LOG_LEVEL ?? 'silent');
const verifyToken = createTokenVerifier({ kind: 'secret', secret: TEST_JWT_SECRET });

export interface RunningSubgraph {
  readonly name: SubgraphName;
  readonly url: string;
  readonly port: number;
  readonly db: Database;
  /** Queries this subgraph directly, bypassing the gateway. */
  query: QueryFn;
  /** Closes its HTTP port at once (open connections cut), as if the process died; the store stays. */
  kill(): Promise<void>;
  /** Listens again on the same port after `kill()`. */
  revive(): Promise<void>;
  stop(): Promise<void>;
}

export interface GraphQLResponse<T = any> {
  status: number;
  headers: Headers;
  body: { data?: T; errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, any> }> };
}

export interface QueryOptions {
  token?: string;
  headers?: Record<string, string>;
}

export type QueryFn = <T = any>(query: string, variables?: Record<string, unknown>, options?: QueryOptions) => Promise<GraphQLResponse<T>>;

export function queryFn(url: string): QueryFn {
  return async (query, variables, options = {}) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, headers: res.headers, body: (await res.json()) as GraphQLResponse['body'] };
  };
}

export interface SubgraphOptions {
  /** Skip the demo seed: the store has only the divisions. */
  seed?: boolean;
  /**
   * The gateway URL the subgraph calls as a service (lib/gateway-client.ts), read at each call:
   * the gateway starts after the subgraphs. startStack passes its own gateway's.
   */
  gatewayUrl?: () => string;
  /** The bearer token the subgraph's /metrics asks for; none leaves it open. */
  metricsToken?: string;
  /** How the subgraph verifies tokens (default: HS256 with TEST_JWT_SECRET). */
  verifyToken?: TokenVerifier;
  /** The token of its calls to the gateway (default: signed with TEST_JWT_SECRET for the service role). */
  serviceToken?: ServiceTokenSource;
}

export async function startSubgraph(name: SubgraphName, dialect: Dialect, options: SubgraphOptions = {}): Promise<RunningSubgraph> {
  const parts = SUBGRAPH_MODULES[name];
  const database: TestDatabase = await createTestDatabase(dialect, name);
  try {
    await prepareStore(database.db, {
      migrations: parts.migrations,
      seed: parts.seed,
      scale: options.seed === false ? 'none' : 'city',
      logger,
      personKeySecret: TEST_PERSON_KEY_SECRET,
      divisionsUnder: '4310',
    });
    const server = await parts.createServer({
      db: database.db,
      verifyToken: options.verifyToken ?? verifyToken,
      logger,
      personKeySecret: TEST_PERSON_KEY_SECRET,
      production: false,
      metricsToken: options.metricsToken ?? null,
      gateway: options.gatewayUrl
        ? createGatewayClient({
            url: options.gatewayUrl,
            token:
              options.serviceToken ??
              serviceTokenSource({ kind: 'secret', secret: TEST_JWT_SECRET }, { sub: `${name}-subgraph`, region: '43' }, null, logger),
          })
        : undefined,
    });
    let listening: Listening | null = await listen(server.handler, 0, logger, '127.0.0.1');
    const { port, url } = listening;
    const kill = async () => {
      if (!listening) return;
      const closing = listening.close();
      listening.server.closeAllConnections();
      listening = null;
      await closing;
    };
    return {
      name,
      url,
      port,
      db: database.db,
      query: queryFn(url),
      kill,
      async revive() {
        listening ??= await listen(server.handler, port, logger, '127.0.0.1');
      },
      async stop() {
        await kill();
        await server.stop();
        await database.drop();
      },
    };
  } catch (err) {
    await database.drop();
    throw err;
  }
}

export interface GatewayOptions {
  /** Overrides of the gateway's limits, timeouts and switches (gateway/src/settings.ts). */
  settings?: Partial<GatewaySettings>;
  /** Serve this supergraph file (watched when settings.watchSupergraph) instead of composing in memory. */
  supergraphPath?: string;
  production?: boolean;
  /** The gateway's logger (default: silent unless LOG_LEVEL is set). */
  logger?: Logger;
  /** How the gateway verifies tokens (default: HS256 with TEST_JWT_SECRET, like the subgraphs). */
  verifyToken?: TokenVerifier;
}

export interface RunningGateway {
  /** http://127.0.0.1:port (for /health, /ready, /metrics, /graphiql). */
  readonly origin: string;
  /** The GraphQL endpoint. */
  readonly url: string;
  readonly server: GatewayServer;
  query: QueryFn;
  /** Graceful shutdown: drains in-flight requests, then stops. Idempotent. */
  shutdown(): Promise<void>;
}

/** A gateway over subgraphs that are already running, on an ephemeral port. */
export async function startGateway(urls: Record<SubgraphName, string>, options: GatewayOptions = {}): Promise<RunningGateway> {
  const server = await createGatewayServer({
    ...(options.supergraphPath ? { supergraphPath: options.supergraphPath } : { supergraphSdl: composeSupergraph(urls) }),
    subgraphUrls: urls,
    verifyToken: options.verifyToken ?? verifyToken,
    logger: options.logger ?? logger,
    production: options.production ?? false,
    settings: options.settings,
  });
  const serving = await serveGateway(server, 0, options.logger ?? logger, '127.0.0.1');
  const url = `http://127.0.0.1:${serving.listening.port}/graphql`;
  return {
    origin: `http://127.0.0.1:${serving.listening.port}`,
    url,
    server,
    query: queryFn(url),
    shutdown: () => serving.shutdown(),
  };
}

export interface StackOptions extends SubgraphOptions {
  gateway?: GatewayOptions;
  /** Subgraphs the gateway reaches through a SubgraphProxy (see `stack.proxies`). */
  proxied?: SubgraphName[];
}

export interface Stack {
  readonly gatewayUrl: string;
  /** The gateway's origin, for /health, /ready, /metrics and /graphiql. */
  readonly origin: string;
  readonly gateway: RunningGateway;
  readonly subgraphs: Record<SubgraphName, RunningSubgraph>;
  readonly proxies: Partial<Record<SubgraphName, SubgraphProxy>>;
  /** Queries through the gateway. */
  query: QueryFn;
  /** SQL statements each store has received since its database was opened. */
  statements(): Record<SubgraphName, number>;
  stop(): Promise<void>;
}

export async function startStack(dialect: Dialect, options: StackOptions = {}): Promise<Stack> {
  const started: RunningSubgraph[] = [];
  let gatewayUrl: string | null = null;
  const lazyGatewayUrl = () => {
    if (gatewayUrl === null) throw new Error('the test gateway has not started yet');
    return gatewayUrl;
  };
  try {
    for (const s of SUBGRAPHS) started.push(await startSubgraph(s.name, dialect, { gatewayUrl: lazyGatewayUrl, ...options }));
  } catch (err) {
    await Promise.all(started.map((s) => s.stop()));
    throw err;
  }
  const subgraphs = Object.fromEntries(started.map((s) => [s.name, s])) as Record<SubgraphName, RunningSubgraph>;
  const urls = Object.fromEntries(started.map((s) => [s.name, s.url])) as Record<SubgraphName, string>;
  const proxies: Partial<Record<SubgraphName, SubgraphProxy>> = {};
  for (const name of options.proxied ?? []) {
    proxies[name] = await startSubgraphProxy(urls[name]);
    urls[name] = proxies[name]!.url;
  }
  const gateway = await startGateway(urls, options.gateway);
  gatewayUrl = gateway.url;
  return {
    gatewayUrl: gateway.url,
    origin: gateway.origin,
    gateway,
    subgraphs,
    proxies,
    query: gateway.query,
    statements: () =>
      Object.fromEntries(started.map((s) => [s.name, s.db.statements.total])) as Record<SubgraphName, number>,
    async stop() {
      await gateway.shutdown();
      await Promise.all(Object.values(proxies).map((p) => p.stop()));
      await Promise.all(started.map((s) => s.stop()));
    },
  };
}

/** Runs `fn` and returns how many SQL statements each store received meanwhile. */
export async function countStatements<T>(stack: Stack, fn: () => Promise<T>): Promise<{ result: T; statements: Record<SubgraphName, number> }> {
  const before = stack.statements();
  const result = await fn();
  const after = stack.statements();
  const statements = Object.fromEntries(
    SUBGRAPHS.map((s) => [s.name, after[s.name] - before[s.name]]),
  ) as Record<SubgraphName, number>;
  return { result, statements };
}
