import { csvField, readCsvHeader, widthProblem } from '../../lib/csv';
import { ImportCliError } from './errors';

/**
 * What the import CLI can send: for each kind, the CSV columns (exactly the fields of the
 * GraphQL input type, in that order in the template), the mutation and its input list, and a
 * local check of each row's format so an obvious typo is reported with its line number before
 * anything is sent. The server checks everything again (regions, duplicates, rights).
 */
export interface ImportKind {
  readonly name: 'ledger' | 'payments';
  readonly mutation: string;
  /** The mutation's field in `data`. */
  readonly field: string;
  /** One row as the request carries it. */
  encodeRow(row: Record<string, string>): string;
  /** The mutation's `input` variable as JSON, for a batch of encoded rows. */
  inputJson(batchKey: string, rows: readonly string[]): string;
  readonly required: readonly string[];
  readonly optional: readonly string[];
  /** Problems with one row's values (required ones are present when this runs). */
  check(row: Record<string, string>): readonly string[];
  /**
   * What a batch locks on the server: rows with one key must arrive one batch after another, in
   * file order (a village's ledger chain; a county's default projects and their totals), rows
   * with different keys may be sent side by side (scripts/import/batches.ts).
   */
  laneKey(row: Record<string, string>): string;
}

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const AMOUNT = /^\d{1,13}(\.\d{1,2})?$/;

function formatProblems(row: Record<string, string>, checks: Array<[string, RegExp, string]>): string[] {
  return checks.filter(([column, pattern]) => row[column] !== undefined && row[column] !== '' && !pattern.test(row[column])).map(
    ([column, , hint]) => `${column} "${row[column]}" is not ${hint}`,
  );
}

const BATCH_FIELDS = 'id batchKey kind rowCount importedBy createdAt';

const LEDGER_COLUMNS = ['regionCode', 'period', 'date', 'direction', 'category', 'amount', 'summary', 'fundSource', 'counterparty', 'voucherNo', 'reversalOf'];
const LEDGER_CSV_HEADER = `${LEDGER_COLUMNS.join(',')}\n`;
const LEDGER_DIRECTIONS: ReadonlySet<string | undefined> = new Set(['INCOME', 'EXPENDITURE']);
const LEDGER_CATEGORIES: ReadonlySet<string | undefined> = new Set(['OPERATING', 'CONTRACTING', 'INVESTMENT', 'SUBSIDY', 'MANAGEMENT', 'PUBLIC_WELFARE', 'OTHER']);
const NO_PROBLEMS: readonly string[] = [];

/**
 * One row as a CSV line of `columns` (the first always present), cells quoted where CSV needs it.
 * Joined, not concatenated: a line is kept until its batch is sent, and a concatenated one stays
 * a tree of a dozen string pieces, which the collector copied over and over while a file was
 * checked (a 100,000-row file spent a third of its checking time collecting).
 */
function csvLine(columns: readonly string[], row: Record<string, string>): string {
  const cells = new Array<string>(columns.length);
  for (let i = 0; i < columns.length; i++) {
    const value = row[columns[i]];
    cells[i] = value === undefined ? '' : csvField(value);
  }
  return cells.join(',');
}

/**
 * Ledger batches go as CSV text (importLedgerCsv): one String variable, which the gateway and
 * finance pass on without coercing an input object per row; finance stores the same rows and
 * hashes the same content as importLedger would.
 */
export const LEDGER: ImportKind = {
  name: 'ledger',
  mutation: `mutation ImportLedgerCsv($input: LedgerCsvImportInput!) { importLedgerCsv(input: $input) { ${BATCH_FIELDS} } }`,
  field: 'importLedgerCsv',
  required: LEDGER_COLUMNS.slice(0, 7),
  optional: LEDGER_COLUMNS.slice(7),
  encodeRow: (row) => csvLine(LEDGER_COLUMNS, row),
  inputJson: (batchKey, rows) => `{"batchKey":${JSON.stringify(batchKey)},"csv":${JSON.stringify(`${LEDGER_CSV_HEADER}${rows.join('\n')}\n`)}}`,
  laneKey: (row) => row.regionCode,
  check: (row) => {
    // The common case, a valid row, without building any list: the CLI checks every line before
    // it sends anything, so this is on the path of the whole import.
    const valid =
      PERIOD.test(row.period) && DATE.test(row.date) && AMOUNT.test(row.amount) && LEDGER_DIRECTIONS.has(row.direction) && LEDGER_CATEGORIES.has(row.category);
    if (valid) return NO_PROBLEMS;
    return [
      ...formatProblems(row, [
        ['period', PERIOD, 'a month such as 2017-03'],
        ['date', DATE, 'a date such as 2017-03-31'],
        ['amount', AMOUNT, 'a positive amount of yuan with at most two decimals, such as 1234.50'],
      ]),
      ...(row.direction === undefined || LEDGER_DIRECTIONS.has(row.direction) ? [] : [`direction "${row.direction}" is not INCOME or EXPENDITURE`]),
      ...(row.category === undefined || LEDGER_CATEGORIES.has(row.category)
        ? []
        : [`category "${row.category}" is not one of OPERATING, CONTRACTING, INVESTMENT, SUBSIDY, MANAGEMENT, PUBLIC_WELFARE, OTHER`]),
    ];
  },
};

const PAYMENT_COLUMNS = ['programCode', 'villageCode', 'recipientName', 'recipientIdNumber', 'amount', 'period', 'paidAt', 'projectId', 'reversalOf'];
const PAYMENT_CSV_HEADER = `${PAYMENT_COLUMNS.join(',')}\n`;

/**
 * Payments batches go as CSV text (importPaymentsCsv), like ledger batches: finance stores the
 * same rows and hashes the same content as importPayments would.
 */
export const PAYMENTS: ImportKind = {
  name: 'payments',
  mutation: `mutation ImportPaymentsCsv($input: PaymentCsvImportInput!) { importPaymentsCsv(input: $input) { ${BATCH_FIELDS} } }`,
  field: 'importPaymentsCsv',
  encodeRow: (row) => csvLine(PAYMENT_COLUMNS, row),
  inputJson: (batchKey, rows) => `{"batchKey":${JSON.stringify(batchKey)},"csv":${JSON.stringify(`${PAYMENT_CSV_HEADER}${rows.join('\n')}\n`)}}`,
  required: PAYMENT_COLUMNS.slice(0, 7),
  optional: PAYMENT_COLUMNS.slice(7),
  laneKey: (row) => row.villageCode.slice(0, 6),
  check: (row) =>
    formatProblems(row, [
      ['period', PERIOD, 'a month such as 2017-03'],
      ['paidAt', DATE, 'a date such as 2017-03-31'],
      ['amount', AMOUNT, 'a positive amount of yuan with at most two decimals, such as 260.00'],
    ]),
};

export const KINDS: Record<string, ImportKind> = { ledger: LEDGER, payments: PAYMENTS };

/** The header's columns; ImportCliError when lib/csv's header check refuses it. */
export function columnsOf(kind: ImportKind, header: string[]): string[] {
  const read = readCsvHeader(kind.name, header, kind.required, kind.optional);
  if ('problem' in read) throw new ImportCliError(read.problem);
  return read.columns;
}

/**
 * One CSV record as an input object: cells trimmed, empty optional cells left out. Returns the
 * row's problems instead when it has any.
 */
export function toInput(kind: ImportKind, columns: string[], fields: string[]): { input: Record<string, string> } | { problems: string[] } {
  const width = widthProblem(fields, columns.length);
  if (width) return { problems: [width] };
  const row: Record<string, string> = {};
  for (let i = 0; i < columns.length; i++) {
    const value = fields[i].trim();
    if (value !== '') row[columns[i]] = value;
  }
  let problems: string[] | null = null;
  for (const column of kind.required) if (row[column] === undefined) (problems ??= []).push(`${column} is empty`);
  const checked = kind.check(row);
  if (checked.length) (problems ??= []).push(...checked);
  return problems ? { problems } : { input: row };
}
