import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Knex } from 'knex';
import type { SubgraphName } from '../subgraphs';

/**
 * A subgraph's Prometheus metrics (security.md, Operations): its GraphQL requests by HTTP status,
 * their latency, the SQL statements they sent, and its database pool, read from knex's pool
 * when scraped (no timers). A registry of its own: tests run several subgraphs in one process.
 * Every series carries `subgraph`; Prometheus adds the instance.
 */
export interface SubgraphMetrics {
  readonly registry: Registry;
  /** One GraphQL request answered: its status, its statements, how long it took. */
  observe(status: number, statements: number, ms: number): void;
}

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15, 30];

/** The part of knex's (tarn) pool the gauges read. */
interface PoolReadings {
  readonly max: number;
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
}

function poolOf(knex: Knex): PoolReadings | undefined {
  return (knex.client as { pool?: PoolReadings }).pool;
}

export function createSubgraphMetrics(name: SubgraphName, knex: Knex): SubgraphMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ subgraph: name });
  const registers = [registry];
  const requests = new Counter({
    name: 'subgraph_requests_total',
    help: 'GraphQL requests Apollo Server answered, by HTTP status (200 also for answers with field errors; bodies refused before it, too large or not JSON, are not counted)',
    labelNames: ['status'],
    registers,
  });
  const duration = new Histogram({
    name: 'subgraph_request_duration_seconds',
    help: 'Time from receiving a GraphQL request to finishing its response',
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const statements = new Counter({
    name: 'subgraph_sql_statements_total',
    help: 'SQL statements sent to the store by GraphQL requests',
    registers,
  });
  // Children per status: the label set is hashed once, not on every request.
  const byStatus = new Map<number, Counter.Internal>();
  const poolGauge = (metric: string, help: string, read: (pool: PoolReadings) => number) =>
    new Gauge({
      name: `subgraph_db_pool_${metric}`,
      help,
      registers,
      collect() {
        const pool = poolOf(knex);
        if (pool) this.set(read(pool));
      },
    });
  poolGauge('max', 'Connections the database pool may open at most', (p) => p.max);
  poolGauge('used', 'Connections of the database pool lent to a query or transaction now', (p) => p.numUsed());
  poolGauge('free', 'Open connections of the database pool waiting for work', (p) => p.numFree());
  poolGauge('pending_acquires', 'Queries and transactions waiting for a connection of the pool', (p) => p.numPendingAcquires());
  poolGauge('pending_creates', 'Connections of the pool being opened', (p) => p.numPendingCreates());
  return {
    registry,
    observe(status, sent, ms) {
      let child = byStatus.get(status);
      if (!child) {
        child = requests.labels(String(status));
        byStatus.set(status, child);
      }
      child.inc();
      duration.observe(ms / 1000);
      if (sent > 0) statements.inc(sent);
    },
  };
}
