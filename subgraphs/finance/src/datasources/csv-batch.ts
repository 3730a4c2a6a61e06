import { CsvSyntaxError, parseCsvText, readCsvHeader, type CsvRecord } from '../../../../lib/csv';
import { badUserInput } from '../../../../lib/errors';

/**
 * The part of an import batch sent as CSV text (importLedgerCsv, importPaymentsCsv) common to both
 * kinds: the text read by lib/csv's rules and its header checked against the input type's fields
 * by lib/csv's header check, the one the import CLI uses. Unreadable text or a wrong header
 * refuses the whole batch (BAD_USER_INPUT without rows), since no line of it can be read as a row.
 */
export interface CsvBatch {
  /** The lines after the header. */
  lines: CsvRecord[];
  /** The header's column of each field; -1 for an optional field it does not name. */
  at(field: string): number;
  /** How many columns the header names: the number of fields every line must have. */
  width: number;
}

/** `kind` (ledger, payments) names the batch's kind in a refusal of its header. */
export function readCsvBatch(kind: string, csv: string, required: readonly string[], optional: readonly string[]): CsvBatch {
  let records;
  try {
    records = parseCsvText(csv);
  } catch (err) {
    if (err instanceof CsvSyntaxError) throw badUserInput(`The csv is not valid CSV: ${err.message}. Nothing was written`);
    throw err;
  }
  if (!records.length) throw badUserInput('The csv is empty; its first line must name the columns. Nothing was written');
  const header = readCsvHeader(kind, records[0].fields, required, optional);
  if ('problem' in header) throw badUserInput(`${header.problem}. Nothing was written`);
  const columns = new Map(header.columns.map((name, i) => [name, i]));
  return { lines: records.slice(1), at: (field) => columns.get(field) ?? -1, width: columns.size };
}

/** A line's cell in `column`, trimmed; '' when the header has no such column or the line is short. */
export function cellOf(fields: readonly string[], column: number): string {
  return column < 0 ? '' : (fields[column] ?? '').trim();
}
