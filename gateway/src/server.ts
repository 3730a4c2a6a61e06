import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { TokenVerifier } from '../../lib/auth';
import { formatErrorForClient } from '../../lib/format-error';
import { createGraphQLHttpHandler, sendJson } from '../../lib/http/graphql-handler';
import type { Logger } from '../../lib/logger';
import type { SubgraphName } from '../../lib/subgraphs';
import type { GatewayContext } from './context';
import { SubgraphDataSource } from './subgraph-datasource';

export interface GatewayDeps {
  readonly supergraphSdl: string;
  readonly subgraphUrls: Record<SubgraphName, string>;
  readonly verifyToken: TokenVerifier;
  readonly logger: Logger;
  readonly production: boolean;
}

/** Largest GraphQL request body the gateway reads. */
const MAX_BODY_BYTES = 1024 * 1024;

export async function createGatewayServer(deps: GatewayDeps) {
  const { logger } = deps;
  const gateway = new ApolloGateway({
    supergraphSdl: deps.supergraphSdl,
    buildService: ({ name, url }) =>
      new SubgraphDataSource({ url: deps.subgraphUrls[name as SubgraphName] ?? url }),
  });
  const server = new ApolloServer<GatewayContext>({
    gateway,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // Our process owns its signals: it drains HTTP first, then stops the server, then the store.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => formatErrorForClient(formatted, error, logger),
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
  await server.start();

  const handler = createGraphQLHttpHandler<GatewayContext>({
    server,
    maxBodyBytes: MAX_BODY_BYTES,
    async buildContext(req, requestId) {
      const authorization = req.headers.authorization;
      return { principal: await deps.verifyToken(authorization), authorization, requestId };
    },
    routes: {
      '/health': (_req, res) => sendJson(res, 200, { status: 'ok' }),
    },
  });
  return { handler, stop: () => server.stop() };
}
