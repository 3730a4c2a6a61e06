import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { MaxIntrospectionDepthRule } from 'graphql';
import type { Principal, TokenVerifier } from '../../lib/auth';
import { createGraphQLHttpHandler, REQUEST_ID_HEADER, requestIdOf, sendJson } from '../../lib/http/graphql-handler';
import type { Logger } from '../../lib/logger';
import type { SubgraphName } from '../../lib/subgraphs';
import type { GatewayContext, RequestRecord } from './context';
import { formatGatewayError } from './format-error';
import { limitsPlugin } from './limits/limits-plugin';
import { RateLimiter } from './limits/rate-limiter';
import { createGatewayMetrics, type GatewayMetrics } from './metrics';
import { outcomePlugin } from './outcome-plugin';
import { checkReadiness } from './readiness';
import { defaultGatewaySettings, limitFor, type GatewaySettings } from './settings';
import { SubgraphDataSource } from './subgraph-datasource';
import { SupergraphFile } from './supergraph-file';
import { workbenchRoutes } from './workbench/routes';

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
}

export interface GatewayServer {
  readonly handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  readonly settings: GatewaySettings;
  readonly metrics: GatewayMetrics;
  /** Stop taking new work: /ready answers 503 and responses close their connections. */
  startDraining(): void;
  stop(): Promise<void>;
}

/** HTTP statuses of requests Apollo never served (refused by the HTTP layer or the token check). */
const OUTCOME_OF_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  404: 'NOT_FOUND',
  413: 'BODY_TOO_LARGE',
};

export async function createGatewayServer(deps: GatewayDeps): Promise<GatewayServer> {
  const { logger } = deps;
  const settings: GatewaySettings = { ...defaultGatewaySettings(deps.production), ...deps.settings };
  const metrics = createGatewayMetrics({ defaultMetrics: deps.processMetrics });
  let supergraphSdl;
  if (deps.supergraphPath !== undefined) {
    supergraphSdl = new SupergraphFile(deps.supergraphPath, { watch: settings.watchSupergraph, logger, metrics });
  } else if (deps.supergraphSdl !== undefined) {
    supergraphSdl = deps.supergraphSdl;
  } else {
    throw new Error('createGatewayServer needs a supergraphSdl or a supergraphPath');
  }
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) =>
      new SubgraphDataSource({
        name,
        url: deps.subgraphUrls[name as SubgraphName] ?? url,
        timeoutsMs: settings.subgraphTimeoutMs,
        metrics,
        logger,
      }),
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
  let supergraphLoaded = true;
  let draining = false;

  // The token is verified once per request: first to choose the body limit, then for the context.
  const callers = new WeakMap<IncomingMessage, Promise<Principal>>();
  const callerOf = (req: IncomingMessage) => {
    let caller = callers.get(req);
    if (!caller) {
      caller = deps.verifyToken(req.headers.authorization);
      // Rejections are handled where the context is built (a 401); this only silences the copy.
      caller.catch(() => undefined);
      callers.set(req, caller);
    }
    return caller;
  };
  const records = new WeakMap<IncomingMessage, RequestRecord>();
  const clientAddressOf = (req: IncomingMessage) => {
    const forwarded = settings.rateLimit.trustProxy ? String(req.headers['x-forwarded-for'] ?? '').split(',')[0].trim() : '';
    return forwarded || req.socket.remoteAddress || 'unknown';
  };

  const graphql = createGraphQLHttpHandler<GatewayContext>({
    server,
    async maxBodyBytes(req) {
      try {
        return limitFor(await callerOf(req), settings.bodyLimitBytes);
      } catch {
        // A bad token: the public's limit while the body is read; the context then answers 401.
        return settings.bodyLimitBytes.public;
      }
    },
    async buildContext(req, requestId) {
      const authorization = req.headers.authorization;
      const record = records.get(req) ?? {};
      const principal = await callerOf(req);
      record.caller = principal.sub ?? undefined;
      return { principal, authorization, requestId, clientAddress: clientAddressOf(req), record };
    },
    routes: {
      '/health': (_req, res) => sendJson(res, 200, { status: 'ok' }),
      '/ready': async (_req, res) => {
        const readiness = await checkReadiness({
          subgraphUrls: deps.subgraphUrls,
          supergraphLoaded,
          draining,
          timeoutMs: settings.readyTimeoutMs,
          metrics,
          logger,
        });
        sendJson(res, readiness.ready ? 200 : 503, readiness);
      },
      '/metrics': async (_req, res) => {
        const text = await metrics.registry.metrics();
        res.writeHead(200, { 'content-type': metrics.registry.contentType });
        res.end(text);
      },
      ...workbenchRoutes(),
    },
  });

  // Responses not yet finished: when draining starts, each is told to close its connection.
  const unfinished = new Set<ServerResponse>();

  async function handler(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // One id for the whole request: the lib handler, the subgraphs and the log all read it here.
    const requestId = requestIdOf(req);
    req.headers[REQUEST_ID_HEADER] = requestId;
    if (draining) res.setHeader('connection', 'close');
    unfinished.add(res);
    res.once('close', () => unfinished.delete(res));
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (pathname !== '/graphql') return graphql(req, res);
    if (req.method === 'GET' && !req.url?.includes('?') && /text\/html/.test(String(req.headers.accept))) {
      // A browser opening the endpoint wants the workbench.
      res.writeHead(302, { location: '/graphiql' });
      res.end();
      return;
    }
    const record: RequestRecord = {};
    records.set(req, record);
    const started = performance.now();
    metrics.inFlight.inc();
    res.once('close', () => {
      metrics.inFlight.dec();
      const operation = metrics.operationLabel(record.operationName);
      const outcome = record.outcome ?? OUTCOME_OF_STATUS[res.statusCode] ?? `HTTP_${res.statusCode}`;
      const ms = performance.now() - started;
      metrics.requests.inc({ operation, outcome });
      metrics.requestDuration.observe({ operation }, ms / 1000);
      logger.info(
        { requestId, operation, outcome, status: res.statusCode, ms: Math.round(ms), caller: record.caller ?? null },
        'graphql request',
      );
    });
    await graphql(req, res);
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
      await server.stop();
    },
  };
}
