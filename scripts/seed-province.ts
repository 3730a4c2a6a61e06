import { fork } from 'node:child_process';
import { join } from 'node:path';
import { villagesUnder } from '../lib/regions/divisions';
import { SUBGRAPHS, type SubgraphName } from '../lib/subgraphs';
import { benchDatabaseName, benchDatabaseUrl, BENCH_PERSON_KEY_SECRET } from '../bench/bench-env';
import { adminKnex } from '../bench/databases';
import { ProgressDisplay } from './seed/progress';
import type { WorkerMessage } from './seed/worker';

/**
 * `npm run seed:province [-- --only finance,audit] [--concurrency 2]`: seeds the benchmark's
 * province databases (bench_province_<subgraph> on BENCH_MYSQL_URL, default
 * mysql://root@127.0.0.1:3306) with all of Hunan, each subgraph by its own migrations and seed
 * (scope.scale 'province', regionCode '43'), several subgraphs at once, with a progress bar.
 * `npm run bench -- --scale province` then runs against them; drop them with --drop when done.
 */
const WORKER = join(__dirname, 'seed', 'worker.js');

interface SeedOptions {
  only: SubgraphName[];
  concurrency: number;
  drop: boolean;
  mysqlUrl: string;
}

function parseOptions(argv: string[]): SeedOptions {
  const options: SeedOptions = {
    only: SUBGRAPHS.map((s) => s.name),
    concurrency: 2,
    drop: false,
    mysqlUrl: (process.env.BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306').replace(/\/+$/, ''),
  };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    if (flag === '--only') {
      const names = (argv[++i] ?? '').split(',').filter(Boolean);
      const unknown = names.filter((n) => !SUBGRAPHS.some((s) => s.name === n));
      if (!names.length || unknown.length) throw new Error(`--only takes subgraph names (${SUBGRAPHS.map((s) => s.name).join(', ')})`);
      options.only = names as SubgraphName[];
    } else if (flag === '--concurrency') {
      options.concurrency = Number(argv[++i]);
      if (!Number.isInteger(options.concurrency) || options.concurrency < 1) throw new Error('--concurrency needs a whole number >= 1');
    } else if (flag === '--drop') {
      options.drop = true;
    } else {
      throw new Error(`unknown option ${flag}\nusage: npm run seed:province -- [--only finance,audit] [--concurrency 2] [--drop]`);
    }
  }
  return options;
}

/**
 * Bulk loading settings for the duration of the seed: redo log flushed once a second instead
 * of at every commit (the seed is redone from scratch if the server dies), and a buffer pool
 * large enough for the province's indexes and a redo log large enough for its writes (both
 * raised, never lowered; they stay for the benchmark). With the default 96 MiB redo log InnoDB
 * had to checkpoint every few seconds, flushing pages it was about to change again: the
 * ledger loaded at about 34,000 rows/s with the server waiting on its own flushes.
 */
async function tuneServer(mysqlUrl: string): Promise<() => Promise<void>> {
  const admin = adminKnex(mysqlUrl);
  const [rows] = (await admin.raw(
    'SELECT @@innodb_flush_log_at_trx_commit AS flush, @@innodb_buffer_pool_size AS pool, @@innodb_log_file_size AS log',
  )) as [Array<{ flush: number; pool: number; log: number }>];
  const { flush, pool, log } = rows[0];
  const raise = async (variable: string, current: number, wanted: number) => {
    if (Number(current) >= wanted) return;
    await admin.raw(`SET GLOBAL ${variable} = ${wanted}`);
    console.error(`MariaDB: ${variable} raised from ${Math.round(Number(current) / 1024 ** 2)} MiB to ${wanted / 1024 ** 2} MiB`);
  };
  try {
    await raise('innodb_buffer_pool_size', pool, 4 * 1024 ** 3);
    await raise('innodb_log_file_size', log, 2 * 1024 ** 3);
    await admin.raw('SET GLOBAL innodb_flush_log_at_trx_commit = 2');
  } catch (err) {
    console.error(`MariaDB: could not change bulk-load settings (${(err as Error).message}); seeding with the server's own`);
  }
  return async () => {
    try {
      await admin.raw(`SET GLOBAL innodb_flush_log_at_trx_commit = ${Number(flush)}`);
    } finally {
      await admin.destroy();
    }
  };
}

async function dropAll(options: SeedOptions): Promise<void> {
  const admin = adminKnex(options.mysqlUrl);
  try {
    for (const name of options.only) await admin.raw('DROP DATABASE IF EXISTS ??', [benchDatabaseName('province', name)]);
  } finally {
    await admin.destroy();
  }
  console.error(`dropped ${options.only.map((n) => benchDatabaseName('province', n)).join(', ')}`);
}

function seedOne(name: SubgraphName, options: SeedOptions, display: ProgressDisplay): Promise<void> {
  return new Promise((resolve, reject) => {
    display.start(name);
    const child = fork(WORKER, [name, benchDatabaseUrl(options.mysqlUrl, 'province', name)], {
      env: { ...process.env, PERSON_KEY_SECRET: BENCH_PERSON_KEY_SECRET },
      // A seed may hold a county's rows at a time; the default heap is too small for some.
      execArgv: ['--max-old-space-size=8192'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.on('message', (message: WorkerMessage) => display.update(message));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${name}: the seed failed (exit ${code}); see above`))));
  });
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options.drop) return dropAll(options);
  const villages = villagesUnder('43').map((v) => v.code).sort();
  const villageIndex = (code: string) => {
    let lo = 0;
    let hi = villages.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (villages[mid] <= code) lo = mid + 1;
      else hi = mid;
    }
    return lo / villages.length;
  };
  console.error(`seeding ${villages.length.toLocaleString('en')} villages into ${options.only.map((n) => benchDatabaseName('province', n)).join(', ')}`);
  const restore = await tuneServer(options.mysqlUrl);
  const display = new ProgressDisplay(options.only, villageIndex);
  const started = Date.now();
  const redraw = setInterval(() => display.draw(), 1000);
  try {
    const queue = [...options.only];
    const failures: Error[] = [];
    const lane = async () => {
      for (let name = queue.shift(); name; name = queue.shift()) {
        await seedOne(name, options, display).catch((err: Error) => failures.push(err));
      }
    };
    await Promise.all(Array.from({ length: Math.min(options.concurrency, options.only.length) }, lane));
    display.draw(true);
    if (failures.length) throw new Error(failures.map((f) => f.message).join('\n'));
    console.error(`province seed done in ${((Date.now() - started) / 60_000).toFixed(1)} min`);
  } finally {
    clearInterval(redraw);
    await restore();
  }
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
