import type { LedgerEntryInputRow } from './ledger-import';

/**
 * The canonical text of a ledger batch for its content hash, written field by field: exactly
 * what lib/imports' canonicalJson writes for the normalised rows (keys in sorted order, absent
 * optional fields left out), which batches stored earlier were hashed by, in a fraction of its
 * time (it sorts every row's keys and calls itself for every value).
 */
export function canonicalLedgerText(rows: readonly LedgerEntryInputRow[]): string {
  const json = JSON.stringify;
  let text = '[';
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    let item = `{"amount":${json(row.amount)},"category":${json(row.category)}`;
    if (row.counterparty != null) item += `,"counterparty":${json(row.counterparty)}`;
    item += `,"date":${json(row.date)},"direction":${json(row.direction)}`;
    if (row.fundSource != null) item += `,"fundSource":${json(row.fundSource)}`;
    item += `,"period":${json(row.period)},"regionCode":${json(row.regionCode)}`;
    if (row.reversalOf != null) item += `,"reversalOf":${json(row.reversalOf)}`;
    item += `,"summary":${json(row.summary)}`;
    if (row.voucherNo != null) item += `,"voucherNo":${json(row.voucherNo)}`;
    text += i ? `,${item}}` : `${item}}`;
  }
  return `${text}]`;
}
