import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { MaxIntrospectionDepthRule } from 'graphql';
import type { Logger } from '../../lib/logger';
import type { SubgraphName } from '../../lib/subgraphs';
import type { GatewayContext } from './context';
import { formatGatewayError } from './format-error';
import { limitsPlugin } from './limits/limits-plugin';
import { RateLimiter } from './limits/rate-limiter';
import type { GatewayMetrics } from './metrics';
import { outcomePlugin } from './outcome-plugin';
import type { GatewaySettings } from './settings';
import { SubgraphDataSource } from './subgraph-datasource';
import { SupergraphFile } from './supergraph-file';

export interface ApolloParts {
  /** A fixed supergraph, or the file to load (and watch, when settings.watchSupergraph). */
  readonly supergraph: { sdl: string } | { path: string };
  readonly subgraphUrls: Record<SubgraphName, string>;
  readonly settings: GatewaySettings;
  readonly metrics: GatewayMetrics;
  readonly logger: Logger;
}

/** The Apollo gateway over the supergraph, and the Apollo server around it with our limits. */
export async function startApolloGateway({ supergraph, subgraphUrls, settings, metrics, logger }: ApolloParts) {
  const gateway = new ApolloGateway({
    supergraphSdl:
      'path' in supergraph
        ? new SupergraphFile(supergraph.path, { watch: settings.watchSupergraph, logger, metrics })
        : supergraph.sdl,
    buildService: ({ name, url }) =>
      new SubgraphDataSource({
        name,
        // The URLs in the supergraph file are the defaults; the gateway's configuration decides.
        url: subgraphUrls[name as SubgraphName] ?? url,
        timeoutsMs: settings.subgraphTimeoutMs,
        slowRootFields: new Set(settings.slowRootFields),
        slowFieldTimeoutMs: settings.slowFieldTimeoutMs,
        metrics,
        logger,
      }),
    // Data sources see each subgraph operation as a document, to spot slow root fields cheaply.
    queryPlannerConfig: { exposeDocumentNodeInFetchNode: true },
  });
  const server = new ApolloServer<GatewayContext>({
    gateway,
    // Who may introspect is decided per caller by the limits plugin (settings.introspection).
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // No "did you mean" field suggestions: they would spell out the schema to callers who may not introspect.
    hideSchemaDetailsFromClientErrors: settings.introspection !== 'all',
    parseOptions: { maxTokens: settings.maxTokens },
    validationRules: [MaxIntrospectionDepthRule],
    csrfPrevention: true,
    // Our process owns its signals: it drains HTTP first, then stops the server.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => formatGatewayError(formatted, error, logger),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      limitsPlugin({ settings, rateLimiter: new RateLimiter(settings.rateLimit.max, settings.rateLimit.windowMs), metrics }),
      outcomePlugin(),
    ],
  });
  await server.start();
  return server;
}
