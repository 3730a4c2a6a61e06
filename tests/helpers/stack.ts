import { createTokenVerifier } from '../../lib/auth';
import type { Database, Dialect } from '../../lib/db/database';
import { listen, type Listening } from '../../lib/http/listen';
import { createLogger } from '../../lib/logger';
import { prepareStore } from '../../lib/subgraph/store';
import { SUBGRAPHS, type SubgraphName } from '../../lib/subgraphs';
import { composeSupergraph } from '../../gateway/src/compose';
import { createGatewayServer } from '../../gateway/src/server';
import { createTestDatabase, type TestDatabase } from './databases';
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
      verifyToken,
      logger,
      personKeySecret: TEST_PERSON_KEY_SECRET,
      production: false,
    });
    const listening: Listening = await listen(server.handler, 0, logger, '127.0.0.1');
    return {
      name,
      url: listening.url,
      port: listening.port,
      db: database.db,
      query: queryFn(listening.url),
      async stop() {
        await listening.close();
        await server.stop();
        await database.drop();
      },
    };
  } catch (err) {
    await database.drop();
    throw err;
  }
}

export interface Stack {
  readonly gatewayUrl: string;
  readonly subgraphs: Record<SubgraphName, RunningSubgraph>;
  /** Queries through the gateway. */
  query: QueryFn;
  /** SQL statements each store has received since its database was opened. */
  statements(): Record<SubgraphName, number>;
  stop(): Promise<void>;
}

export async function startStack(dialect: Dialect, options: SubgraphOptions = {}): Promise<Stack> {
  const started: RunningSubgraph[] = [];
  try {
    for (const s of SUBGRAPHS) started.push(await startSubgraph(s.name, dialect, options));
  } catch (err) {
    await Promise.all(started.map((s) => s.stop()));
    throw err;
  }
  const subgraphs = Object.fromEntries(started.map((s) => [s.name, s])) as Record<SubgraphName, RunningSubgraph>;
  const urls = Object.fromEntries(started.map((s) => [s.name, s.url])) as Record<SubgraphName, string>;
  const gateway = await createGatewayServer({
    supergraphSdl: composeSupergraph(urls),
    subgraphUrls: urls,
    verifyToken,
    logger,
    production: false,
  });
  const listening = await listen(gateway.handler, 0, logger, '127.0.0.1');
  return {
    gatewayUrl: listening.url,
    subgraphs,
    query: queryFn(listening.url),
    statements: () =>
      Object.fromEntries(started.map((s) => [s.name, s.db.statements.total])) as Record<SubgraphName, number>,
    async stop() {
      await listening.close();
      await gateway.stop();
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
