import { createReadStream } from 'node:fs';
import { CsvReader, CsvSyntaxError, parseCsvText, type CsvRecord } from '../../lib/csv';
import { ImportCliError } from './errors';

/**
 * The CLI's reading of a CSV file by lib/csv's rules (those finance reads its CSV batches by): a
 * syntax error is an ImportCliError, printed with its line.
 */
function cliError(err: unknown): unknown {
  return err instanceof CsvSyntaxError ? new ImportCliError(err.message) : err;
}

/** The records of a file's text held in memory. */
export function readCsvText(text: string): CsvRecord[] {
  try {
    return parseCsvText(text);
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
