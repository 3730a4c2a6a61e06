import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { insertInChunks } from '../lib/db/bulk';
import { Random } from '../lib/random';
import { villagesUnder } from '../lib/regions/divisions';
import { benchDatabaseName, tokenFor } from './bench-env';
import { adminKnex } from './databases';
import type { BenchOptions } from './options';
import type { ImportRateReport } from './report-types';
import type { BenchStack } from './stack';

/**
 * The import-rate target: `npm run import -- ledger FILE.csv` through our gateway (as a
 * provincial system would send it: batches of the CLI's default size, in its default lanes),
 * against a raw multi-row INSERT of the same rows, as the import stored them, into the same
 * table of the same database (in a transaction rolled back afterwards, with the ids and chain
 * positions shifted so they do not collide with the rows they copy).
 */
const IMPORT_CLI = join(__dirname, '..', 'scripts', 'import.js');
const CATEGORIES = ['OPERATING', 'CONTRACTING', 'INVESTMENT', 'SUBSIDY', 'MANAGEMENT', 'PUBLIC_WELFARE', 'OTHER'];

/** A ledger CSV of `rows` rows over Chenzhou's villages in 2018, unique to this run. */
function ledgerCsv(rows: number, runId: string): string {
  const villages = villagesUnder('4310').map((v) => v.code);
  const rng = new Random(`import-rate:${rows}`);
  const lines = ['regionCode,period,date,direction,category,amount,summary'];
  for (let i = 0; i < rows; i += 1) {
    const month = String(1 + (i % 12)).padStart(2, '0');
    const day = String(rng.int(1, 28)).padStart(2, '0');
    const income = rng.chance(0.4);
    const amount = `${rng.int(50, 200_000)}.${String(rng.int(0, 99)).padStart(2, '0')}`;
    lines.push([villages[i % villages.length], `2018-${month}`, `2018-${month}-${day}`, income ? 'INCOME' : 'EXPENDITURE', rng.pick(CATEGORIES), amount, `benchmark ${runId} entry ${i}`].join(','));
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
    const runId = `${process.pid}-${Date.now().toString(36)}`;
    const file = join(dir, 'ledger.csv');
    writeFileSync(file, ledgerCsv(options.importRows, runId));
    const keyPrefix = `ledger-${createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16)}-`;
    const token = (await tokenFor({ kind: 'user', role: 'integration', region: '43', dept: 'finance' }))!;
    log(`import rate: ${options.importRows} ledger rows through the gateway`);
    const cli = await runCli(file, `http://127.0.0.1:${stack.ports.gateway}/graphql`, token);

    const db = benchDatabaseName(options.scale, 'finance');
    const batches = await admin(`${db}.import_batches`).where('batch_key', 'like', `${keyPrefix}%`).pluck('id');
    const stored = (await admin(`${db}.ledger_entries`).whereIn('batch_id', batches)) as Array<Record<string, unknown>>;
    if (stored.length !== options.importRows) throw new Error(`the import stored ${stored.length} rows, not ${options.importRows}`);
    const copies = stored.map((row) => ({ ...row, id: `R${String(row.id).slice(1)}`, seq: Number(row.seq) + 100_000_000 }));

    log(`import rate: the same ${copies.length} rows as a raw multi-row INSERT`);
    let rawSeconds = 0;
    await admin
      .transaction(async (trx) => {
        const started = performance.now();
        await insertInChunks(trx, `${db}.ledger_entries`, copies);
        rawSeconds = (performance.now() - started) / 1000;
        throw new RollBack();
      })
      .catch((err: unknown) => {
        if (!(err instanceof RollBack)) throw err;
      });
    const importRate = options.importRows / cli.seconds;
    const rawRate = options.importRows / rawSeconds;
    log(`import rate: import ${importRate.toFixed(0)} rows/s, raw INSERT ${rawRate.toFixed(0)} rows/s`);
    return {
      rows: options.importRows,
      importSeconds: cli.seconds,
      rawInsertSeconds: rawSeconds,
      importRowsPerSecond: importRate,
      rawRowsPerSecond: rawRate,
      ratio: importRate / rawRate,
      note: 'Import: wall time of the CLI process (start-up included) sending batches of its default size and concurrency through our gateway (100,000 rows unless --import-rows says otherwise: the rate it sustains, not its start-up). Raw: multi-row INSERTs of 1,875 rows (the 30,000-parameter chunks of lib/db/bulk.ts) in one transaction into the same table.',
    };
  } finally {
    await admin.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Thrown to roll the raw INSERT's transaction back after timing it. */
class RollBack extends Error {}
