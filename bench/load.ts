import autocannon = require('autocannon');
import { cpuMsOf, findProcess } from './processes';
import type { BenchStack } from './stack';

/**
 * One measurement: autocannon at a fixed concurrency for a fixed time against one URL, with the
 * SQL statements the subgraphs sent meanwhile. A 200 whose body carries GraphQL `errors` is a
 * failure too, counted apart (autocannon only sees HTTP statuses).
 */
export interface RequestPlan {
  /** The GraphQL endpoint. */
  readonly url: string;
  readonly headers: Record<string, string>;
  /** The JSON body of the n-th request. */
  readonly bodyOf: (n: number) => string;
}

export interface LoadResult {
  readonly requests: number;
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly failures: number;
  readonly graphqlErrors: number;
  readonly firstError: string | null;
  /** Statements the four subgraphs sent per answered request while under load. */
  readonly sqlPerRequest: number;
  /**
   * CPU ms per answered request of each process while under load (the benchmark's own, with
   * autocannon, as `load`; MariaDB as `mariadb` when it runs here): where the cores went.
   */
  readonly cpuMsPerRequest: Record<string, number>;
  /** Through our gateway: its subgraph fetches meanwhile, and how many went in batches. */
  readonly batching?: FetchBatching;
}

/** Our gateway's fetches to the subgraphs (its /metrics counters), summed over subgraphs. */
export interface FetchBatching {
  /** Operations sent to subgraphs: alone or as members of a batch. */
  readonly fetches: number;
  /** Of those, sent as members of a batch. */
  readonly batched: number;
  /** HTTP fetches that carried a batch. */
  readonly batches: number;
}

export interface LoadSettings {
  readonly connections: number;
  readonly duration: number;
}

let sequence = 0;

function requestsOf(plans: readonly RequestPlan[], errors: { count: number; first: string | null }) {
  return plans.map((plan) => ({
    method: 'POST',
    path: new URL(plan.url).pathname,
    headers: { 'content-type': 'application/json', ...plan.headers },
    setupRequest: (request: { body?: string }) => {
      request.body = plan.bodyOf(sequence++);
      return request;
    },
    onResponse: (status: number, body: string) => {
      if (status === 200 && body.includes('"errors"')) {
        errors.count += 1;
        errors.first ??= body.slice(0, 300);
      }
    },
  }));
}

/** Runs the plans (cycled per connection: one plan, or the whole mix) and measures. */
export async function runLoad(stack: BenchStack, plans: readonly RequestPlan[], settings: LoadSettings): Promise<LoadResult> {
  const errors = { count: 0, first: null as string | null };
  const origin = new URL(plans[0].url).origin;
  const ourGateway = origin === `http://127.0.0.1:${stack.ports.gateway}`;
  const batchingBefore = ourGateway ? await fetchBatching(origin) : null;
  const before = await stack.statements();
  const cpuBefore = cpuSnapshot(stack);
  const result = await autocannon({
    url: origin,
    connections: settings.connections,
    duration: settings.duration,
    timeout: 30,
    requests: requestsOf(plans, errors),
  });
  const cpuAfter = cpuSnapshot(stack);
  const after = await stack.statements();
  const batchingAfter = batchingBefore ? await fetchBatching(origin) : null;
  const answered = result['2xx'] + result.non2xx;
  return {
    requests: answered,
    rps: answered / settings.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts + errors.count,
    graphqlErrors: errors.count,
    firstError: errors.first,
    sqlPerRequest: answered ? (after - before) / answered : 0,
    cpuMsPerRequest: Object.fromEntries(
      Object.keys(cpuAfter).map((label) => [label, answered ? Math.round(((cpuAfter[label] - cpuBefore[label]) / answered) * 1000) / 1000 : 0]),
    ),
    ...(batchingBefore && batchingAfter
      ? {
          batching: {
            fetches: batchingAfter.fetches - batchingBefore.fetches,
            batched: batchingAfter.batched - batchingBefore.batched,
            batches: batchingAfter.batches - batchingBefore.batches,
          },
        }
      : {}),
  };
}

/** Sums the samples of one counter over its labels in a Prometheus text exposition. */
function counter(text: string, name: string): number {
  let sum = 0;
  for (const match of text.matchAll(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'gm'))) sum += Number(match[1]);
  return sum;
}

/**
 * The gateway's subgraph fetch counters so far: every HTTP exchange is one observation of the
 * fetch-duration histogram, and a batch's exchange stands for its members.
 */
async function fetchBatching(origin: string): Promise<FetchBatching> {
  const text = await (await fetch(`${origin}/metrics`)).text();
  const exchanges = counter(text, 'gateway_subgraph_fetch_duration_seconds_count');
  const batches = counter(text, 'gateway_subgraph_batches_total');
  const batched = counter(text, 'gateway_subgraph_batched_fetches_total');
  return { fetches: exchanges - batches + batched, batched, batches };
}

const mariadb = findProcess('mariadbd') ?? findProcess('mysqld');

/** CPU ms used so far by every process of the stack, this process (the load) and MariaDB. */
function cpuSnapshot(stack: BenchStack): Record<string, number> {
  const usage = process.cpuUsage();
  const snapshot: Record<string, number> = { load: (usage.user + usage.system) / 1000 };
  for (const p of stack.all) snapshot[p.label] = p.cpuMs();
  if (mariadb !== null) snapshot.mariadb = cpuMsOf(mariadb);
  return snapshot;
}

/** Load without measurement, so the measured seconds see a warm process. */
export async function warmUp(plans: readonly RequestPlan[], connections: number, seconds: number): Promise<void> {
  if (seconds <= 0) return;
  await autocannon({ url: new URL(plans[0].url).origin, connections, duration: seconds, timeout: 30, requests: requestsOf(plans, { count: 0, first: null }) });
}

/** Sends one request and returns its parsed body (a check that the operation works at all). */
export async function sendOnce(plan: RequestPlan, n = sequence++): Promise<{ status: number; body: { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> } }> {
  const res = await fetch(plan.url, { method: 'POST', headers: { 'content-type': 'application/json', ...plan.headers }, body: plan.bodyOf(n) });
  const text = await res.text();
  try {
    return { status: res.status, body: JSON.parse(text) };
  } catch {
    return { status: res.status, body: { errors: [{ message: text.slice(0, 200) }] } };
  }
}

/**
 * Statements per request of one request at a time, `times` times: exact, with no other load;
 * in all and per subgraph (subgraphs that sent none are left out).
 */
/**
 * Waits until no subgraph has sent a statement for `quietMs` (at most `maxMs`): requests of the
 * previous load (a gateway still finishing the fetches of requests whose client has gone) must
 * not be counted as the probe's.
 */
async function settled(stack: BenchStack, quietMs = 300, maxMs = 10_000): Promise<Record<string, number>> {
  const deadline = performance.now() + maxMs;
  let last = await stack.statementsBySubgraph();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, quietMs));
    const now = await stack.statementsBySubgraph();
    const still = Object.keys(now).every((name) => now[name as keyof typeof now] === last[name as keyof typeof last]);
    if (still || performance.now() >= deadline) return now;
    last = now;
  }
}

export async function statementsPerRequest(stack: BenchStack, plan: RequestPlan, times = 3): Promise<{ total: number; bySubgraph: Record<string, number> }> {
  const before = await settled(stack);
  for (let i = 0; i < times; i += 1) await sendOnce(plan);
  const after = await stack.statementsBySubgraph();
  const bySubgraph = Object.fromEntries(
    Object.keys(after)
      .map((name) => [name, (after[name as keyof typeof after] - before[name as keyof typeof before]) / times] as const)
      .filter(([, n]) => n > 0),
  );
  return { total: Object.values(bySubgraph).reduce((a, b) => a + b, 0), bySubgraph };
}
