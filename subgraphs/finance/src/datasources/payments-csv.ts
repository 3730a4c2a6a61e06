import { widthProblem } from '../../../../lib/csv';
import { cellOf, readCsvBatch } from './csv-batch';
import { PAYMENT_OPTIONAL_FIELDS, PAYMENT_REQUIRED_FIELDS, type PaymentInputRow } from './payment-input';

/**
 * `importPaymentsCsv`'s batch: CSV text whose header names PaymentInput's fields and whose lines
 * are the payments. One String variable instead of thousands of input objects, so neither the
 * gateway nor this subgraph coerces thousands of objects per batch. Each line becomes the row
 * importPayments would have received (cells trimmed, empty cells absent), so the row checks, the
 * content hash and the stored payments are the same; the raw ID number goes where it goes from an
 * input object (into a person key and a masked form) and nowhere else. PaymentInput's fields are
 * nullable strings and ids, which GraphQL accepts whatever their text, so the row checks already
 * judge every value; what only a CSV line can get wrong, its field count, becomes a reason of that
 * row, listed with the row checks.
 */
export interface ParsedPaymentsCsv {
  /** One per line after the header. */
  rows: PaymentInputRow[];
  /** The format problems of rows, by row index (0 = the line after the header). */
  problems: Map<number, string[]>;
}

export function parsePaymentsCsv(csv: string): ParsedPaymentsCsv {
  const { lines, at, width } = readCsvBatch('payments', csv, PAYMENT_REQUIRED_FIELDS, PAYMENT_OPTIONAL_FIELDS);
  const [programCode, villageCode, recipientName, recipientIdNumber, amount, period, paidAt] = PAYMENT_REQUIRED_FIELDS.map(at);
  const [projectId, reversalOf] = PAYMENT_OPTIONAL_FIELDS.map(at);
  const rows: PaymentInputRow[] = [];
  const problems = new Map<number, string[]>();
  for (const { fields } of lines) {
    const shape = widthProblem(fields, width);
    if (shape) problems.set(rows.length, [shape]);
    const cell = (column: number) => cellOf(fields, column) || null;
    rows.push({
      programCode: cell(programCode),
      villageCode: cell(villageCode),
      recipientName: cell(recipientName),
      recipientIdNumber: cell(recipientIdNumber),
      amount: cell(amount),
      period: cell(period),
      paidAt: cell(paidAt),
      projectId: cell(projectId),
      reversalOf: cell(reversalOf),
    });
  }
  return { rows, problems };
}
