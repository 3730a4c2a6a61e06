import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { CsvRecord } from '../../lib/csv';
import { BatchCutter, cutBatches, type Batch, type CutOptions } from './batches';
import { BatchRefused, postBatch, type ImportBatchResult, type PostOptions } from './client';
import { readCsv, readCsvText } from './csv';
import { ImportCliError } from './errors';
import { columnsOf, toInput, type ImportKind } from './kinds';
import { ProgressBar } from './progress';
import { writeNotImported } from './remaining';

/**
 * `npm run import -- <ledger|payments> FILE.csv`: sends a CSV through the gateway in batches,
 * as a provincial system would, `concurrency` of them in flight (one per lane, see
 * batches.ts). Batch n of a file has the key `<kind>-<first 16 hex of the file's
 * SHA-256>-<n>`, so running the same file again resumes safely: batches already imported are
 * answered with their first result and nothing is written twice. A different --batch-size or
 * --concurrency cuts the file differently; the server then refuses the first differing batch
 * with IMPORT_CONFLICT instead of importing anything twice.
 */
export interface ImportCliOptions {
  kind: ImportKind;
  file: string;
  url: string;
  token: string | undefined;
  batchSize: number;
  /** Batches in flight at once; also the number of lanes the file is cut into. */
  concurrency: number;
  attempts?: number;
  backoffMs?: number;
}

export interface ImportCliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

export interface ImportCliSummary {
  rows: number;
  batches: number;
  /** Batches this run wrote. */
  imported: number;
  /** Batches an earlier run had written (answered with their first result). */
  alreadyImported: number;
  /** In batch-number order. */
  batchIds: string[];
}

/**
 * Defaults of the CLI. Larger batches pay the per-request work (HTTP, transaction, chain-head
 * locks and upserts, commit) less often: 5000 rows (the server's most) imported 100,000 ledger
 * rows in about a tenth less time than 2000 did; four in flight keep the gateway, the subgraph and
 * the database busy at once instead of each waiting for the others (2, 3, 6 and 8 were no faster).
 */
export const DEFAULT_BATCH_SIZE = 5000;
export const DEFAULT_CONCURRENCY = 4;

/**
 * The most JSON of rows one batch carries: half of the gateway's smallest body limit for
 * importers (staff, 2 MiB), so that long Chinese summaries cannot push a full batch past it.
 */
export const MAX_BATCH_BYTES = 1024 * 1024;

/**
 * Files up to this size are read once, into memory: checked, hashed and cut in one pass, and
 * sent from the batches cut. Larger files are streamed twice (checked, then cut while sending),
 * so memory stays bounded for a file of any size.
 */
export const IN_MEMORY_MAX_BYTES = 64 * 1024 * 1024;

/** The records of a file and the SHA-256 of its bytes. */
interface FileRecords {
  records: Iterable<CsvRecord> | AsyncIterable<CsvRecord>;
  hash(): Promise<string>;
  /** Whether the whole file is in memory (then its batches are kept as they are cut). */
  inMemory: boolean;
}

async function openFile(file: string): Promise<FileRecords> {
  if ((await stat(file)).size > IN_MEMORY_MAX_BYTES) {
    return {
      records: readCsv(file),
      inMemory: false,
      hash: async () => {
        const hash = createHash('sha256');
        for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
        return hash.digest('hex');
      },
    };
  }
  const bytes = await readFile(file);
  return { records: readCsvText(bytes.toString('utf8')), inMemory: true, hash: async () => createHash('sha256').update(bytes).digest('hex') };
}

interface CheckedFile {
  rows: number;
  batches: number;
  /** Every batch, when the file was read into memory; null when they are cut again while sending. */
  cut: Batch[] | null;
  hash: string;
}

/**
 * The header is valid and every row is well-formed, or every bad line is listed. Returns how
 * many rows and batches the file holds.
 */
async function checkFile(kind: ImportKind, file: string, options: CutOptions): Promise<CheckedFile> {
  const opened = await openFile(file);
  let columns: string[] | null = null;
  let rows = 0;
  let batches = 0;
  const kept: Batch[] = [];
  const cutter = new BatchCutter(kind, options);
  const problems: string[] = [];
  const take = (cut: Batch[]) => {
    batches += cut.length;
    if (opened.inMemory) for (const batch of cut) kept.push(batch);
  };
  const visit = (record: CsvRecord) => {
    if (!columns) {
      columns = columnsOf(kind, record.fields);
      return;
    }
    rows += 1;
    const row = toInput(kind, columns, record.fields);
    if ('problems' in row) problems.push(`line ${record.line}: ${row.problems.join('; ')}`);
    else if (!problems.length) take(cutter.add(row.input, record.line));
  };
  // A file in memory is checked in one synchronous loop, not one await per line.
  if (Symbol.iterator in opened.records) for (const record of opened.records) visit(record);
  else for await (const record of opened.records) visit(record);
  if (!columns) throw new ImportCliError(`${file} is empty; the first line must be the header`);
  if (problems.length) {
    const shown = problems.slice(0, 50);
    throw new ImportCliError(
      `${problems.length} line(s) of ${file} are not valid; nothing was sent:\n${shown.join('\n')}${problems.length > shown.length ? `\n... and ${problems.length - shown.length} more` : ''}`,
    );
  }
  take(cutter.finish());
  return { rows, batches, cut: opened.inMemory ? kept : null, hash: await opened.hash() };
}

/** Explains a refused batch in terms of the file: row indexes become CSV line numbers. */
function refusalDetails(err: BatchRefused, lines: number[]): string[] {
  return err.errors.flatMap((e) =>
    e.extensions?.rows?.length ? e.extensions.rows.map((r) => `line ${lines[r.index]}: ${r.reason}`) : [`${e.extensions?.code ?? 'ERROR'}: ${e.message}`],
  );
}

export async function runImportCli(options: ImportCliOptions, io: ImportCliIo): Promise<ImportCliSummary> {
  const { kind, file } = options;
  const startedAt = Date.now();
  const cut: CutOptions = { batchSize: options.batchSize, lanes: options.concurrency, maxBytes: MAX_BATCH_BYTES };
  const checked = await checkFile(kind, file, cut);
  const { rows: total, batches } = checked;
  const keyPrefix = `${kind.name}-${checked.hash.slice(0, 16)}`;
  const post: PostOptions = { url: options.url, token: options.token, attempts: options.attempts ?? 4, backoffMs: options.backoffMs ?? 500 };
  const progress = new ProgressBar(io.stderr, total);
  const summary: ImportCliSummary = { rows: 0, batches, imported: 0, alreadyImported: 0, batchIds: [] };
  const done = new Map<number, string>();
  const mutationJson = JSON.stringify(kind.mutation);

  const send = async (batch: Batch): Promise<void> => {
    const body = `{"query":${mutationJson},"variables":{"input":${kind.inputJson(`${keyPrefix}-${batch.no}`, batch.rows)}}}`;
    const result: ImportBatchResult = await postBatch(post, body, kind.field);
    // A batch created before this run started was imported by an earlier run of the same file
    // (only the summary depends on this machine's clock agreeing with the server's).
    if (Date.parse(result.createdAt) < startedAt) summary.alreadyImported += 1;
    else summary.imported += 1;
    summary.rows += batch.rows.length;
    done.set(batch.no, result.id);
    progress.update(summary.rows, `${done.size}/${batches} batches`);
  };
  progress.update(0, `0/${batches} batches`);
  const failure = await sendInLanes(checked.cut ?? cutBatches(kind, file, cut), options.concurrency, send);
  progress.finish();
  summary.batchIds = [...done.keys()].sort((a, b) => a - b).map((no) => done.get(no)!);
  if (failure) throw await explainFailure(options, cut, summary, new Set(done.keys()), failure);
  io.stdout.write(
    `Imported ${file} (${kind.name}): ${summary.rows} rows in ${batches} batch(es); ${summary.imported} new, ${summary.alreadyImported} already imported by an earlier run.\n`,
  );
  return summary;
}

interface Failure {
  batch: Batch;
  error: unknown;
}

/**
 * Sends each lane's batches one after another and the lanes side by side. The first failure
 * stops every lane from starting another batch; those in flight finish. Batches cut while
 * sending are cut ahead of it by at most two per lane.
 */
async function sendInLanes(batches: Iterable<Batch> | AsyncIterable<Batch>, lanes: number, send: (batch: Batch) => Promise<void>): Promise<Failure | null> {
  const queues: Batch[][] = Array.from({ length: lanes }, () => []);
  const running: Array<Promise<void> | null> = Array.from({ length: lanes }, () => null);
  let failure: Failure | null = null;
  let wake: (() => void) | null = null;
  const drain = async (lane: number) => {
    while (queues[lane].length && !failure) {
      const batch = queues[lane].shift()!;
      try {
        await send(batch);
      } catch (error) {
        failure ??= { batch, error };
      }
      wake?.();
    }
    running[lane] = null;
  };
  for await (const batch of batches) {
    queues[batch.lane].push(batch);
    running[batch.lane] ??= drain(batch.lane);
    while (!failure && queues.reduce((n, q) => n + q.length, 0) > 2 * lanes) await new Promise<void>((resolve) => (wake = resolve));
    if (failure) break;
  }
  await Promise.all(running);
  return failure;
}

/** What failed, what was imported, and how to go on. */
async function explainFailure(
  options: ImportCliOptions,
  cut: CutOptions,
  summary: ImportCliSummary,
  imported: Set<number>,
  { batch, error }: Failure,
): Promise<ImportCliError> {
  const { lines, no } = batch;
  const progress = summary.rows
    ? `${summary.rows} rows in ${imported.size} batch(es) were imported (${summary.imported} new, ${summary.alreadyImported} by an earlier run).`
    : 'Nothing was imported.';
  if (!(error instanceof BatchRefused)) {
    return new ImportCliError(`Batch ${no} could not be sent: ${(error as Error).message}. ${progress} Run the same command again to resume.`);
  }
  const head = `Batch ${no} (lines ${lines[0]}-${lines[lines.length - 1]}) was refused:\n${refusalDetails(error, lines).join('\n')}\n`;
  if (error.errors.some((e) => e.extensions?.code === 'IMPORT_CONFLICT')) {
    return new ImportCliError(
      `${head}This file was imported before with a different --batch-size or --concurrency; run it again with the same --batch-size and --concurrency as then (the defaults were --batch-size 500 --concurrency 1 before --concurrency existed, then --batch-size 2000 --concurrency 4).`,
    );
  }
  if (!summary.rows) return new ImportCliError(`${head}${progress}`);
  const rest = await writeNotImported(options.kind, options.file, cut, imported);
  return new ImportCliError(
    `${head}${progress} The other ${rest.rows} rows were not; they are in ${rest.path} (in file order): correct the lines named above there and import that file.`,
  );
}
