import { demoVillageLedger } from '../subgraphs/finance/seeds/ledger';
import { DIALECTS } from './helpers/databases';
import {
  COUNTY,
  csvText,
  errorCodes,
  financeClerk,
  IMPORT_LEDGER,
  IMPORT_LEDGER_CSV,
  ledgerDelta,
  ledgerTotals,
  newBatch,
  VILLAGES,
} from './helpers/finance-imports';
import { startStack, type Stack } from './helpers/stack';
import { signToken } from './helpers/tokens';

const [A, B] = VILLAGES;
const TOWNSHIP = A.slice(0, 9);

const HEADER = 'regionCode,period,date,direction,category,amount,summary,fundSource,counterparty,voucherNo';
/** The same two entries as CSV lines and as importLedger's input objects. */
const CSV_LINES = [
  `${A},2017-08,2017-08-03,INCOME,CONTRACTING,1234.5,"鱼塘承包费, 第""二""期",村集体资产,"承包户
王五",记-2017-08-001`,
  ` ${B} , 2017-08 ,2017-08-31,EXPENDITURE,PUBLIC_WELFARE,20.05,路灯电费,,,`,
];
const SAME_ENTRIES = [
  {
    regionCode: A,
    period: '2017-08',
    date: '2017-08-03',
    direction: 'INCOME',
    category: 'CONTRACTING',
    amount: '1234.50',
    summary: '鱼塘承包费, 第"二"期',
    fundSource: '村集体资产',
    counterparty: '承包户\n王五',
    voucherNo: '记-2017-08-001',
  },
  { regionCode: B, period: '2017-08', date: '2017-08-31', direction: 'EXPENDITURE', category: 'PUBLIC_WELFARE', amount: '20.05', summary: '路灯电费' },
];
const csv = (lines: string[], header = HEADER) => csvText(header, lines);

describe.each(DIALECTS)('finance ledger imports as CSV text through the gateway (%s)', (dialect) => {
  let stack: Stack;
  let clerk: string;
  let auditor: string;
  beforeAll(async () => {
    stack = await startStack(dialect);
    clerk = await financeClerk();
    auditor = await signToken({ role: 'auditor', region: '4310', dept: 'audit' });
  });
  afterAll(() => stack?.stop());

  const totals = () => ledgerTotals(stack, A, '2017-01', '2017-12');
  const importCsv = (batchKey: string, text: string, token: string | null = clerk) =>
    stack.query(IMPORT_LEDGER_CSV, { input: { batchKey, csv: text } }, { token: token ?? undefined });

  let first: { id: string; createdAt: string };

  it('stores each line as importLedger stores the same entry: fields, chain, monthly totals', async () => {
    const before = await totals();
    const { body } = await importCsv('csv-2017-08-a', csv(CSV_LINES));
    expect(body.errors).toBeUndefined();
    first = body.data.importLedgerCsv;
    expect(first).toEqual(newBatch({ batchKey: 'csv-2017-08-a', kind: 'LEDGER', rowCount: 2, importedBy: 'finance-clerk' }));
    // A's entry is the income; B, in the same township, has the expenditure.
    const both = { income: 123450, expenditure: 2005, entries: 2 };
    expect(ledgerDelta(before, await totals())).toEqual({ village: { income: 123450, expenditure: 0, entries: 1 }, township: both, county: both, city: both });

    const seq = demoVillageLedger(A).entries.length + 1;
    const { body: read } = await stack.query(
      `{ ledgerEntry(id: "LE-${A}-${String(seq).padStart(6, '0')}") { sequence period date direction category amount summary fundSource counterparty voucherNo } }`,
      {},
      { token: auditor },
    );
    expect(read.data.ledgerEntry).toEqual({
      sequence: seq,
      period: '2017-08',
      date: '2017-08-03',
      direction: 'INCOME',
      category: 'CONTRACTING',
      amount: '1234.50',
      summary: '鱼塘承包费, 第"二"期',
      fundSource: '村集体资产',
      counterparty: '承包户\n王五',
      voucherNo: '记-2017-08-001',
    });
    const { body: verified } = await stack.query(`{ verifyLedger(regionCode: "${TOWNSHIP}") { ok problem } }`, {}, { token: auditor });
    expect(verified.data.verifyLedger).toEqual({ ok: true, problem: null });
  });

  it('answers a retry with the first batch, through either mutation, and refuses other content under the key', async () => {
    const before = await totals();
    const again = await importCsv('csv-2017-08-a', csv(CSV_LINES));
    expect(again.body.data.importLedgerCsv).toEqual({ ...first, batchKey: 'csv-2017-08-a', kind: 'LEDGER', rowCount: 2, importedBy: 'finance-clerk' });
    // The same entries as input objects are the same content.
    const asObjects = await stack.query(IMPORT_LEDGER, { input: { batchKey: 'csv-2017-08-a', entries: SAME_ENTRIES } }, { token: clerk });
    expect(asObjects.body.data.importLedger.id).toBe(first.id);
    const changed = await importCsv('csv-2017-08-a', csv([CSV_LINES[0], CSV_LINES[1].replace('20.05', '20.06')]));
    expect(errorCodes(changed.body)).toEqual(['IMPORT_CONFLICT']);
    expect(changed.body.data).toBeNull();
    expect(await totals()).toEqual(before);
  });

  it("lists every bad line (a value its field does not accept, the store's checks) by row index and writes nothing", async () => {
    const before = await totals();
    const { body } = await importCsv(
      'csv-bad',
      csv([
        CSV_LINES[1],
        `${A},2017-13,2017-13-01,INCOME,OTHER,1.00,月份错误,,,`,
        `${A},2017-08,2017-08-32,IN,,1.005,三处错误,,,`,
        `${A},2017-08,2017-08-01,INCOME,OTHER,,,,,`,
        `431002999999,2017-08,2017-08-01,INCOME,OTHER,5.00,未知村,,,`,
        `${A},2017-08,2017-08-01,INCOME,OTHER,5.00,少一列,,`,
        `${A},2017-08,2017-09-01,INCOME,OTHER,-5.00,跨月且为负,,,`,
      ]),
    );
    expect(errorCodes(body)).toEqual(['BAD_USER_INPUT']);
    expect(body.errors![0].message).toBe('Batch "csv-bad" was refused: 6 invalid row(s); nothing was written');
    expect(body.errors![0].extensions!.rows).toEqual([
      { index: 1, reason: 'period "2017-13" is not a month such as 2017-03; date "2017-13-01" is not a date such as 2017-03-31' },
      {
        index: 2,
        reason:
          'date "2017-08-32" is not a date such as 2017-03-31; direction "IN" is not INCOME or EXPENDITURE; category is missing; amount "1.005" is not an amount of yuan with at most two decimals, such as 1234.50',
      },
      { index: 3, reason: 'amount is missing; summary is missing' },
      { index: 4, reason: 'regionCode 431002999999 is not a known region' },
      { index: 5, reason: 'has 9 fields; the header has 10' },
      { index: 6, reason: 'date 2017-09-01 is not in period 2017-08; amount must be positive (a correction is a reversing entry, see reversalOf)' },
    ]);
    expect(await totals()).toEqual(before);
  });

  it('refuses a text that is not CSV, or whose header does not name the columns, without rows', async () => {
    const unclosed = await importCsv('csv-syntax', csv([`${A},2017-08,2017-08-01,INCOME,OTHER,5.00,"未闭合,,,`]));
    expect(errorCodes(unclosed.body)).toEqual(['BAD_USER_INPUT']);
    expect(unclosed.body.errors![0].message).toBe('The csv is not valid CSV: line 2: a quoted field is not closed. Nothing was written');
    // The import CLI refuses these headers in the same words (lib/csv's readCsvHeader).
    const expected =
      'The header (first line) of a ledger CSV must name the columns regionCode,period,date,direction,category,amount,summary,fundSource,counterparty,voucherNo,reversalOf (the last 4 optional); ';
    for (const [batchKey, header, problem] of [
      ['csv-missing', 'regionCode,period,date,direction,category,amount,fundSource,counterparty,voucherNo', 'missing column(s): summary'],
      ['csv-unknown', `${HEADER},memo`, 'unknown column(s): memo'],
      ['csv-twice', `${HEADER},amount`, 'column(s) named twice: amount'],
      ['csv-all', 'regionCode,period,date,direction,category,amount,memo,date', 'missing column(s): summary; unknown column(s): memo; column(s) named twice: date'],
    ]) {
      const { body } = await importCsv(batchKey, csv([CSV_LINES[1]], header));
      expect(errorCodes(body)).toEqual(['BAD_USER_INPUT']);
      expect(body.errors![0].message).toBe(`${expected}${problem}. Nothing was written`);
      expect(body.errors![0].extensions!.rows).toBeUndefined();
    }
    const empty = await importCsv('csv-empty', '');
    expect(empty.body.errors![0].message).toBe('The csv is empty; its first line must name the columns. Nothing was written');
    const noRows = await importCsv('csv-no-rows', `${HEADER}\n`);
    expect(noRows.body.errors![0].message).toBe('A batch needs at least one row');
  });

  it('lets only finance staff and integration clients of the region import', async () => {
    const before = await totals();
    const text = csv([`${A},2017-08,2017-08-05,INCOME,OTHER,1.00,权限测试,,,`]);
    expect(errorCodes((await importCsv('csv-auth', text, null)).body)).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes((await importCsv('csv-auth', text, await signToken({ role: 'staff', region: '431003', dept: 'finance' }))).body)).toEqual(['FORBIDDEN']);
    expect(errorCodes((await importCsv('csv-auth', text, await signToken({ role: 'staff', region: COUNTY, dept: 'complaints' }))).body)).toEqual(['FORBIDDEN']);
    expect(errorCodes((await importCsv('csv-auth', text, auditor)).body)).toEqual(['FORBIDDEN']);
    expect(await totals()).toEqual(before);
    const integration = await importCsv('csv-auth', text, await signToken({ role: 'integration', region: '4310', sub: 'provincial-platform' }));
    expect(integration.body.data.importLedgerCsv).toMatchObject({ rowCount: 1, importedBy: 'provincial-platform' });
  });
});
