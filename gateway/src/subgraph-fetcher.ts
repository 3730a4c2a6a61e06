import { AsyncLocalStorage } from 'node:async_hooks';
import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { GatewayMetrics } from './metrics';
import { createSubgraphAgents, exchange, type SubgraphAgents } from './subgraph-http';

/**
 * The HTTP fetch from the gateway to one subgraph: over a bounded pool of keep-alive
 * connections (subgraph-http.ts), with a deadline (AbortSignal.timeout) that covers connecting,
 * waiting and reading the body; one retry after a connection error for queries; and in-flight
 * deduplication of identical queries of the same caller.
 *
 * RemoteGraphQLDataSource calls `fetcher(url, init)` without the request's context, so the
 * data source passes the per-call policy through AsyncLocalStorage.
 */

export interface FetchPolicy {
  readonly timeoutMs: number;
  /** A query (or an entity fetch): safe to retry once and to share with an identical call. */
  readonly idempotent: boolean;
}

type FetcherRequestInit = NonNullable<Parameters<RemoteGraphQLDataSource['fetcher']>[1]>;

export const fetchPolicy = new AsyncLocalStorage<FetchPolicy>();

/** Used for fetches without a request (the gateway's own checks). */
const DEFAULT_POLICY: FetchPolicy = { timeoutMs: 5000, idempotent: true };

export type FetchFailureKind = 'timeout' | 'unavailable';

/** A fetch that got no HTTP answer; `detail` is for the log only (it names hosts and ports). */
export class SubgraphFetchError extends Error {
  constructor(
    readonly kind: FetchFailureKind,
    readonly timeoutMs: number,
    readonly detail: unknown,
  ) {
    super(kind === 'timeout' ? `no answer within ${timeoutMs} ms` : 'connection failed');
    this.name = 'SubgraphFetchError';
  }
}

/** The parts of a response kept while it is shared by deduplicated callers. */
interface BufferedResponse {
  readonly status: number;
  readonly statusText: string;
  readonly headers: [string, string][];
  readonly body: string;
}

const CONNECTION_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function isConnectionError(err: unknown): boolean {
  const cause = (err as { cause?: { code?: unknown } } | null)?.cause;
  return typeof cause?.code === 'string' && CONNECTION_ERROR_CODES.has(cause.code);
}

function isTimeout(err: unknown, signal: AbortSignal): boolean {
  return signal.aborted || (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError'));
}

/** Connections kept open to one subgraph at most; further fetches wait for a free one. */
export const DEFAULT_MAX_SOCKETS = 64;

export interface SubgraphFetcherOptions {
  /** Keep-alive connections to the subgraph at most (a bounded pool per subgraph). */
  readonly maxSockets?: number;
}

export type SubgraphFetcher = ((url: string, init?: FetcherRequestInit) => Promise<Response>) & {
  /** Closes the kept-alive connections. */
  close(): void;
};

export function createSubgraphFetcher(subgraph: string, metrics: GatewayMetrics, options: SubgraphFetcherOptions = {}): SubgraphFetcher {
  const inFlight = new Map<string, Promise<BufferedResponse>>();
  const agents: SubgraphAgents = createSubgraphAgents(options.maxSockets ?? DEFAULT_MAX_SOCKETS);

  async function attempt(url: string, init: FetcherRequestInit, signal: AbortSignal): Promise<BufferedResponse> {
    const end = metrics.subgraphFetchDuration.startTimer({ subgraph });
    try {
      const answer = await exchange(url, { method: init.method, headers: init.headers, body: init.body }, signal, agents);
      end({ outcome: answer.status >= 200 && answer.status < 300 ? 'ok' : 'error' });
      return answer;
    } catch (err) {
      end({ outcome: 'error' });
      throw err;
    }
  }

  async function fetchWithRetry(url: string, init: FetcherRequestInit, policy: FetchPolicy): Promise<BufferedResponse> {
    // One deadline for both attempts: a retry never stretches the caller's wait past the timeout.
    const signal = AbortSignal.timeout(policy.timeoutMs);
    try {
      try {
        return await attempt(url, init, signal);
      } catch (err) {
        if (!policy.idempotent || !isConnectionError(err) || signal.aborted) throw err;
        metrics.subgraphRetries.inc({ subgraph });
        return await attempt(url, init, signal);
      }
    } catch (err) {
      const kind: FetchFailureKind = isTimeout(err, signal) ? 'timeout' : 'unavailable';
      metrics.subgraphFetchErrors.inc({ subgraph, reason: kind });
      throw new SubgraphFetchError(kind, policy.timeoutMs, err);
    }
  }

  async function subgraphFetch(url: string, init: FetcherRequestInit = {}): Promise<Response> {
    const policy = fetchPolicy.getStore() ?? DEFAULT_POLICY;
    let buffered: BufferedResponse;
    if (!policy.idempotent) {
      buffered = await fetchWithRetry(url, init, policy);
    } else {
      // Same caller (the exact Authorization header), same subgraph operation and variables.
      const key = `${init.headers?.authorization ?? ''}\n${url}\n${String(init.body ?? '')}`;
      let shared = inFlight.get(key);
      if (shared) {
        metrics.subgraphDeduplicated.inc({ subgraph });
      } else {
        shared = fetchWithRetry(url, init, policy).finally(() => inFlight.delete(key));
        inFlight.set(key, shared);
      }
      buffered = await shared;
    }
    return new Response(buffered.body, {
      status: buffered.status,
      statusText: buffered.statusText,
      headers: buffered.headers,
    });
  }
  return Object.assign(subgraphFetch, { close: () => agents.destroy() });
}
