import { CsvTextSyntaxError, parseCsvText } from '../../../../lib/csv-text';
import { badUserInput } from '../../../../lib/errors';
import { MoneyFormatError, parseYuan } from '../../../../lib/money';
import { isValidDate, isValidPeriod } from '../../../../lib/scalars';
import { CATEGORIES, DIRECTIONS, type Category, type Direction } from './ledger-chain';
import type { LedgerEntryInputRow } from './ledger-import';

/**
 * `importLedgerCsv`'s batch: CSV text whose header names LedgerEntryInput's fields and whose
 * lines are the entries. One String variable instead of thousands of input objects, so neither
 * the gateway nor this subgraph coerces thousands of objects per batch. Each line becomes the
 * row importLedger would have received (cells trimmed, empty optional cells absent); what
 * GraphQL's scalars and enums would have refused becomes a reason of that row, so one refusal
 * lists every bad row with the rest of the row checks.
 */
export const LEDGER_CSV_REQUIRED = ['regionCode', 'period', 'date', 'direction', 'category', 'amount', 'summary'] as const;
export const LEDGER_CSV_OPTIONAL = ['fundSource', 'counterparty', 'voucherNo', 'reversalOf'] as const;

export interface ParsedLedgerCsv {
  /** One per line after the header; a field that could not be read keeps its text (amount: NaN). */
  rows: LedgerEntryInputRow[];
  /** The format problems of rows, by row index (0 = the line after the header). */
  problems: Map<number, string[]>;
}

const DIRECTION_SET: ReadonlySet<string> = new Set(DIRECTIONS);
const CATEGORY_SET: ReadonlySet<string> = new Set(CATEGORIES);

/** The header's column of each field; BAD_USER_INPUT when a required one is missing or one is unknown. */
function columnsOf(header: string[]): Map<string, number> {
  const names = header.map((h) => h.trim());
  const known = new Set<string>([...LEDGER_CSV_REQUIRED, ...LEDGER_CSV_OPTIONAL]);
  const unknown = names.filter((n) => !known.has(n));
  const missing = LEDGER_CSV_REQUIRED.filter((r) => !names.includes(r));
  const duplicated = names.filter((n, i) => names.indexOf(n) !== i);
  if (unknown.length || missing.length || duplicated.length) {
    const problems = [
      ...(missing.length ? [`missing column(s): ${missing.join(', ')}`] : []),
      ...(unknown.length ? [`unknown column(s): ${unknown.join(', ')}`] : []),
      ...(duplicated.length ? [`column(s) named twice: ${duplicated.join(', ')}`] : []),
    ];
    throw badUserInput(
      `The csv's first line must name the columns ${[...LEDGER_CSV_REQUIRED, ...LEDGER_CSV_OPTIONAL].join(',')} (the last ${LEDGER_CSV_OPTIONAL.length} optional); ${problems.join('; ')}. Nothing was written`,
    );
  }
  return new Map(names.map((name, i) => [name, i]));
}

export function parseLedgerCsv(csv: string): ParsedLedgerCsv {
  let records;
  try {
    records = parseCsvText(csv);
  } catch (err) {
    if (err instanceof CsvTextSyntaxError) throw badUserInput(`The csv is not valid CSV: ${err.message}. Nothing was written`);
    throw err;
  }
  if (!records.length) throw badUserInput('The csv is empty; its first line must name the columns. Nothing was written');
  const columns = columnsOf(records[0].fields);
  const at = (name: string) => columns.get(name) ?? -1;
  const [region, period, date, direction, category, amount, summary] = LEDGER_CSV_REQUIRED.map(at);
  const [fundSource, counterparty, voucherNo, reversalOf] = LEDGER_CSV_OPTIONAL.map(at);
  const width = columns.size;
  const rows: LedgerEntryInputRow[] = [];
  const problems = new Map<number, string[]>();
  for (let r = 1; r < records.length; r++) {
    const fields = records[r].fields;
    const reasons: string[] = [];
    if (fields.length !== width) reasons.push(`has ${fields.length} fields; the header has ${width}`);
    const cell = (column: number) => (column < 0 ? '' : (fields[column] ?? '').trim());
    const row: LedgerEntryInputRow = {
      regionCode: cell(region),
      period: cell(period),
      date: cell(date),
      direction: cell(direction) as Direction,
      category: cell(category) as Category,
      amount: Number.NaN,
      summary: cell(summary),
      fundSource: cell(fundSource) || null,
      counterparty: cell(counterparty) || null,
      voucherNo: cell(voucherNo) || null,
      reversalOf: cell(reversalOf) || null,
    };
    if (!isValidPeriod(row.period)) reasons.push(row.period ? `period "${row.period}" is not a month such as 2017-03` : 'period is missing');
    if (!isValidDate(row.date)) reasons.push(row.date ? `date "${row.date}" is not a date such as 2017-03-31` : 'date is missing');
    if (!DIRECTION_SET.has(row.direction)) {
      reasons.push(row.direction ? `direction "${row.direction}" is not INCOME or EXPENDITURE` : 'direction is missing');
    }
    if (!CATEGORY_SET.has(row.category)) {
      reasons.push(row.category ? `category "${row.category}" is not one of ${CATEGORIES.join(', ')}` : 'category is missing');
    }
    const yuan = cell(amount);
    if (!yuan) reasons.push('amount is missing');
    else {
      try {
        row.amount = parseYuan(yuan);
      } catch (err) {
        if (!(err instanceof MoneyFormatError)) throw err;
        reasons.push(`amount "${yuan}" is not an amount of yuan with at most two decimals, such as 1234.50`);
      }
    }
    if (reasons.length) problems.set(rows.length, reasons);
    rows.push(row);
  }
  return { rows, problems };
}
