import { canonicalJson } from '../../../lib/imports';
import { canonicalLedgerText } from '../src/datasources/ledger-content';
import type { LedgerEntryInputRow } from '../src/datasources/ledger-import';

describe('canonicalLedgerText', () => {
  it('writes exactly the canonical JSON of the rows, with and without each optional field', () => {
    const base: LedgerEntryInputRow = {
      regionCode: '431002001001',
      period: '2017-07',
      date: '2017-07-01',
      direction: 'INCOME',
      category: 'OTHER',
      amount: 100,
      summary: '利息 "补" \\ 记\n',
      fundSource: null,
      counterparty: null,
      voucherNo: null,
      reversalOf: null,
    };
    const rows: LedgerEntryInputRow[] = [
      base,
      { ...base, fundSource: '县财政局', counterparty: 'A,B', voucherNo: '记-1', reversalOf: 'LE-431002001001-000001', amount: 12345678901 },
      { ...base, counterparty: '', fundSource: undefined, amount: Number.NaN },
    ];
    const text = canonicalLedgerText(rows);
    expect(text).toBe(canonicalJson(rows));
    expect(text.slice(0, 60)).toBe('[{"amount":100,"category":"OTHER","date":"2017-07-01","direc');
    expect(canonicalLedgerText([])).toBe('[]');
  });
});
