import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TokenVerifier } from '../../lib/auth';
import type { Logger } from '../../lib/logger';
import type { SubgraphName } from '../../lib/subgraphs';
import { startApolloGateway, type SharedState } from './apollo';
import { createGatewayHttpHandler } from './http';
import { loadListSizeEstimates } from './limits/list-sizes';
import { createGatewayMetrics, type GatewayMetrics } from './metrics';
import { defaultGatewaySettings, type GatewaySettings } from './settings';

export interface GatewayDeps {
  /** A fixed supergraph (tests compose one in memory)... */
  readonly supergraphSdl?: string;
  /** ...or the supergraph file, reloaded when it changes (settings.watchSupergraph). */
  readonly supergraphPath?: string;
  readonly subgraphUrls: Record<SubgraphName, string>;
  readonly verifyToken: TokenVerifier;
  readonly logger: Logger;
  readonly production: boolean;
  /** Overrides of the defaults of settings.ts. */
  readonly settings?: Partial<GatewaySettings>;
  /** Collect Node process metrics too (the gateway process does; tests need not). */
  readonly processMetrics?: boolean;
  /** In a cluster worker: the state shared with the other workers through the primary. */
  readonly shared?: SharedState & { metrics(): Promise<{ text: string; contentType: string }> };
}

export interface GatewayServer {
  readonly handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  readonly settings: GatewaySettings;
  readonly metrics: GatewayMetrics;
  /** Stop taking new work: /ready answers 503 and responses close their connections. */
  startDraining(): void;
  stop(): Promise<void>;
}

export async function createGatewayServer(deps: GatewayDeps): Promise<GatewayServer> {
  const { logger } = deps;
  const settings: GatewaySettings = { ...defaultGatewaySettings(deps.production), ...deps.settings };
  const metrics = createGatewayMetrics({ defaultMetrics: deps.processMetrics });
  loadListSizeEstimates();
  let supergraph;
  if (deps.supergraphPath !== undefined) supergraph = { path: deps.supergraphPath };
  else if (deps.supergraphSdl !== undefined) supergraph = { sdl: deps.supergraphSdl };
  else throw new Error('createGatewayServer needs a supergraphSdl or a supergraphPath');
  const apollo = await startApolloGateway({ supergraph, subgraphUrls: deps.subgraphUrls, settings, metrics, logger, shared: deps.shared });
  const server = apollo.server;

  let supergraphLoaded = true;
  let draining = false;
  const handle = createGatewayHttpHandler({
    server,
    fastLane: apollo.fastLane,
    subgraphUrls: deps.subgraphUrls,
    verifyToken: deps.verifyToken,
    settings,
    metrics,
    logger,
    state: () => ({ supergraphLoaded, draining }),
    clusterMetrics: deps.shared ? () => deps.shared!.metrics() : undefined,
  });

  // Responses not yet finished: when draining starts, each is told to close its connection.
  const unfinished = new Set<ServerResponse>();
  async function handler(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (draining) res.setHeader('connection', 'close');
    unfinished.add(res);
    res.once('close', () => unfinished.delete(res));
    await handle(req, res);
  }

  return {
    handler,
    settings,
    metrics,
    startDraining() {
      draining = true;
      // Keep-alive would hold their sockets open after the answer, and the drain would wait for them.
      for (const res of unfinished) if (!res.headersSent) res.setHeader('connection', 'close');
    },
    async stop() {
      supergraphLoaded = false;
      await apollo.stop();
    },
  };
}
