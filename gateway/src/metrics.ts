import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The gateway's Prometheus metrics, in a registry of its own (several gateways may live in one
 * test process; the global registry would refuse the second). Label values are bounded:
 * operation names are capped (a client chooses them), outcomes are allow-listed error codes.
 */

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15, 30];
/** Distinct operation names kept as labels; later ones are counted under OTHER_OPERATION. */
const MAX_OPERATION_LABELS = 200;
export const OTHER_OPERATION = '(other)';
export const ANONYMOUS_OPERATION = '(anonymous)';
export const NO_OPERATION = '(none)';

export interface GatewayMetrics {
  readonly registry: Registry;
  readonly requests: Counter<'operation' | 'outcome'>;
  readonly requestDuration: Histogram<'operation'>;
  readonly inFlight: Gauge;
  readonly subgraphFetchDuration: Histogram<'subgraph' | 'outcome'>;
  readonly subgraphFetchErrors: Counter<'subgraph' | 'reason'>;
  readonly subgraphRetries: Counter<'subgraph'>;
  readonly subgraphDeduplicated: Counter<'subgraph'>;
  readonly subgraphBatches: Counter<'subgraph'>;
  readonly subgraphBatchedFetches: Counter<'subgraph'>;
  readonly subgraphUp: Gauge<'subgraph'>;
  readonly rateLimited: Counter<'field'>;
  readonly supergraphReloads: Counter<'outcome'>;
  readonly responseCacheLookups: Counter<'outcome'>;
  readonly singleFetchShortcuts: Counter<'subgraph'>;
  readonly fastLane: Counter<'outcome'>;
  /** A label for an operation name: the name itself while fewer than the cap have been seen. */
  operationLabel(name: string | null | undefined): string;
}

export function createGatewayMetrics(options: { defaultMetrics?: boolean } = {}): GatewayMetrics {
  const registry = new Registry();
  if (options.defaultMetrics) collectDefaultMetrics({ register: registry, prefix: 'gateway_' });
  const registers = [registry];
  const seenOperations = new Set<string>();
  return {
    registry,
    requests: new Counter({
      name: 'gateway_requests_total',
      help: 'GraphQL requests by operation name and outcome (success, partial, or the error code)',
      labelNames: ['operation', 'outcome'],
      registers,
    }),
    requestDuration: new Histogram({
      name: 'gateway_request_duration_seconds',
      help: 'Time from receiving a GraphQL request to finishing its response',
      labelNames: ['operation'],
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    inFlight: new Gauge({ name: 'gateway_requests_in_flight', help: 'GraphQL requests being served', registers }),
    subgraphFetchDuration: new Histogram({
      name: 'gateway_subgraph_fetch_duration_seconds',
      help: 'Time of one HTTP fetch from a subgraph (each attempt), by outcome (ok or error)',
      labelNames: ['subgraph', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    subgraphFetchErrors: new Counter({
      name: 'gateway_subgraph_fetch_errors_total',
      help: 'Failed subgraph fetches by reason: timeout, unavailable, http_<status>, invalid_response',
      labelNames: ['subgraph', 'reason'],
      registers,
    }),
    subgraphRetries: new Counter({
      name: 'gateway_subgraph_fetch_retries_total',
      help: 'Query fetches retried once after a connection error',
      labelNames: ['subgraph'],
      registers,
    }),
    subgraphDeduplicated: new Counter({
      name: 'gateway_subgraph_fetches_deduplicated_total',
      help: 'Subgraph fetches answered by an identical in-flight fetch of the same caller',
      labelNames: ['subgraph'],
      registers,
    }),
    subgraphBatches: new Counter({
      name: 'gateway_subgraph_batches_total',
      help: 'HTTP fetches that carried several queries of one caller to a subgraph at once',
      labelNames: ['subgraph'],
      registers,
    }),
    subgraphBatchedFetches: new Counter({
      name: 'gateway_subgraph_batched_fetches_total',
      help: 'Subgraph queries sent as members of a batch',
      labelNames: ['subgraph'],
      registers,
    }),
    subgraphUp: new Gauge({
      name: 'gateway_subgraph_up',
      help: "1 when the subgraph's /health answered at the last readiness check, else 0",
      labelNames: ['subgraph'],
      registers,
    }),
    rateLimited: new Counter({
      name: 'gateway_rate_limited_total',
      help: 'Calls of a rate-limited root field refused with RATE_LIMITED',
      labelNames: ['field'],
      registers,
    }),
    supergraphReloads: new Counter({
      name: 'gateway_supergraph_reloads_total',
      help: 'Reloads of the supergraph file by outcome (loaded or failed)',
      labelNames: ['outcome'],
      registers,
    }),
    responseCacheLookups: new Counter({
      name: 'gateway_response_cache_lookups_total',
      help: 'Anonymous queries looked up in the response cache, by outcome (hit or miss)',
      labelNames: ['outcome'],
      registers,
    }),
    singleFetchShortcuts: new Counter({
      name: 'gateway_single_fetch_shortcuts_total',
      help: "Operations sent to their one subgraph past the gateway's executor (their plan is a single fetch)",
      labelNames: ['subgraph'],
      registers,
    }),
    fastLane: new Counter({
      name: 'gateway_fast_lane_requests_total',
      help: "Requests the fast lane took before Apollo's pipeline, by outcome: answered by the lane, refused by its check, or its answer handed to Apollo (errors, cacheable)",
      labelNames: ['outcome'],
      registers,
    }),
    operationLabel(name) {
      if (!name) return name === null ? ANONYMOUS_OPERATION : NO_OPERATION;
      if (seenOperations.has(name)) return name;
      if (seenOperations.size >= MAX_OPERATION_LABELS) return OTHER_OPERATION;
      seenOperations.add(name);
      return name;
    },
  };
}
