import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BatchCutter, cutBatches, jsonBytes, laneOf, type Batch } from '../batches';
import { LEDGER, PAYMENTS } from '../kinds';

const HEADER = 'regionCode,period,date,direction,category,amount,summary';
const row = (village: string, n: number) => ({
  regionCode: village,
  period: '2017-07',
  date: '2017-07-01',
  direction: 'INCOME',
  category: 'OTHER',
  amount: '1.00',
  summary: `s${n}`,
});
const shape = (batches: Batch[]) => batches.map((b) => ({ no: b.no, lane: b.lane, lines: b.lines }));

describe('laneOf', () => {
  it('gives a key the same lane on every run (FNV-1a of the key, modulo the lanes)', () => {
    expect(['431002001001', '431002001002', '431002001003', '431002999991'].map((k) => laneOf(k, 4))).toEqual([1, 0, 3, 1]);
    expect(['431002001001', '431002001002', '431002001003', 'abc'].map((k) => laneOf(k, 3))).toEqual([0, 0, 2, 2]);
    expect(laneOf('431002001001', 1)).toBe(0);
  });
});

describe('jsonBytes', () => {
  it('counts the UTF-8 bytes of the JSON of a row exactly, for text JSON writes as it is and text it escapes', () => {
    const rows: Array<Record<string, string>> = [
      {},
      row('431002001001', 1),
      { summary: '"引号" and \\ backslash', counterparty: 'tab\tand\nline', voucherNo: '\u0001\u001f' },
      { summary: '村集体 😀 emoji', fundSource: 'lone \ud800 surrogate', 'key "quoted"': 'é' },
    ];
    for (const r of rows) expect(jsonBytes(r)).toBe(Buffer.byteLength(JSON.stringify(r)));
  });
});

describe('BatchCutter', () => {
  // Of 4 lanes, 431002001001 and 431002001005 are in lane 1, 431002001002 in 0, 431002001004 in 2.
  it('cuts each lane at the batch size, numbers batches as they are cut, and flushes the lanes in order at the end', () => {
    const cutter = new BatchCutter(LEDGER, { batchSize: 2, lanes: 4, maxBytes: 1 << 20 });
    const villages = ['431002001001', '431002001002', '431002001005', '431002001001', '431002001001', '431002001002', '431002001004', '431002001005'];
    const cut = villages.flatMap((v, i) => cutter.add(row(v, i), i + 2));
    expect(shape(cut)).toEqual([
      { no: 1, lane: 1, lines: [2, 4] },
      { no: 2, lane: 1, lines: [5, 6] },
      { no: 3, lane: 0, lines: [3, 7] },
    ]);
    expect(shape(cutter.finish())).toEqual([
      { no: 4, lane: 1, lines: [9] },
      { no: 5, lane: 2, lines: [8] },
    ]);
  });

  it('with one lane cuts the file into consecutive batches', () => {
    const cutter = new BatchCutter(LEDGER, { batchSize: 2, lanes: 1, maxBytes: 1 << 20 });
    const cut = ['431002001001', '431002001002', '431002001003'].flatMap((v, i) => cutter.add(row(v, i), i + 2));
    expect(shape([...cut, ...cutter.finish()])).toEqual([
      { no: 1, lane: 0, lines: [2, 3] },
      { no: 2, lane: 0, lines: [4] },
    ]);
  });

  it('cuts a batch before its rows as JSON would pass maxBytes (where JSON batches were cut), and carries ledger rows as CSV lines', () => {
    const one = JSON.stringify(row('431002001001', 0));
    const cutter = new BatchCutter(LEDGER, { batchSize: 100, lanes: 1, maxBytes: 2 * (one.length + 1) });
    const cut = [0, 1, 2].flatMap((i) => cutter.add(row('431002001001', i), i + 2));
    expect(shape(cut)).toEqual([{ no: 1, lane: 0, lines: [2, 3] }]);
    expect(cut[0].rows).toEqual(['431002001001,2017-07,2017-07-01,INCOME,OTHER,1.00,s0,,,,', '431002001001,2017-07,2017-07-01,INCOME,OTHER,1.00,s1,,,,']);
    expect(shape(cutter.finish())).toEqual([{ no: 2, lane: 0, lines: [4] }]);
  });

  it("writes a ledger batch as importLedgerCsv's input: the full header, then each row with its cells quoted where CSV needs it", () => {
    const rows = [LEDGER.encodeRow({ ...row('431002001001', 0), summary: '租金, "一期"', voucherNo: '记-1' })];
    expect(rows).toEqual(['431002001001,2017-07,2017-07-01,INCOME,OTHER,1.00,"租金, ""一期""",,,记-1,']);
    expect(JSON.parse(LEDGER.inputJson('ledger-abc-1', rows))).toEqual({
      batchKey: 'ledger-abc-1',
      csv: 'regionCode,period,date,direction,category,amount,summary,fundSource,counterparty,voucherNo,reversalOf\n431002001001,2017-07,2017-07-01,INCOME,OTHER,1.00,"租金, ""一期""",,,记-1,\n',
    });
  });

  it("writes a payments batch as importPaymentsCsv's input: the full header, then each row, absent optional cells empty", () => {
    const payment = { programCode: 'DIBAO', villageCode: '431002001001', recipientName: '王, "五"', recipientIdNumber: '43100219800101123X', amount: '260.00', period: '2017-07', paidAt: '2017-07-10' };
    const rows = [PAYMENTS.encodeRow(payment), PAYMENTS.encodeRow({ ...payment, recipientName: '李四', reversalOf: 'PAY-1' })];
    expect(rows).toEqual([
      'DIBAO,431002001001,"王, ""五""",43100219800101123X,260.00,2017-07,2017-07-10,,',
      'DIBAO,431002001001,李四,43100219800101123X,260.00,2017-07,2017-07-10,,PAY-1',
    ]);
    expect(JSON.parse(PAYMENTS.inputJson('payments-abc-1', rows))).toEqual({
      batchKey: 'payments-abc-1',
      csv: `programCode,villageCode,recipientName,recipientIdNumber,amount,period,paidAt,projectId,reversalOf\n${rows.join('\n')}\n`,
    });
  });
});

describe('cutBatches', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'batches-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a checked file into the same batches the cutter makes', async () => {
    const path = join(dir, 'f.csv');
    writeFileSync(path, [HEADER, '431002001001,2017-07,2017-07-01,INCOME,OTHER,1.00,a', '431002001002,2017-07,2017-07-01,INCOME,OTHER,2.00,b'].join('\n'));
    const batches: Batch[] = [];
    for await (const batch of cutBatches(LEDGER, path, { batchSize: 10, lanes: 4, maxBytes: 1 << 20 })) batches.push(batch);
    expect(shape(batches)).toEqual([
      { no: 1, lane: 0, lines: [3] },
      { no: 2, lane: 1, lines: [2] },
    ]);
    expect(batches[1].rows).toEqual(['431002001001,2017-07,2017-07-01,INCOME,OTHER,1.00,a,,,,']);
  });
});
