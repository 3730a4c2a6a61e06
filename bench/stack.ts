import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { nodeProcessEnv } from '../lib/node-process-env';
import { SUBGRAPHS, type SubgraphName } from '../lib/subgraphs';
import { benchDatabaseUrl, BENCH_JWT_SECRET, BENCH_PERSON_KEY_SECRET, benchPorts, type BenchPorts } from './bench-env';
import type { BenchOptions } from './options';
import { startProcess, waitForHealth, type BenchProcess, type HealthCheck } from './processes';

/**
 * The whole graph as real processes of the built code, on the benchmark's own ports and
 * databases: the four subgraphs, our gateway and, with --stock, the plain ApolloGateway.
 */
export interface BenchStack {
  readonly ports: BenchPorts;
  readonly subgraphs: Record<SubgraphName, BenchProcess>;
  readonly gateway: BenchProcess;
  readonly stock: BenchProcess | null;
  readonly all: BenchProcess[];
  /** Statements sent by the four subgraphs so far. */
  statements(): Promise<number>;
  /** The same, per subgraph. */
  statementsBySubgraph(): Promise<Record<SubgraphName, number>>;
  stop(): Promise<void>;
}

const DIST = join(__dirname, '..');

/** The environment every process shares: production mode (no dev defaults), quiet logs. */
function commonEnv(): Record<string, string> {
  return {
    ...nodeProcessEnv(),
    NODE_ENV: 'production',
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
    JWT_SECRET: BENCH_JWT_SECRET,
    PERSON_KEY_SECRET: BENCH_PERSON_KEY_SECRET,
  };
}

const answersGraphQL: HealthCheck = async (port) => {
  const res = await fetch(`http://127.0.0.1:${port}/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  return res.ok;
};

export async function startBenchStack(options: BenchOptions, logDir: string, gatewayEnv: Record<string, string> = {}): Promise<BenchStack> {
  mkdirSync(logDir, { recursive: true });
  const ports = benchPorts(options.portBase);
  const started: BenchProcess[] = [];
  const stopAll = () => Promise.all(started.map((p) => p.stop())).then(() => undefined);
  try {
    const subgraphs = {} as Record<SubgraphName, BenchProcess>;
    const urls: Record<string, string> = {};
    for (const s of SUBGRAPHS) {
      const proc = startProcess(s.name, join(DIST, 'subgraphs', s.name, 'src', 'index.js'), ports.subgraphs[s.name], {
        ...commonEnv(),
        HOST: '127.0.0.1',
        SEED: options.scale,
        // Subgraphs that read other domains do so through the gateway, like any client.
        GATEWAY_URL: `http://127.0.0.1:${ports.gateway}/graphql`,
        [`${s.envPrefix}_DATABASE_URL`]: benchDatabaseUrl(options.mysqlUrl, options.scale, s.name),
      }, logDir);
      started.push(proc);
      subgraphs[s.name] = proc;
      urls[`${s.envPrefix}_URL`] = `http://127.0.0.1:${ports.subgraphs[s.name]}/graphql`;
    }
    // A first start at city scale migrates and seeds; that takes a while on a busy machine.
    await Promise.all(Object.values(subgraphs).map((p) => waitForHealth(p, 15 * 60_000)));
    const gateway = startProcess('gateway', join(DIST, 'gateway', 'src', 'index.js'), ports.gateway, {
      ...commonEnv(),
      ...urls,
      HOST: '127.0.0.1',
      // The mix repeats the public self-lookup and complaint submission thousands of times from
      // one address; the per-caller rate limit would turn those into RATE_LIMITED answers.
      RATE_LIMIT_MAX: '100000000',
      SUPERGRAPH_WATCH: 'false',
      ...gatewayEnv,
    }, logDir);
    started.push(gateway);
    await waitForHealth(gateway, 60_000);
    let stock: BenchProcess | null = null;
    if (options.stock) {
      stock = startProcess('stock-gateway', join(DIST, 'bench', 'stock-gateway.js'), ports.stock, { ...commonEnv(), ...urls }, logDir);
      started.push(stock);
      await waitForHealth(stock, 60_000, answersGraphQL);
    }
    return {
      ports,
      subgraphs,
      gateway,
      stock,
      all: [...started],
      async statements() {
        const counts = await Promise.all(Object.values(subgraphs).map((p) => p.stats()));
        return counts.reduce((sum, c) => sum + c.statements, 0);
      },
      async statementsBySubgraph() {
        const names = Object.keys(subgraphs) as SubgraphName[];
        const counts = await Promise.all(names.map((n) => subgraphs[n].stats()));
        return Object.fromEntries(names.map((n, i) => [n, counts[i].statements])) as Record<SubgraphName, number>;
      },
      stop: stopAll,
    };
  } catch (err) {
    await stopAll();
    throw err;
  }
}
