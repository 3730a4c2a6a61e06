/** Command-line options of `npm run bench -- ...`. */
export type Scale = 'city' | 'province';

export interface BenchOptions {
  readonly scale: Scale;
  /** Also run the mix through a plain ApolloGateway (bench/stock-gateway.ts). */
  readonly stock: boolean;
  /** Concurrent connections of autocannon. */
  readonly connections: number;
  /** Seconds measured per operation and target. */
  readonly duration: number;
  /** Seconds of unmeasured load before each measurement (JIT, plan cache, pools). */
  readonly warmup: number;
  /**
   * Rounds of a gateway run and a direct run (bench/rounds.ts) of each single-subgraph operation
   * (the 70% target's): on shared cores one pair of runs cannot decide a ratio near the 70% line,
   * and the median of five is moved by two disturbed rounds no more than that of three by one.
   * Other operations with a direct target get one pair (bench/rounds.ts, roundsFor).
   */
  readonly rounds: number;
  /**
   * Warm-up before each round after the first: 1 s (or --warmup if shorter). The first round's
   * warm-up has compiled the code and filled plan caches and connection pools; between rounds a
   * process sits idle through one other measurement, long enough for its idle keep-alive
   * connections to close (undici's pool keeps them 4 s), which a second of load reopens. A full
   * warm-up would add (rounds - 1) x 2 x (warmup - 1) s to each operation: 16 s with the defaults.
   */
  readonly roundWarmup: number;
  /** Seconds of the memory soak of the whole mix through the gateway; 0 skips it. */
  readonly soak: number;
  /** Only these operations (names from bench/operations.ts); empty means all. */
  readonly only: readonly string[];
  /** Measure `npm run import` against a raw multi-row INSERT. */
  readonly importRate: boolean;
  /**
   * Rows of the import-rate measurement: 100,000 by default, so the rate is the one the import
   * sustains rather than one its start (process, checking the file, the first batches) dominates.
   */
  readonly importRows: number;
  /** Keep the city databases of the previous run instead of seeding them afresh. */
  readonly keep: boolean;
  /** mysql://user:pass@host:port of the MariaDB the benchmark owns databases in. */
  readonly mysqlUrl: string;
  /** First of the ports: gateway, then the four subgraphs; the stock gateway on base + 10. */
  readonly portBase: number;
  /** Where the report goes (bench/reports). */
  readonly reportName: string;
  /** Send operations as automatic persisted queries (hash only, after registering them). */
  readonly apq: boolean;
  /** Extra environment of our gateway (--gateway-env NAME=value, repeatable): to switch techniques. */
  readonly gatewayEnv: Readonly<Record<string, string>>;
}

const USAGE = `usage: npm run bench -- [--scale city|province] [--stock] [--connections N] [--duration S]
         [--warmup S] [--rounds N] [--soak S] [--only op1,op2] [--no-import] [--import-rows N] [--keep]
         [--report NAME] [--gateway-env NAME=value ...] [--apq]
environment: BENCH_MYSQL_URL (default mysql://root@127.0.0.1:3306), BENCH_PORT_BASE (default 4100),
             BENCH_DATABASE_PREFIX (default bench: databases bench_<scale>_<subgraph>)`;

export class UsageError extends Error {}

export function parseBenchOptions(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): BenchOptions {
  const args = [...argv];
  const options = {
    scale: 'city' as Scale,
    stock: false,
    connections: 10,
    duration: 10,
    warmup: 3,
    rounds: 5,
    soak: 0,
    only: [] as string[],
    importRate: true,
    importRows: 100_000,
    keep: false,
    mysqlUrl: (env.BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306').replace(/\/+$/, ''),
    portBase: Number(env.BENCH_PORT_BASE ?? 4100),
    reportName: 'latest',
    gatewayEnv: {} as Record<string, string>,
    apq: false,
  };
  const number = (flag: string, value: string | undefined, min: number): number => {
    const n = Number(value);
    if (value === undefined || !Number.isInteger(n) || n < min) throw new UsageError(`${flag} needs a whole number >= ${min}\n${USAGE}`);
    return n;
  };
  while (args.length) {
    const flag = args.shift()!;
    switch (flag) {
      case '--scale': {
        const value = args.shift();
        if (value !== 'city' && value !== 'province') throw new UsageError(`--scale is city or province\n${USAGE}`);
        options.scale = value;
        break;
      }
      case '--stock':
        options.stock = true;
        break;
      case '--connections':
        options.connections = number(flag, args.shift(), 1);
        break;
      case '--duration':
        options.duration = number(flag, args.shift(), 1);
        break;
      case '--warmup':
        options.warmup = number(flag, args.shift(), 0);
        break;
      case '--rounds':
        options.rounds = number(flag, args.shift(), 1);
        break;
      case '--soak':
        options.soak = number(flag, args.shift(), 60);
        break;
      case '--only':
        options.only = (args.shift() ?? '').split(',').filter(Boolean);
        break;
      case '--no-import':
        options.importRate = false;
        break;
      case '--import-rows':
        options.importRows = number(flag, args.shift(), 100);
        break;
      case '--apq':
        options.apq = true;
        break;
      case '--keep':
        options.keep = true;
        break;
      case '--report':
        options.reportName = args.shift() ?? '';
        if (!/^[\w.-]+$/.test(options.reportName)) throw new UsageError(`--report needs a file name\n${USAGE}`);
        break;
      case '--gateway-env': {
        const pair = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(args.shift() ?? '');
        if (!pair) throw new UsageError(`--gateway-env takes NAME=value\n${USAGE}`);
        options.gatewayEnv[pair[1]] = pair[2];
        break;
      }
      case '--help':
      case '-h':
        throw new UsageError(USAGE);
      default:
        throw new UsageError(`unknown option ${flag}\n${USAGE}`);
    }
  }
  if (!Number.isInteger(options.portBase) || options.portBase < 1024 || options.portBase > 65_000) {
    throw new UsageError(`BENCH_PORT_BASE must be a port from 1024 to 65000`);
  }
  return { ...options, roundWarmup: Math.min(options.warmup, 1) };
}
