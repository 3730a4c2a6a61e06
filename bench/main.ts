import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, release, tmpdir, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../lib/paths';
import { describeServer, dropBenchDatabases, unseededSubgraphs } from './databases';
import { measureImportRate } from './import-rate';
import { runLoad, sendOnce, statementsPerRequest, warmUp, type LoadResult, type RequestPlan } from './load';
import { MemoryWatch } from './memory';
import { benchOperations, type BenchOperation } from './operations';
import { parseBenchOptions, UsageError, type BenchOptions } from './options';
import { plansFor, type OperationPlans } from './plans';
import { renderMarkdown } from './report-markdown';
import type { BenchReport, OperationReport } from './report-types';
import { againstDirect, alternatingRounds, medianRound, roundsFor } from './rounds';
import { soak } from './soak';
import { startBenchStack, type BenchStack } from './stack';
import { judgeTargets } from './targets';

/**
 * `npm run bench`: the fixed mix through our gateway, straight to the subgraphs and (--stock)
 * through a plain ApolloGateway, at city or province scale; writes bench/reports/latest.{md,json}
 * and <scale>.{md,json}. See README.md, "Performance".
 */
const REPORTS = join(PROJECT_ROOT, 'bench', 'reports');

function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

/** Why an operation cannot be measured (it fails outright), or null. */
async function failureOf(plan: RequestPlan | null, where: string): Promise<string | null> {
  if (!plan) return null;
  const { status, body } = await sendOnce(plan);
  const error = body.errors?.[0];
  if (status !== 200 || error) return `${where}: HTTP ${status}${error ? ` ${error.extensions?.code ?? ''} ${error.message}` : ''}`.trim();
  return null;
}

async function measure(stack: BenchStack, plan: RequestPlan, options: BenchOptions, warmup: number, label: string): Promise<LoadResult> {
  await warmUp([plan], options.connections, warmup);
  const result = await runLoad(stack, [plan], options);
  log(`  ${label}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms${result.failures ? `, ${result.failures} failed` : ''}`);
  return result;
}

async function measureOperation(stack: BenchStack, op: BenchOperation, plans: OperationPlans, options: BenchOptions, memory: MemoryWatch): Promise<OperationReport> {
  const base = { name: op.name, description: op.description, singleSubgraph: Boolean(op.singleSubgraph) };
  const error = (await failureOf(plans.gateway, 'gateway')) ?? (await failureOf(plans.direct, `direct (${op.direct?.subgraph})`));
  if (error) {
    log(`  not measured: ${error}`);
    return { ...base, error, gateway: null, direct: null, stock: null, sqlSingle: { gateway: null, direct: null, bySubgraph: {} }, pageSize: null };
  }
  const viaGateway = await statementsPerRequest(stack, plans.probe());
  const sqlSingle = {
    gateway: viaGateway.total,
    direct: plans.direct ? (await statementsPerRequest(stack, plans.direct)).total : null,
    bySubgraph: viaGateway.bySubgraph,
  };
  let pageSize = null;
  if (op.pageSize) {
    const small = await statementsPerRequest(stack, plans.probe(op.pageSize.small));
    const large = await statementsPerRequest(stack, plans.probe(op.pageSize.large));
    pageSize = {
      small: op.pageSize.small,
      smallSql: small.total,
      smallBySubgraph: small.bySubgraph,
      large: op.pageSize.large,
      largeSql: large.total,
      largeBySubgraph: large.bySubgraph,
    };
  }
  const measured = { ...base, error: null, sqlSingle, pageSize };
  if (!plans.direct || !op.direct) {
    const gateway = await measure(stack, plans.gateway, options, options.warmup, 'gateway');
    memory.markStart();
    const stock = plans.stock ? await measure(stack, plans.stock, options, options.warmup, 'stock gateway') : null;
    return { ...measured, gateway, direct: null, stock };
  }
  const plan = { gateway: plans.gateway, direct: plans.direct };
  const labels = { gateway: 'gateway', direct: `direct (${op.direct.subgraph})` };
  const count = roundsFor(measured.singleSubgraph, options.rounds);
  const rounds = await alternatingRounds(count, { first: options.warmup, later: options.roundWarmup }, async (target, n, warmup) => {
    const result = await measure(stack, plan[target], options, warmup, count > 1 ? `${labels[target]}, round ${n} of ${count}` : labels[target]);
    if (target === 'gateway') memory.markStart();
    return result;
  });
  if (rounds.length > 1) log(`  gateway/direct: ${rounds.map((r) => (r.ratio === null ? '–' : `${(r.ratio * 100).toFixed(1)}%`)).join(', ')}; median round ${medianRound(rounds)}`);
  const stock = plans.stock ? await measure(stack, plans.stock, options, options.warmup, 'stock gateway') : null;
  return { ...measured, ...againstDirect(measured.singleSubgraph, rounds), stock };
}

function machine(database: string): Record<string, string> {
  const cpu = cpus();
  return {
    cpus: cpu[0]?.model.trim() ?? 'unknown CPU',
    cores: String(cpu.length),
    memory: `${Math.round(totalmem() / 1024 ** 3)} GiB RAM`,
    os: `${type()} ${release()}`,
    node: process.versions.node,
    database,
  };
}

function readReport(name: string): BenchReport | null {
  const file = join(REPORTS, `${name}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BenchReport) : null;
}

function writeReport(report: BenchReport, names: string[]): void {
  mkdirSync(REPORTS, { recursive: true });
  for (const name of names) {
    writeFileSync(join(REPORTS, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(REPORTS, `${name}.md`), renderMarkdown(report));
  }
}

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  if (options.scale === 'city' && !options.keep) {
    log('dropping the city benchmark databases: the subgraphs seed them afresh on start');
    await dropBenchDatabases(options.mysqlUrl, 'city');
  }
  if (options.scale === 'province') {
    const missing = await unseededSubgraphs(options.mysqlUrl, 'province');
    if (missing.length) throw new UsageError(`the province databases are not seeded (${missing.join(', ')}): run \`npm run seed:province\` first`);
  }
  const database = await describeServer(options.mysqlUrl);
  const logDir = join(tmpdir(), `supervision-bench-${process.pid}`);
  log(`starting the stack (${options.scale} scale); process logs in ${logDir}`);
  const stack = await startBenchStack(options, logDir, options.gatewayEnv);
  const memory = new MemoryWatch(stack.all);
  try {
    const operations = benchOperations().filter((op) => !options.only.length || options.only.includes(op.name));
    const reports: OperationReport[] = [];
    const mixPlans: { gateway: RequestPlan[]; stock: RequestPlan[] } = { gateway: [], stock: [] };
    for (const op of operations) {
      log(`${op.name}`);
      const plans = await plansFor(op, stack, options.apq);
      const report = await measureOperation(stack, op, plans, options, memory);
      reports.push(report);
      if (!report.error && op.inMix) {
        mixPlans.gateway.push(plans.gateway);
        if (plans.stock) mixPlans.stock.push(plans.stock);
      }
    }
    memory.markStart();
    let mix: BenchReport['mix'] = { gateway: null, stock: null };
    if (mixPlans.gateway.length) {
      log('whole mix');
      mix = mixPlans.stock.length
        ? await mixAgainstStock(stack, mixPlans, options)
        : { gateway: await measureMix(stack, mixPlans.gateway, options, options.warmup, 'gateway'), stock: null };
    }
    const importRate = options.importRate ? await measureImportRate(stack, options, log) : null;
    const soaked = options.soak && mixPlans.gateway.length ? (log(`soak: ${options.soak} s`), await soak(stack, mixPlans.gateway, options.soak, options.connections, logDir)) : null;
    const partial: Omit<BenchReport, 'targets'> = {
      generatedAt: new Date().toISOString(),
      scale: options.scale,
      machine: machine(database),
      settings: {
        connections: options.connections,
        duration: options.duration,
        warmup: options.warmup,
        apq: options.apq,
        rounds: options.rounds,
        roundWarmup: options.roundWarmup,
        roundOrder: 'taking-turns',
      },
      techniques: Object.keys(options.gatewayEnv).length
        ? `defaults of gateway/src/settings.ts with ${Object.entries(options.gatewayEnv).map(([k, v]) => `${k}=${v}`).join(', ')}`
        : 'defaults of gateway/src/settings.ts',
      operations: reports,
      mix,
      memory: memory.finish(),
      soak: soaked,
      importRate,
    };
    const report: BenchReport = { ...partial, targets: judgeTargets(partial, options.scale === 'province' ? readReport('city') : null) };
    const names = options.reportName === 'latest' ? ['latest', options.scale] : [options.reportName];
    writeReport(report, names);
    log(`report: ${names.map((n) => `bench/reports/${n}.md`).join(', ')}`);
    for (const t of report.targets) log(`${t.met === null ? 'not measured' : t.met ? 'MET' : 'NOT MET'}: ${t.target} (${t.detail})`);
  } finally {
    await stack.stop();
  }
}

async function measureMix(stack: BenchStack, plans: RequestPlan[], options: BenchOptions, warmupSeconds: number, label: string): Promise<LoadResult> {
  await warmUp(plans, options.connections, warmupSeconds);
  const result = await runLoad(stack, plans, options);
  log(`  ${label}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms${result.failures ? `, ${result.failures} failed` : ''}`);
  return result;
}

/**
 * The whole mix through our gateway and the stock one in rounds, as gateway against direct
 * (bench/rounds.ts): one pair of 10-s runs moved the ratio between 1.79x and 2.33x on these
 * shared cores. The 2x target is judged on the median round.
 */
async function mixAgainstStock(
  stack: BenchStack,
  plans: { gateway: RequestPlan[]; stock: RequestPlan[] },
  options: BenchOptions,
): Promise<BenchReport['mix']> {
  const paired = await alternatingRounds(options.rounds, { first: options.warmup, later: options.roundWarmup }, (target, n, warmup) =>
    measureMix(stack, target === 'gateway' ? plans.gateway : plans.stock, options, warmup, `${target === 'gateway' ? 'gateway' : 'stock gateway'}, round ${n} of ${options.rounds}`),
  );
  // The rounds' other side, `direct` to alternatingRounds, is the stock gateway here.
  const rounds = paired.map((r) => ({ gateway: r.gateway, stock: r.direct, ratio: r.ratio }));
  const median = medianRound(paired);
  log(`  gateway/stock: ${rounds.map((r) => (r.ratio === null ? '–' : `${r.ratio.toFixed(2)}x`)).join(', ')}; median round ${median}`);
  return { gateway: rounds[median - 1].gateway, stock: rounds[median - 1].stock, rounds, medianRound: median };
}

main().catch((err: Error) => {
  log(err instanceof UsageError ? err.message : (err.stack ?? err.message));
  process.exit(err instanceof UsageError ? 2 : 1);
});
