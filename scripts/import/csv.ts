import { createReadStream } from 'node:fs';
import { CsvReader, CsvSyntaxError, type CsvRecord } from '../../lib/csv';
import { ImportCliError } from './errors';

/**
 * The CLI's reading of a CSV file by lib/csv's rules (those finance reads its CSV batches by): a
 * syntax error is an ImportCliError, printed with its line.
 */
function cliError(err: unknown): unknown {
  return err instanceof CsvSyntaxError ? new ImportCliError(err.message) : err;
}

/** How much of a text held in memory is read at a time (characters). */
const TEXT_SLICE = 64 * 1024;

/**
 * The records of a file's text held in memory, read a slice at a time as they are taken: each
 * record can be dropped as soon as it has been checked, instead of every line's fields staying
 * alive until the last line is read (which made the collector copy them over and over).
 */
export function* readCsvText(text: string): Generator<CsvRecord> {
  const reader = new CsvReader();
  try {
    for (let at = 0; at < text.length; at += TEXT_SLICE) yield* reader.push(text.slice(at, at + TEXT_SLICE));
    yield* reader.end();
  } catch (err) {
    throw cliError(err);
  }
}

/** The records of a file read as a stream, one chunk at a time: constant memory for a file of any size. */
export async function* readCsv(path: string): AsyncGenerator<CsvRecord> {
  const reader = new CsvReader();
  let records: CsvRecord[];
  for await (const chunk of createReadStream(path, { encoding: 'utf8' }) as AsyncIterable<string>) {
    try {
      records = reader.push(chunk);
    } catch (err) {
      throw cliError(err);
    }
    yield* records;
  }
  try {
    records = reader.end();
  } catch (err) {
    throw cliError(err);
  }
  yield* records;
}
