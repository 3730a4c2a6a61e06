/**
 * Money is integer fen in stores and a yuan string with exactly two decimals on the wire.
 * Fen are JavaScript numbers: every safe integer (9e15 fen, 90 trillion yuan) is exact,
 * which is far above any province's annual budget.
 */

const YUAN_PATTERN = /^(-)?(\d{1,13})(?:\.(\d{1,2}))?$/;

export class MoneyFormatError extends Error {}

/** Formats fen (a number, a bigint, or a decimal-integer string from a driver) as "1234.50". */
export function formatFen(fen: number | bigint | string): string {
  let value: bigint;
  if (typeof fen === 'bigint') value = fen;
  else if (typeof fen === 'number') {
    if (!Number.isSafeInteger(fen)) throw new MoneyFormatError(`not a whole number of fen: ${fen}`);
    value = BigInt(fen);
  } else {
    if (!/^-?\d+$/.test(fen)) throw new MoneyFormatError(`not a whole number of fen: ${fen}`);
    value = BigInt(fen);
  }
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const yuan = abs / 100n;
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${yuan}.${cents}`;
}

/** Parses "1234.5" or "1234.50" (at most two decimals) into fen; throws MoneyFormatError. */
export function parseYuan(text: string): number {
  const match = YUAN_PATTERN.exec(text.trim());
  if (!match) {
    throw new MoneyFormatError(`"${text}" is not an amount of yuan with at most two decimals, such as "1234.50"`);
  }
  const [, sign, whole, decimals = ''] = match;
  const fen = Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
  return sign ? -fen : fen;
}

/** Drivers return SUM() as number, string or null; this makes it a number of fen. */
export function toFen(value: number | string | bigint | null | undefined): number {
  if (value === null || value === undefined) return 0;
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new MoneyFormatError(`not a whole number of fen: ${value}`);
  return n;
}
