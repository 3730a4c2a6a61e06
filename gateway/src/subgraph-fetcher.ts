import type { GatewayMetrics } from './metrics';
import { SubgraphBatcher } from './subgraph-batch';
import { createSubgraphConnections, DeadlineError, exchange, type SubgraphAnswer, type SubgraphConnections } from './subgraph-http';

/**
 * The HTTP fetch from the gateway to one subgraph: over a bounded pool of keep-alive
 * connections (subgraph-http.ts), with a deadline that covers connecting, waiting and reading
 * the body; one retry after a connection error for queries; in-flight deduplication of
 * identical queries of the same caller; and the caller's concurrent queries sent together
 * (subgraph-batch.ts).
 */

export interface FetchPolicy {
  readonly timeoutMs: number;
  /** A query (or an entity fetch): safe to retry once. */
  readonly idempotent: boolean;
  /** May share one fetch with an identical in-flight call of the same caller. */
  readonly shareable: boolean;
}

/** What the data source sends: its headers (the caller's token among them) and the JSON body. */
export interface SubgraphRequest {
  readonly headers: Record<string, string>;
  readonly body: string;
}

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

const CONNECTION_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  // undici's: the connection closed before the answer came (a kept-alive one the subgraph had
  // just closed, or a subgraph that went down mid-request).
  'UND_ERR_SOCKET',
]);

function isConnectionError(err: unknown): boolean {
  const cause = (err as { cause?: { code?: unknown } } | null)?.cause;
  return typeof cause?.code === 'string' && CONNECTION_ERROR_CODES.has(cause.code);
}

/** Connections kept open to one subgraph at most; further fetches wait for a free one. */
export const DEFAULT_MAX_SOCKETS = 64;

export interface SubgraphFetcherOptions {
  /** Keep-alive connections to the subgraph at most (a bounded pool per subgraph). */
  readonly maxSockets?: number;
  /** Queries of one caller sent in one batch at most (subgraph-batch.ts); 1 sends each alone. */
  readonly batchMax?: number;
}

/** Queries of one caller sent in one batch at most, unless configured otherwise. */
export const DEFAULT_BATCH_MAX = 16;

export type SubgraphFetcher = ((url: URL, request: SubgraphRequest, policy: FetchPolicy) => Promise<SubgraphAnswer>) & {
  /** Closes the kept-alive connections. */
  close(): void;
};

export function createSubgraphFetcher(subgraph: string, metrics: GatewayMetrics, options: SubgraphFetcherOptions = {}): SubgraphFetcher {
  const inFlight = new Map<string, Promise<SubgraphAnswer>>();
  const connections: SubgraphConnections = createSubgraphConnections(options.maxSockets ?? DEFAULT_MAX_SOCKETS);

  async function attempt(url: URL, request: SubgraphRequest, deadline: number): Promise<SubgraphAnswer> {
    const end = metrics.subgraphFetchDuration.startTimer({ subgraph });
    try {
      const answer = await exchange(url, request, deadline, connections);
      end({ outcome: answer.status >= 200 && answer.status < 300 ? 'ok' : 'error' });
      batcher.heard(answer);
      return answer;
    } catch (err) {
      end({ outcome: 'error' });
      throw err;
    }
  }

  async function fetchWithRetry(url: URL, request: SubgraphRequest, policy: FetchPolicy): Promise<SubgraphAnswer> {
    // One deadline for both attempts: a retry never stretches the caller's wait past the timeout.
    const deadline = performance.now() + policy.timeoutMs;
    try {
      try {
        return await attempt(url, request, deadline);
      } catch (err) {
        if (!policy.idempotent || !isConnectionError(err) || performance.now() >= deadline) throw err;
        metrics.subgraphRetries.inc({ subgraph });
        return await attempt(url, request, deadline);
      }
    } catch (err) {
      const kind: FetchFailureKind = err instanceof DeadlineError ? 'timeout' : 'unavailable';
      metrics.subgraphFetchErrors.inc({ subgraph, reason: kind });
      throw new SubgraphFetchError(kind, policy.timeoutMs, err);
    }
  }

  const batcher = new SubgraphBatcher(options.batchMax ?? DEFAULT_BATCH_MAX, fetchWithRetry, {
    onBatch(members) {
      metrics.subgraphBatches.inc({ subgraph });
      metrics.subgraphBatchedFetches.inc({ subgraph }, members);
    },
  });

  function subgraphFetch(url: URL, request: SubgraphRequest, policy: FetchPolicy): Promise<SubgraphAnswer> {
    if (!policy.shareable) return batcher.fetch(url, request, policy);
    // Same caller (the exact Authorization header), same subgraph operation and variables.
    const key = `${request.headers.authorization ?? ''}\n${url.href}\n${request.body}`;
    let shared = inFlight.get(key);
    if (shared) {
      metrics.subgraphDeduplicated.inc({ subgraph });
    } else {
      shared = batcher.fetch(url, request, policy).finally(() => inFlight.delete(key));
      inFlight.set(key, shared);
    }
    return shared;
  }
  return Object.assign(subgraphFetch, { close: () => connections.destroy() });
}
