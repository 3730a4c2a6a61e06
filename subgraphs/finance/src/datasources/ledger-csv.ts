import { widthProblem } from '../../../../lib/csv';
import { MoneyFormatError, parseYuan } from '../../../../lib/money';
import { isValidDate, isValidPeriod } from '../../../../lib/scalars';
import { cellOf, readCsvBatch } from './csv-batch';
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

export function parseLedgerCsv(csv: string): ParsedLedgerCsv {
  const { lines, at, width } = readCsvBatch('ledger', csv, LEDGER_CSV_REQUIRED, LEDGER_CSV_OPTIONAL);
  const [region, period, date, direction, category, amount, summary] = LEDGER_CSV_REQUIRED.map(at);
  const [fundSource, counterparty, voucherNo, reversalOf] = LEDGER_CSV_OPTIONAL.map(at);
  const rows: LedgerEntryInputRow[] = [];
  const problems = new Map<number, string[]>();
  for (const { fields } of lines) {
    const reasons: string[] = [];
    const shape = widthProblem(fields, width);
    if (shape) reasons.push(shape);
    const cell = (column: number) => cellOf(fields, column);
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
