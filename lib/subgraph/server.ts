import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { DocumentNode } from 'graphql';
import type { TokenVerifier } from '../auth';
import type { Database } from '../db/database';
import { formatErrorForClient } from '../format-error';
import type { GatewayClient } from '../gateway-client';
import { createGraphQLHttpHandler, sendJson } from '../http/graphql-handler';
import { metricsRoute } from '../http/metrics-route';
import type { Logger } from '../logger';
import type { SubgraphName } from '../subgraphs';
import { applyCacheHints, type CacheHints } from './cache-hints';
import { createBaseContext, type BaseContext } from './context';
import { createSubgraphMetrics } from './metrics';

/** Everything a subgraph server needs from its process: built once, shared by all requests. */
export interface SubgraphDeps {
  readonly db: Database;
  readonly verifyToken: TokenVerifier;
  readonly logger: Logger;
  readonly personKeySecret: string;
  readonly production: boolean;
  /** The gateway, called as a service (lib/gateway-client.ts); only subgraphs that read other domains get one. */
  readonly gateway?: GatewayClient;
  /** The bearer token /metrics asks for (METRICS_TOKEN); none: /metrics is open. */
  readonly metricsToken?: string | null;
}

/** A subgraph: its SDL, its resolvers and how it extends the base context with data sources. */
export interface SubgraphDefinition<TContext extends BaseContext> {
  readonly name: SubgraphName;
  readonly typeDefs: DocumentNode;
  /** The generated resolver types are stricter than @apollo/subgraph's map; both describe the same object. */
  readonly resolvers: object;
  createContext(base: BaseContext): TContext;
  /** How long the gateway may keep this subgraph's public answers (none: never). */
  readonly cacheHints?: CacheHints;
}

export interface SubgraphServer {
  readonly handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  stop(): Promise<void>;
}

/**
 * The most operations the gateway may send in one batch (lib/http/request-batch.ts). Its own
 * setting (SUBGRAPH_BATCH_MAX) is what decides; this only bounds what one POST can ask for.
 */
const SUBGRAPH_BATCH_LIMIT = 32;

/** Subgraphs sit behind the gateway; a body this large is already an abuse. */
const SUBGRAPH_MAX_BODY_BYTES = 8 * 1024 * 1024;

export async function createSubgraphServer<TContext extends BaseContext>(
  definition: SubgraphDefinition<TContext>,
  deps: SubgraphDeps,
): Promise<SubgraphServer> {
  const logger = deps.logger;
  const server = new ApolloServer<TContext>({
    schema: applyCacheHints(
      buildSubgraphSchema({
        typeDefs: definition.typeDefs,
        resolvers: definition.resolvers as GraphQLResolverMap<unknown>,
      }),
      definition.cacheHints ?? { rootFields: {}, types: {} },
    ),
    introspection: !deps.production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // Our process owns its signals: it drains HTTP first, then stops the server, then the store.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => formatErrorForClient(formatted, error, logger),
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginLandingPageDisabled()],
  });
  await server.start();

  const metrics = createSubgraphMetrics(definition.name, deps.db.knex);
  const handler = createGraphQLHttpHandler<TContext>({
    server,
    maxBodyBytes: SUBGRAPH_MAX_BODY_BYTES,
    batchLimit: SUBGRAPH_BATCH_LIMIT,
    logger,
    async buildContext(req, requestId) {
      const authorization = req.headers.authorization;
      // Subgraphs never trust the gateway's word for who calls: they verify the token again.
      const principal = await deps.verifyToken(authorization);
      return definition.createContext(
        createBaseContext({
          principal,
          requestId,
          logger: logger.child({ requestId }),
          db: deps.db,
          authorization,
          personKeySecret: deps.personKeySecret,
          gateway: deps.gateway,
        }),
      );
    },
    onResponse: ({ status, stats, ms }) => metrics.observe(status, stats.statements, ms),
    routes: {
      '/metrics': metricsRoute(deps.metricsToken ?? null, `${definition.name} subgraph`, async () => ({
        text: await metrics.registry.metrics(),
        contentType: metrics.registry.contentType,
      })),
      '/health': (_req, res) => sendJson(res, 200, { status: 'ok', subgraph: definition.name }),
      '/ready': async (_req, res) => {
        try {
          await deps.db.knex.raw('select 1');
          sendJson(res, 200, { status: 'ready', subgraph: definition.name });
        } catch (err) {
          logger.warn({ err }, 'readiness check: database not answering');
          sendJson(res, 503, { status: 'unavailable', subgraph: definition.name });
        }
      },
    },
  });
  return { handler, stop: () => server.stop() };
}
