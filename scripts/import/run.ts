import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { BatchRefused, postBatch, type ImportBatchResult, type PostOptions } from './client';
import { readCsv } from './csv';
import { ImportCliError } from './errors';
import { columnsOf, toInput, type ImportKind } from './kinds';
import { ProgressBar } from './progress';

/**
 * `npm run import -- <ledger|payments> FILE.csv`: sends a CSV through the gateway in batches,
 * as a provincial system would. Batch n of a file has the key `<kind>-<first 16 hex of the
 * file's SHA-256>-<n>`, so running the same file again resumes safely: batches already
 * imported are answered with their first result and nothing is written twice. A different
 * --batch-size cuts the file differently; the server then refuses the first batch with
 * IMPORT_CONFLICT instead of importing anything twice.
 */
export interface ImportCliOptions {
  kind: ImportKind;
  file: string;
  url: string;
  token: string | undefined;
  batchSize: number;
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
  batchIds: string[];
}

async function fileHash(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** First pass: the header is valid and every row is well-formed, or every bad line is listed. */
async function checkFile(kind: ImportKind, file: string): Promise<number> {
  let columns: string[] | null = null;
  let rows = 0;
  const problems: string[] = [];
  for await (const record of readCsv(file)) {
    if (!columns) {
      columns = columnsOf(kind, record.fields);
      continue;
    }
    rows += 1;
    const row = toInput(kind, columns, record.fields);
    if ('problems' in row) problems.push(`line ${record.line}: ${row.problems.join('; ')}`);
  }
  if (!columns) throw new ImportCliError(`${file} is empty; the first line must be the header`);
  if (problems.length) {
    const shown = problems.slice(0, 50);
    throw new ImportCliError(
      `${problems.length} line(s) of ${file} are not valid; nothing was sent:\n${shown.join('\n')}${problems.length > shown.length ? `\n... and ${problems.length - shown.length} more` : ''}`,
    );
  }
  return rows;
}

/** Second pass: batches of rows with the CSV line of each, in file order. */
async function* batchesOf(kind: ImportKind, file: string, size: number): AsyncGenerator<{ rows: Record<string, string>[]; lines: number[] }> {
  let columns: string[] | null = null;
  let batch: { rows: Record<string, string>[]; lines: number[] } = { rows: [], lines: [] };
  for await (const record of readCsv(file)) {
    if (!columns) {
      columns = columnsOf(kind, record.fields);
      continue;
    }
    const row = toInput(kind, columns, record.fields);
    if ('problems' in row) throw new ImportCliError(`line ${record.line} changed while importing`);
    batch.rows.push(row.input);
    batch.lines.push(record.line);
    if (batch.rows.length === size) {
      yield batch;
      batch = { rows: [], lines: [] };
    }
  }
  if (batch.rows.length) yield batch;
}

/** Explains a refused batch in terms of the file: row indexes become CSV line numbers. */
function refusal(err: BatchRefused, batchNo: number, lines: number[], imported: number): ImportCliError {
  const details = err.errors.flatMap((e) =>
    e.extensions?.rows?.length ? e.extensions.rows.map((r) => `line ${lines[r.index]}: ${r.reason}`) : [`${e.extensions?.code ?? 'ERROR'}: ${e.message}`],
  );
  const conflict = err.errors.some((e) => e.extensions?.code === 'IMPORT_CONFLICT');
  const advice = conflict
    ? 'This file was imported before with a different --batch-size; run it again with the same --batch-size.'
    : imported
      ? `Batches 1-${batchNo - 1} were imported. Batch ${batchNo} and the rest were not: put the corrected remaining rows (from line ${lines[0]}) in a new file and import that.`
      : 'Nothing was imported.';
  return new ImportCliError(`Batch ${batchNo} (lines ${lines[0]}-${lines[lines.length - 1]}) was refused:\n${details.join('\n')}\n${advice}`);
}

export async function runImportCli(options: ImportCliOptions, io: ImportCliIo): Promise<ImportCliSummary> {
  const { kind, file, batchSize } = options;
  const startedAt = Date.now();
  const total = await checkFile(kind, file);
  const keyPrefix = `${kind.name}-${(await fileHash(file)).slice(0, 16)}`;
  const batches = Math.ceil(total / batchSize);
  const post: PostOptions = { url: options.url, token: options.token, attempts: options.attempts ?? 4, backoffMs: options.backoffMs ?? 500 };
  const progress = new ProgressBar(io.stderr, total);
  const summary: ImportCliSummary = { rows: 0, batches, imported: 0, alreadyImported: 0, batchIds: [] };
  let batchNo = 0;
  progress.update(0, `0/${batches} batches`);
  for await (const { rows, lines } of batchesOf(kind, file, batchSize)) {
    batchNo += 1;
    let result: ImportBatchResult;
    try {
      result = await postBatch(post, kind.mutation, kind.field, { input: { batchKey: `${keyPrefix}-${batchNo}`, [kind.listField]: rows } });
    } catch (err) {
      progress.finish();
      if (err instanceof BatchRefused) throw refusal(err, batchNo, lines, summary.imported + summary.alreadyImported);
      throw new ImportCliError(`Batch ${batchNo} could not be sent: ${(err as Error).message}. Run the same command again to resume.`);
    }
    // A batch created before this run started was imported by an earlier run of the same file
    // (only the summary depends on this machine's clock agreeing with the server's).
    if (Date.parse(result.createdAt) < startedAt) summary.alreadyImported += 1;
    else summary.imported += 1;
    summary.rows += rows.length;
    summary.batchIds.push(result.id);
    progress.update(summary.rows, `${batchNo}/${batches} batches`);
  }
  progress.finish();
  io.stdout.write(
    `Imported ${file} (${kind.name}): ${summary.rows} rows in ${batches} batch(es); ${summary.imported} new, ${summary.alreadyImported} already imported by an earlier run.\n`,
  );
  return summary;
}
