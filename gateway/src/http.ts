import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { Principal, TokenVerifier } from '../../lib/auth';
import { createGraphQLHttpHandler, REQUEST_ID_HEADER, requestIdOf, sendJson } from '../../lib/http/graphql-handler';
import { metricsRoute } from '../../lib/http/metrics-route';
import type { Logger } from '../../lib/logger';
import type { SubgraphName } from '../../lib/subgraphs';
import type { GatewayContext, LaneHandoff, RequestRecord } from './context';
import type { FastLane } from './fast-lane';
import type { GatewayMetrics } from './metrics';
import { checkReadiness } from './readiness';
import { limitFor, type GatewaySettings } from './settings';
import { workbenchRoutes } from './workbench/routes';

export interface GatewayHttpParts {
  readonly server: ApolloServer<GatewayContext>;
  /** Answers plain single-fetch queries before Apollo's pipeline (fast-lane.ts); null for none. */
  readonly fastLane: FastLane | null;
  readonly subgraphUrls: Record<SubgraphName, string>;
  readonly verifyToken: TokenVerifier;
  readonly settings: GatewaySettings;
  readonly metrics: GatewayMetrics;
  readonly logger: Logger;
  /** Read at each /ready: the supergraph is loaded, and the gateway is not draining. */
  readonly state: () => { supergraphLoaded: boolean; draining: boolean };
  /** In a cluster worker: every worker's metrics summed (by the primary), not just this one's. */
  readonly clusterMetrics?: () => Promise<{ text: string; contentType: string }>;
}

/** HTTP statuses of requests Apollo never served (refused by the HTTP layer or the token check). */
const OUTCOME_OF_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  404: 'NOT_FOUND',
  413: 'BODY_TOO_LARGE',
};

/**
 * The gateway's HTTP layer: the token verified once per request (it chooses the body limit and
 * fills the context), one metrics sample and one log line per GraphQL request, and the plain
 * routes beside /graphql (/health, /ready, /metrics, the workbench).
 */
export function createGatewayHttpHandler(parts: GatewayHttpParts) {
  const { settings, metrics, logger } = parts;
  const callers = new WeakMap<IncomingMessage, Promise<Principal>>();
  const callerOf = (req: IncomingMessage) => {
    let caller = callers.get(req);
    if (!caller) {
      caller = parts.verifyToken(req.headers.authorization);
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

  // What the fast lane found for a request it then handed to Apollo: Apollo's context carries it.
  const handoffs = new WeakMap<IncomingMessage, LaneHandoff>();
  async function contextOf(req: IncomingMessage, requestId: string): Promise<GatewayContext> {
    const record = records.get(req) ?? {};
    const principal = await callerOf(req);
    record.caller = principal.sub ?? undefined;
    return {
      principal,
      authorization: req.headers.authorization,
      requestId,
      clientAddress: clientAddressOf(req),
      record,
      handoff: handoffs.get(req),
    };
  }
  const { fastLane } = parts;

  const graphql = createGraphQLHttpHandler<GatewayContext>({
    server: parts.server,
    countStatements: false,
    async maxBodyBytes(req) {
      try {
        return limitFor(await callerOf(req), settings.bodyLimitBytes);
      } catch {
        // A bad token: the public's limit while the body is read; the context then answers 401.
        return settings.bodyLimitBytes.public;
      }
    },
    buildContext: contextOf,
    answerFirst: fastLane
      ? async (req, body, requestId) => {
          const candidate = fastLane.candidate(body, req.headers);
          if (!candidate) return null;
          let context: GatewayContext;
          try {
            context = await contextOf(req, requestId);
          } catch {
            // A token that does not verify: Apollo's context answers the 401.
            return null;
          }
          const outcome = await fastLane.run(candidate, context);
          if (outcome.kind === 'answered') return outcome;
          if (outcome.handoff) handoffs.set(req, outcome.handoff);
          return null;
        }
      : undefined,
    routes: {
      '/health': (_req, res) => sendJson(res, 200, { status: 'ok' }),
      '/ready': async (_req, res) => {
        const readiness = await checkReadiness({
          subgraphUrls: parts.subgraphUrls,
          ...parts.state(),
          timeoutMs: settings.readyTimeoutMs,
          metrics,
          logger,
        });
        sendJson(res, readiness.ready ? 200 : 503, readiness);
      },
      '/metrics': metricsRoute(settings.metricsToken, 'gateway', async () =>
        parts.clusterMetrics ? parts.clusterMetrics() : { text: await metrics.registry.metrics(), contentType: metrics.registry.contentType },
      ),
      ...workbenchRoutes(),
    },
  });

  /** Samples and logs one GraphQL request once its response is done (or abandoned). */
  function observe(req: IncomingMessage, res: ServerResponse, requestId: string) {
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
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // One id for the whole request: the lib handler, the subgraphs and the log all read it here.
    const requestId = requestIdOf(req);
    req.headers[REQUEST_ID_HEADER] = requestId;
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== '/graphql') return graphql(req, res, url);
    if (req.method === 'GET' && !req.url?.includes('?') && /text\/html/.test(String(req.headers.accept))) {
      // A browser opening the endpoint wants the workbench.
      res.writeHead(302, { location: '/graphiql' });
      res.end();
      return;
    }
    observe(req, res, requestId);
    await graphql(req, res, url);
  };
}
