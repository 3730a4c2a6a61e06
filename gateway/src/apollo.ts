import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { MaxIntrospectionDepthRule } from 'graphql';
import type { Logger } from '../../lib/logger';
import type { SubgraphName } from '../../lib/subgraphs';
import type { GatewayContext } from './context';
import { FastLane } from './fast-lane';
import { formatGatewayError } from './format-error';
import { limitsPlugin } from './limits/limits-plugin';
import { createOperationCheck, type LimitsDeps } from './limits/operation-check';
import { RateLimiter } from './limits/rate-limiter';
import type { GatewayMetrics } from './metrics';
import { outcomePlugin } from './outcome-plugin';
import { NO_PERSONAL_READS, personalReadsOf } from './personal-reads';
import { planSubgraphs } from './query-plan-subgraphs';
import { ResponseCache, responseCachePlugin } from './response-cache';
import type { GatewaySettings, ResponseCacheSettings } from './settings';
import { SingleFetchShortcut } from './single-fetch';
import { SubgraphDataSource } from './subgraph-datasource';
import { SupergraphFile } from './supergraph-file';

/** Operations whose single-fetch plan the shortcut remembers (the gateway's plan cache holds more). */
const SHORTCUT_MAX_OPERATIONS = 5000;

/** What a clustered worker shares with the others through the primary (cluster.ts). */
export interface SharedState {
  readonly rateLimiter: LimitsDeps['rateLimiter'];
  /** Tells the other workers which subgraphs a mutation wrote to. */
  broadcastInvalidation(subgraphs: string[]): void;
  /** Calls `listener` when another worker saw a mutation. */
  onInvalidation(listener: (subgraphs: string[]) => void): void;
}

export interface ApolloParts {
  /** A fixed supergraph, or the file to load (and watch, when settings.watchSupergraph). */
  readonly supergraph: { sdl: string } | { path: string };
  readonly subgraphUrls: Record<SubgraphName, string>;
  readonly settings: GatewaySettings;
  readonly metrics: GatewayMetrics;
  readonly logger: Logger;
  /** Set in a cluster worker; a single process keeps everything itself. */
  readonly shared?: SharedState;
}

export interface ApolloGatewayServer {
  readonly server: ApolloServer<GatewayContext>;
  /** The single-fetch shortcut taken before Apollo's pipeline (settings.singleFetchFastLane), or null. */
  readonly fastLane: FastLane | null;
  /** Stops the server and closes the connections kept open to the subgraphs. */
  stop(): Promise<void>;
}

/** The Apollo gateway over the supergraph, and the Apollo server around it with our limits. */
export async function startApolloGateway({ supergraph, subgraphUrls, settings, metrics, logger, shared }: ApolloParts): Promise<ApolloGatewayServer> {
  const dataSources = new Map<string, SubgraphDataSource>();
  // The subgraphs declare their personal reads in the supergraph; every load and reload says which.
  let personalReads = NO_PERSONAL_READS;
  const shortcut = settings.singleFetchShortcut
    ? new SingleFetchShortcut({
        dataSource: (name) => dataSources.get(name),
        maxEntries: SHORTCUT_MAX_OPERATIONS,
        onShortcut: (subgraph) => metrics.singleFetchShortcuts.inc({ subgraph }),
      })
    : null;
  const gateway = new ApolloGateway({
    supergraphSdl:
      'path' in supergraph
        ? new SupergraphFile(supergraph.path, { watch: settings.watchSupergraph, logger, metrics })
        : supergraph.sdl,
    buildService: ({ name, url }) => {
      const dataSource = new SubgraphDataSource({
        name,
        // The URLs in the supergraph file are the defaults; the gateway's configuration decides.
        url: subgraphUrls[name as SubgraphName] ?? url,
        timeoutsMs: settings.subgraphTimeoutMs,
        slowRootFields: new Set(settings.slowRootFields),
        personalReads: () => personalReads,
        slowFieldTimeoutMs: settings.slowFieldTimeoutMs,
        maxSockets: settings.subgraphMaxSockets,
        batchMax: settings.subgraphBatchMax,
        metrics,
        logger,
      });
      dataSources.set(name, dataSource);
      return dataSource;
    },
    // Which subgraphs each operation reads and writes: the response cache's tags; and whether
    // its plan is one fetch the shortcut can send by itself next time.
    experimental_didResolveQueryPlan: ({ queryPlan, requestContext, operationContext }) => {
      const record = (requestContext.context as Partial<GatewayContext> | undefined)?.record;
      if (record) record.plan = planSubgraphs(queryPlan);
      shortcut?.learn(requestContext, queryPlan, operationContext);
    },
    // Data sources see each subgraph operation as a document, to spot slow root fields cheaply.
    queryPlannerConfig: { exposeDocumentNodeInFetchNode: true },
  });
  gateway.onSchemaLoadOrUpdate(({ coreSupergraphSdl }) => {
    personalReads = personalReadsOf(coreSupergraphSdl);
  });
  const check = createOperationCheck({
    settings,
    rateLimiter: shared?.rateLimiter ?? new RateLimiter(settings.rateLimit.max, settings.rateLimit.windowMs),
    metrics,
  });
  const server = new ApolloServer<GatewayContext>({
    gateway: shortcut ? shortcut.wrap(gateway) : gateway,
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
      limitsPlugin(check),
      ...(settings.responseCache ? [cachePlugin(settings.responseCache, metrics, shared)] : []),
      outcomePlugin(),
    ],
  });
  await server.start();
  const fastLane =
    shortcut && settings.singleFetchFastLane
      ? new FastLane({
          shortcut,
          check,
          responseCache: settings.responseCache !== null,
          onOutcome: (outcome) => metrics.fastLane.inc({ outcome }),
        })
      : null;
  return {
    server,
    fastLane,
    async stop() {
      await server.stop();
      for (const dataSource of dataSources.values()) dataSource.close();
    },
  };
}

function cachePlugin(cacheSettings: ResponseCacheSettings, metrics: GatewayMetrics, shared: SharedState | undefined) {
  const cache = new ResponseCache(cacheSettings);
  shared?.onInvalidation((subgraphs) => cache.invalidate(subgraphs));
  return responseCachePlugin({
    cache,
    onInvalidate: (subgraphs) => shared?.broadcastInvalidation(subgraphs),
    onLookup: (hit) => metrics.responseCacheLookups.inc({ outcome: hit ? 'hit' : 'miss' }),
  });
}
