import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { insertInChunks } from '../lib/db/bulk';
import { Random } from '../lib/random';
import { villagesUnder } from '../lib/regions/divisions';
import { benchDatabaseName, tokenFor } from './bench-env';
import { adminKnex } from './databases';
import type { BenchOptions } from './options';
import type { ImportRateReport, ImportRound } from './report-types';
import type { BenchStack } from './stack';

/**
 * The import-rate target: `npm run import -- ledger FILE.csv` through our gateway (as a
 * provincial system would send it: batches of the CLI's default size, in its default lanes),
 * against a raw multi-row INSERT of the same rows, as the import stored them, into the same
 * table of the same database (in a transaction rolled back afterwards, with the ids and chain
 * positions shifted so they do not collide with the rows they copy), in alternating rounds
 * whose medians are compared.
 */
const IMPORT_CLI = join(__dirname, '..', 'scripts', 'import.js');
/** The city whose villages the import-rate CSV covers (Chenzhou). */
const IMPORT_CITY = '4310';
const CATEGORIES = ['OPERATING', 'CONTRACTING', 'INVESTMENT', 'SUBSIDY', 'MANAGEMENT', 'PUBLIC_WELFARE', 'OTHER'];

/** Entries of one village in one month, as the province seed has them (about 30). */
const ENTRIES_PER_VILLAGE_MONTH = 30;

/**
 * A ledger CSV of `rows` rows over Chenzhou's villages in 2018, unique to this run, shaped as
 * villages report (monthly): a month's ledger of every village, village after village, each
 * village's 30 entries together, then the next month. (A file whose every row goes to another
 * village and month, as no village reports, adds a monthly total per row: nearly twice the rows
 * written, a cost of that file's shape rather than of the import.)
 */
function ledgerCsv(rows: number, runId: string): string {
  const villages = villagesUnder(IMPORT_CITY).map((v) => v.code);
  const rng = new Random(`import-rate:${rows}`);
  const lines = ['regionCode,period,date,direction,category,amount,summary'];
  for (let i = 0; i < rows; i += 1) {
    const ledger = Math.floor(i / ENTRIES_PER_VILLAGE_MONTH);
    const month = String(1 + (Math.floor(ledger / villages.length) % 12)).padStart(2, '0');
    const day = String(rng.int(1, 28)).padStart(2, '0');
    const income = rng.chance(0.4);
    const amount = `${rng.int(50, 200_000)}.${String(rng.int(0, 99)).padStart(2, '0')}`;
    lines.push([villages[ledger % villages.length], `2018-${month}`, `2018-${month}-${day}`, income ? 'INCOME' : 'EXPENDITURE', rng.pick(CATEGORIES), amount, `benchmark ${runId} entry ${i}`].join(','));
  }
  return `${lines.join('\n')}\n`;
}

function runCli(file: string, url: string, token: string): Promise<{ seconds: number; output: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [IMPORT_CLI, 'ledger', file, '--url', url], {
      env: { ...process.env, SUPERVISION_TOKEN: token },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('exit', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code === 0) resolve({ seconds, output });
      else reject(new Error(`npm run import failed (exit ${code}): ${output.slice(-500)}`));
    });
  });
}

export async function measureImportRate(
  stack: BenchStack,
  options: BenchOptions,
  log: (message: string) => void,
): Promise<ImportRateReport | { skipped: string }> {
  if (!existsSync(IMPORT_CLI)) {
    log('import rate: scripts/import.ts does not exist yet; skipped');
    return { skipped: 'scripts/import.ts (npm run import) does not exist yet' };
  }
  const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
  const admin = adminKnex(options.mysqlUrl);
  try {
    const token = (await tokenFor({ kind: 'user', role: 'integration', region: '43', dept: 'finance' }))!;
    const db = benchDatabaseName(options.scale, 'finance');
    const rounds: ImportRound[] = [];
    for (let round = 1; round <= IMPORT_ROUNDS; round += 1) {
      const runId = `${process.pid}-${Date.now().toString(36)}-${round}`;
      const file = join(dir, `ledger-${round}.csv`);
      writeFileSync(file, ledgerCsv(options.importRows, runId));
      const keyPrefix = `ledger-${createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16)}-`;
      log(`import rate, round ${round} of ${IMPORT_ROUNDS}: ${options.importRows} ledger rows through the gateway`);
      const cli = await runCli(file, `http://127.0.0.1:${stack.ports.gateway}/graphql`, token);
      const copies = await importedRows(admin, db, keyPrefix, options.importRows);
      log(`import rate, round ${round} of ${IMPORT_ROUNDS}: the same ${copies.length} rows as a raw multi-row INSERT`);
      const rawInsertSeconds = await rawInsert(admin, db, copies);
      rounds.push({ importSeconds: cli.seconds, rawInsertSeconds });
      log(`import rate, round ${round}: import ${(options.importRows / cli.seconds).toFixed(0)} rows/s, raw INSERT ${(options.importRows / rawInsertSeconds).toFixed(0)} rows/s`);
    }
    const importSeconds = median(rounds.map((r) => r.importSeconds));
    const rawInsertSeconds = median(rounds.map((r) => r.rawInsertSeconds));
    const importRate = options.importRows / importSeconds;
    const rawRate = options.importRows / rawInsertSeconds;
    log(`import rate: median import ${importRate.toFixed(0)} rows/s, median raw INSERT ${rawRate.toFixed(0)} rows/s`);
    return {
      rows: options.importRows,
      importSeconds,
      rawInsertSeconds,
      importRowsPerSecond: importRate,
      rawRowsPerSecond: rawRate,
      ratio: importRate / rawRate,
      rounds,
      note: `File: a month's ledger of each village of Chenzhou (${ENTRIES_PER_VILLAGE_MONTH} entries), village after village, month after month, as villages report. Import: wall time of the CLI process (start-up included) sending batches of its default size and concurrency through our gateway (100,000 rows unless --import-rows says otherwise: the rate it sustains, not its start-up). Raw: multi-row INSERTs of 1,875 rows (the 30,000-parameter chunks of lib/db/bulk.ts) in one transaction into the same table. ${IMPORT_ROUNDS} rounds, each an import of new rows and then the raw INSERT of the rows it stored; the medians of both are compared (the first import follows the mix, while MariaDB is still writing it out).`,
    };
  } finally {
    await admin.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Alternating rounds of import and raw INSERT: one disturbed measurement cannot decide the ratio. */
const IMPORT_ROUNDS = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The rows the import stored, as copies for the raw INSERT (ids and chain positions shifted so
 * they collide with nothing). Found through the chain index's village range, which the optimizer
 * would pass over for a full scan of every ledger entry at province scale.
 */
async function importedRows(admin: Knex, db: string, keyPrefix: string, expected: number): Promise<Array<Record<string, unknown>>> {
  const batches = await admin(`${db}.import_batches`).where('batch_key', 'like', `${keyPrefix}%`).pluck('id');
  const stored = (await admin
    .from(admin.raw('?? FORCE INDEX (ledger_entries_chain_uq)', [`${db}.ledger_entries`]))
    .whereBetween('village_code', [IMPORT_CITY, `${IMPORT_CITY}~`])
    .whereIn('batch_id', batches)) as Array<Record<string, unknown>>;
  if (stored.length !== expected) throw new Error(`the import stored ${stored.length} rows, not ${expected}`);
  return stored.map((row) => ({ ...row, id: `R${String(row.id).slice(1)}`, seq: Number(row.seq) + 100_000_000 }));
}

/** Seconds of the raw multi-row INSERT of `copies`, in a transaction rolled back afterwards. */
async function rawInsert(admin: Knex, db: string, copies: Array<Record<string, unknown>>): Promise<number> {
  let seconds = 0;
  await admin
    .transaction(async (trx) => {
      const started = performance.now();
      await insertInChunks(trx, `${db}.ledger_entries`, copies);
      seconds = (performance.now() - started) / 1000;
      throw new RollBack();
    })
    .catch((err: unknown) => {
      if (!(err instanceof RollBack)) throw err;
    });
  return seconds;
}

/** Thrown to roll the raw INSERT's transaction back after timing it. */
class RollBack extends Error {}
