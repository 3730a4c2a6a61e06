import { MoneyFormatError, parseYuan } from '../../../../lib/money';

/** One row of Mutation.importPayments as the client sent it; payments-import.ts checks every field. */
export interface PaymentInputRow {
  programCode?: string | null;
  villageCode?: string | null;
  recipientName?: string | null;
  recipientIdNumber?: string | null;
  amount?: string | null;
  period?: string | null;
  paidAt?: string | null;
  projectId?: string | null;
  reversalOf?: string | null;
}

/** PaymentInput's fields that every row needs, in the order of a CSV template's columns. */
export const PAYMENT_REQUIRED_FIELDS = ['programCode', 'villageCode', 'recipientName', 'recipientIdNumber', 'amount', 'period', 'paidAt'] as const;
/** PaymentInput's optional fields, after the required ones in a CSV template. */
export const PAYMENT_OPTIONAL_FIELDS = ['projectId', 'reversalOf'] as const;

/** The project a payment falls under when the row names none: its county's, for the year. */
export const defaultProjectId = (villageCode: string, programCode: string, period: string) =>
  `PRJ-${villageCode.slice(0, 6)}-${period.slice(0, 4)}-${programCode}`;

/** A field as sent, trimmed; '' when absent. */
export function text(value: string | null | undefined): string {
  return (value ?? '').trim();
}

/** The amount in fen, or null when it is not a number of yuan with at most two decimals. */
export function amountOf(row: PaymentInputRow): number | null {
  try {
    return parseYuan(text(row.amount));
  } catch (err) {
    if (err instanceof MoneyFormatError) return null;
    throw err;
  }
}
