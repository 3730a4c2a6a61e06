import { CsvSyntaxError, parseCsvText, type CsvRecord } from '../../../../lib/csv';
import { badUserInput } from '../../../../lib/errors';

/**
 * The part of an import batch sent as CSV text (importLedgerCsv, importPaymentsCsv) that does not
 * depend on its kind: the text read by lib/csv's rules and its header matched to the input
 * type's fields. Unreadable text or a wrong header refuses the whole batch (BAD_USER_INPUT without
 * rows), since no line of it can be read as a row.
 */
export interface CsvBatch {
  /** The lines after the header. */
  lines: CsvRecord[];
  /** The header's column of each field; -1 for an optional field it does not name. */
  at(field: string): number;
  /** How many columns the header names: the number of fields every line must have. */
  width: number;
}

/** The header's column of each field; BAD_USER_INPUT when a required one is missing or one is unknown. */
function columnsOf(header: string[], required: readonly string[], optional: readonly string[]): Map<string, number> {
  const names = header.map((h) => h.trim());
  const known = new Set<string>([...required, ...optional]);
  const unknown = names.filter((n) => !known.has(n));
  const missing = required.filter((r) => !names.includes(r));
  const duplicated = names.filter((n, i) => names.indexOf(n) !== i);
  if (unknown.length || missing.length || duplicated.length) {
    const problems = [
      ...(missing.length ? [`missing column(s): ${missing.join(', ')}`] : []),
      ...(unknown.length ? [`unknown column(s): ${unknown.join(', ')}`] : []),
      ...(duplicated.length ? [`column(s) named twice: ${duplicated.join(', ')}`] : []),
    ];
    throw badUserInput(
      `The csv's first line must name the columns ${[...required, ...optional].join(',')} (the last ${optional.length} optional); ${problems.join('; ')}. Nothing was written`,
    );
  }
  return new Map(names.map((name, i) => [name, i]));
}

export function readCsvBatch(csv: string, required: readonly string[], optional: readonly string[]): CsvBatch {
  let records;
  try {
    records = parseCsvText(csv);
  } catch (err) {
    if (err instanceof CsvSyntaxError) throw badUserInput(`The csv is not valid CSV: ${err.message}. Nothing was written`);
    throw err;
  }
  if (!records.length) throw badUserInput('The csv is empty; its first line must name the columns. Nothing was written');
  const columns = columnsOf(records[0].fields, required, optional);
  return { lines: records.slice(1), at: (field) => columns.get(field) ?? -1, width: columns.size };
}

/** A line's cell in `column`, trimmed; '' when the header has no such column or the line is short. */
export function cellOf(fields: readonly string[], column: number): string {
  return column < 0 ? '' : (fields[column] ?? '').trim();
}
