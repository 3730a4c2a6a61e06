import { personKey } from '../lib/person';
import { DIALECTS } from './helpers/databases';
import {
  COUNTY,
  csvText,
  errorCodes,
  financeClerk,
  financeRowCount,
  IMPORT_PAYMENTS,
  IMPORT_PAYMENTS_CSV,
  newBatch,
  newIdNumber,
  PROJECT_TOTALS_AFTER_FIRST_BATCH,
  projectTotals,
  SEEDED_PROJECT_TOTALS,
  TABLES_WITHOUT_ID_NUMBERS,
  VILLAGES,
} from './helpers/finance-imports';
import { startStack, type Stack } from './helpers/stack';
import { signToken, TEST_PERSON_KEY_SECRET } from './helpers/tokens';

const VILLAGE = VILLAGES[0];

/** A new resident's ID number, numbered by `n`. */
const idNumber = (n: number) => newIdNumber(`43100219800102${String(n).padStart(3, '0')}`);
const ID_1 = idNumber(1);
const ID_2 = idNumber(2);

const HEADER = 'programCode,villageCode,recipientName,recipientIdNumber,amount,period,paidAt,projectId,reversalOf';
/** The same two payments as CSV lines and as importPayments's input objects. */
const CSV_LINES = [
  `DIBAO,${VILLAGE},"测试,丙",${ID_1},250.00,2017-07,2017-07-10,PRJ-431002-2017-DIBAO,`,
  ` FARMLAND , ${VILLAGE} ,测试丁, ${ID_2} ,1234.5,2018-04,2018-04-10,,`,
];
const SAME_PAYMENTS = [
  {
    programCode: 'DIBAO',
    villageCode: VILLAGE,
    recipientName: '测试,丙',
    recipientIdNumber: ID_1,
    amount: '250',
    period: '2017-07',
    paidAt: '2017-07-10',
    projectId: 'PRJ-431002-2017-DIBAO',
  },
  { programCode: 'FARMLAND', villageCode: VILLAGE, recipientName: '测试丁', recipientIdNumber: ID_2, amount: '1234.50', period: '2018-04', paidAt: '2018-04-10' },
];
const csv = (lines: string[], header = HEADER) => csvText(header, lines);
/** A DIBAO payment of September 2017 in VILLAGE to resident `n`, as a CSV line. */
const line = (n: number, amount = '300.00', paidAt = '2017-09-10', reversalOf = '') =>
  `DIBAO,${VILLAGE},冲正${n},${idNumber(n)},${amount},2017-09,${paidAt},,${reversalOf}`;

describe.each(DIALECTS)('finance payments imports as CSV text through the gateway (%s)', (dialect) => {
  let stack: Stack;
  let clerk: string;
  beforeAll(async () => {
    stack = await startStack(dialect);
    clerk = await financeClerk();
  });
  afterAll(() => stack?.stop());

  const knex = () => stack.subgraphs.finance.db.knex;
  const paymentCount = () => financeRowCount(stack, 'payments');
  const batchCount = () => financeRowCount(stack, 'import_batches');
  const projects = () => projectTotals(stack);
  const importCsv = (batchKey: string, text: string, token: string | null = clerk) =>
    stack.query(IMPORT_PAYMENTS_CSV, { input: { batchKey, csv: text } }, { token: token ?? undefined });
  const importObjects = (batchKey: string, payments: unknown[]) => stack.query(IMPORT_PAYMENTS, { input: { batchKey, payments } }, { token: clerk });

  let first: { id: string; createdAt: string };

  it('stores each line as importPayments stores the same payment: fields, person, project totals, default project', async () => {
    expect(await projects()).toEqual(SEEDED_PROJECT_TOTALS);
    const count = await paymentCount();
    const { body } = await importCsv('csv-2017-07', csv(CSV_LINES));
    expect(body.errors).toBeUndefined();
    first = body.data.importPaymentsCsv;
    expect(first).toEqual(newBatch({ batchKey: 'csv-2017-07', kind: 'PAYMENTS', rowCount: 2, importedBy: 'finance-clerk' }));
    expect(await paymentCount()).toBe(count + 2);
    expect(await projects()).toEqual(PROJECT_TOTALS_AFTER_FIRST_BATCH);

    const keys = [personKey(TEST_PERSON_KEY_SECRET, ID_1), personKey(TEST_PERSON_KEY_SECRET, ID_2)];
    const stored = await knex()('payments')
      .whereIn('person_key', keys)
      .orderBy('period')
      .select('id', 'program_code', 'project_id', 'person_key', 'recipient_name', 'village_code', 'amount', 'period', 'paid_at', 'status', 'reversal_of');
    expect(stored).toEqual([
      {
        id: expect.stringMatching(new RegExp(`^PAY-${VILLAGE}-201707-DIBAO-[0-9a-f]{10}$`)),
        program_code: 'DIBAO',
        project_id: 'PRJ-431002-2017-DIBAO',
        person_key: keys[0],
        recipient_name: '测试,丙',
        village_code: VILLAGE,
        amount: 25000,
        period: '2017-07',
        paid_at: '2017-07-10',
        status: 'PAID',
        reversal_of: null,
      },
      {
        id: expect.stringMatching(new RegExp(`^PAY-${VILLAGE}-201804-FARMLAND-[0-9a-f]{10}$`)),
        program_code: 'FARMLAND',
        project_id: 'PRJ-431002-2018-FARMLAND',
        person_key: keys[1],
        recipient_name: '测试丁',
        village_code: VILLAGE,
        amount: 123450,
        period: '2018-04',
        paid_at: '2018-04-10',
        status: 'PAID',
        reversal_of: null,
      },
    ]);
    expect(await knex()('people').whereIn('person_key', keys).orderBy('name').select('name', 'masked_id_number', 'village_code')).toEqual([
      { name: '测试,丙', masked_id_number: `431002********${ID_1.slice(-4)}`, village_code: VILLAGE },
      { name: '测试丁', masked_id_number: `431002********${ID_2.slice(-4)}`, village_code: VILLAGE },
    ]);
  });

  it('never stores the raw ID numbers of the lines', async () => {
    for (const table of TABLES_WITHOUT_ID_NUMBERS) {
      const json = JSON.stringify(await knex()(table).select());
      expect([table, json.includes(ID_1), json.includes(ID_2), json.includes(ID_1.slice(0, 14))]).toEqual([table, false, false, false]);
    }
  });

  it('answers a retry with the first batch, through either mutation, and refuses other content under the key', async () => {
    const count = await paymentCount();
    const before = await projects();
    const again = await importCsv('csv-2017-07', csv(CSV_LINES));
    expect(again.body).toEqual({ data: { importPaymentsCsv: first } });
    // The same payments as input objects (spelled differently) are the same content.
    const asObjects = await importObjects('csv-2017-07', SAME_PAYMENTS);
    expect(asObjects.body).toEqual({ data: { importPayments: first } });
    const changed = await importCsv('csv-2017-07', csv([CSV_LINES[0], CSV_LINES[1].replace('1234.5', '1234.6')]));
    expect(errorCodes(changed.body)).toEqual(['IMPORT_CONFLICT']);
    expect(changed.body.data).toBeNull();

    // And the other way: a batch sent as input objects, retried as CSV text.
    const objects = await importObjects('objects-2017-09', [{ ...SAME_PAYMENTS[0], period: '2017-09', paidAt: '2017-09-10' }]);
    expect(objects.body.errors).toBeUndefined();
    const asCsv = await importCsv('objects-2017-09', csv([CSV_LINES[0].replace(',2017-07,2017-07-10,', ', 2017-09 ,2017-09-10,')]));
    expect(asCsv.body).toEqual({ data: { importPaymentsCsv: objects.body.data.importPayments } });
    const otherCsv = await importCsv('objects-2017-09', csv([CSV_LINES[0].replace(',2017-07,2017-07-10,', ',2017-09,2017-09-11,')]));
    expect(errorCodes(otherCsv.body)).toEqual(['IMPORT_CONFLICT']);
    expect(await paymentCount()).toBe(count + 1);
    expect((await projects()).next).toEqual(before.next);
  });

  it('lists every bad line (a wrong field count, the row checks) by row index and writes nothing', async () => {
    const good = line(10);
    const wrongDigit = `${idNumber(11).slice(0, 17)}${idNumber(11)[17] === '0' ? '1' : '0'}`;
    const count = await paymentCount();
    const batches = await batchCount();
    const { body } = await importCsv(
      'csv-bad',
      csv([
        good,
        good.replace('DIBAO', 'NOPE'),
        good.replace(VILLAGE, '431002001'),
        good.replace(VILLAGE, '431002999999'),
        good.replace(',2017-09,', ',2017-13,'),
        line(12, '-5.00'),
        line(13, '12.345'),
        line(14, '300.00', '2017-02-30'),
        good.replace(idNumber(10), wrongDigit),
        `DIBAO,${VILLAGE},,${idNumber(15)},,2017-09,2017-09-10,,`,
        `DIBAO,${VILLAGE},冲正16,${idNumber(16)},300.00,2017-09,2017-09-10,PRJ-431002-2017-TEKUN,`,
        `DIBAO,${VILLAGE},冲正17,${idNumber(17)},300.00,2017-09,2017-09-10,`,
        `DIBAO,${VILLAGE},冲正18,${idNumber(18)},abc,2017-09,2017-09-10,,,`,
        line(19, '300.00', '2017-09-10', 'PAY-NONE'),
      ]),
    );
    expect(body.data).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0].message).toBe('Batch "csv-bad" was refused: 13 invalid row(s); nothing was written');
    expect(body.errors![0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      rows: [
        { index: 1, reason: 'unknown programme "NOPE"' },
        { index: 2, reason: 'region "431002001" is a township, not a village' },
        { index: 3, reason: 'unknown region code "431002999999"' },
        { index: 4, reason: 'period "2017-13" is not a month YYYY-MM' },
        { index: 5, reason: 'amount must be positive' },
        { index: 6, reason: 'amount "12.345" is not a number of yuan with at most two decimals' },
        { index: 7, reason: 'paidAt "2017-02-30" is not a date YYYY-MM-DD' },
        { index: 8, reason: 'ID number check digit is wrong' },
        { index: 9, reason: 'missing recipientName, amount' },
        { index: 10, reason: 'project "PRJ-431002-2017-TEKUN" pays TEKUN, not DIBAO' },
        { index: 11, reason: 'has 8 fields; the header has 9' },
        { index: 12, reason: 'has 10 fields; the header has 9; amount "abc" is not a number of yuan with at most two decimals' },
        { index: 13, reason: 'reversalOf "PAY-NONE" is not a payment' },
      ],
      serviceName: 'finance',
    });
    // Reasons name fields, never the ID numbers the lines hold.
    expect(JSON.stringify(body).includes(idNumber(10).slice(0, 14))).toBe(false);
    expect(await paymentCount()).toBe(count);
    expect(await batchCount()).toBe(batches);
  });

  it('refuses a text that is not CSV, or whose header does not name the columns, without rows', async () => {
    const batches = await batchCount();
    const unclosed = await importCsv('csv-syntax', csv([line(20), `DIBAO,${VILLAGE},"冲正21,${idNumber(21)},300.00,2017-09,2017-09-10,,`]));
    expect(errorCodes(unclosed.body)).toEqual(['BAD_USER_INPUT']);
    expect(unclosed.body.errors![0].message).toBe('The csv is not valid CSV: line 3: a quoted field is not closed. Nothing was written');
    expect(unclosed.body.errors![0].extensions!.rows).toBeUndefined();
    // The import CLI refuses these headers in the same words (lib/csv's readCsvHeader).
    const expected =
      'The header (first line) of a payments CSV must name the columns programCode,villageCode,recipientName,recipientIdNumber,amount,period,paidAt,projectId,reversalOf (the last 2 optional); ';
    for (const [batchKey, header, text, problem] of [
      ['csv-header', HEADER.replace('recipientIdNumber', 'idNumber'), line(20), 'missing column(s): recipientIdNumber; unknown column(s): idNumber'],
      ['csv-missing', HEADER.replace(',paidAt', ''), line(20), 'missing column(s): paidAt'],
      ['csv-unknown', `${HEADER},memo`, `${line(20)},x`, 'unknown column(s): memo'],
      ['csv-twice', `${HEADER},amount`, `${line(20)},x`, 'column(s) named twice: amount'],
    ]) {
      const { body } = await importCsv(batchKey, csv([text], header));
      expect(errorCodes(body)).toEqual(['BAD_USER_INPUT']);
      expect(body.errors![0].message).toBe(`${expected}${problem}. Nothing was written`);
      expect(body.errors![0].extensions!.rows).toBeUndefined();
    }
    const empty = await importCsv('csv-empty', '');
    expect(empty.body.errors![0].message).toBe('The csv is empty; its first line must name the columns. Nothing was written');
    const noRows = await importCsv('csv-no-rows', `${HEADER}\n`);
    expect(noRows.body.errors![0].message).toBe('A batch needs at least one row');
    expect(await batchCount()).toBe(batches);
  });

  it('lets only finance staff and integration clients of the region, and admins, import; the role is checked before the text is read', async () => {
    const text = csv([line(30)]);
    const count = await paymentCount();
    const auditor = await signToken({ role: 'auditor', region: '4310', dept: 'audit' });
    expect(errorCodes((await importCsv('csv-auth-1', text, null)).body)).toEqual(['UNAUTHENTICATED']);
    const outside = await importCsv('csv-auth-2', text, await signToken({ role: 'staff', region: '431003', dept: 'finance' }));
    expect(errorCodes(outside.body)).toEqual(['FORBIDDEN']);
    expect(outside.body.errors![0].message).toBe('Your account covers region 431003; row(s) 0 name villages outside it');
    expect(errorCodes((await importCsv('csv-auth-3', text, await signToken({ role: 'staff', region: COUNTY, dept: 'complaints' }))).body)).toEqual(['FORBIDDEN']);
    expect(errorCodes((await importCsv('csv-auth-4', text, auditor)).body)).toEqual(['FORBIDDEN']);
    // Text that is not CSV is not read for a caller who may not import.
    expect(errorCodes((await importCsv('csv-auth-5', '"unclosed', auditor)).body)).toEqual(['FORBIDDEN']);
    expect(errorCodes((await importCsv('csv-auth-5', '"unclosed', null)).body)).toEqual(['UNAUTHENTICATED']);
    expect(await paymentCount()).toBe(count);

    const integration = await importCsv('csv-auth-6', text, await signToken({ role: 'integration', region: '4310', sub: 'province-one-card' }));
    expect(integration.body.data.importPaymentsCsv).toMatchObject({ rowCount: 1, importedBy: 'province-one-card' });
    const admin = await importCsv('csv-auth-7', csv([line(31)]), await signToken({ role: 'admin', region: '43', sub: 'admin-1' }));
    expect(admin.body.data.importPaymentsCsv).toMatchObject({ rowCount: 1, importedBy: 'admin-1' });
    expect(await paymentCount()).toBe(count + 2);
  });

  it('reverses a payment from the reversalOf column, negated and netted out of the project totals, at most once', async () => {
    const totals = async () => (await projects()).current;
    const before = await totals();
    expect((await importCsv('csv-originals', csv([line(40, '300.00')]))).body.errors).toBeUndefined();
    const paid = (await knex()('payments').where({ person_key: personKey(TEST_PERSON_KEY_SECRET, idNumber(40)) }).first()) as { id: string };
    expect(await totals()).toEqual({
      disbursed: (Number(before.disbursed) + 300).toFixed(2),
      beneficiaryCount: before.beneficiaryCount + 1,
      payments: { totalCount: before.payments.totalCount + 1 },
    });

    const reversal = await importCsv('csv-reversal', csv([line(40, '300.00', '2017-09-20', ` ${paid.id} `)]));
    expect(reversal.body.errors).toBeUndefined();
    expect(reversal.body.data.importPaymentsCsv).toMatchObject({ batchKey: 'csv-reversal', rowCount: 1 });
    expect(await knex()('payments').where({ reversal_of: paid.id }).select('amount', 'status', 'paid_at', 'project_id')).toEqual([
      { amount: -30000, status: 'REVERSAL', paid_at: '2017-09-20', project_id: 'PRJ-431002-2017-DIBAO' },
    ]);
    expect(await totals()).toEqual({ disbursed: before.disbursed, beneficiaryCount: before.beneficiaryCount, payments: { totalCount: before.payments.totalCount + 2 } });

    // The same batch again is the first one; another reversal of the payment is refused.
    expect((await importCsv('csv-reversal', csv([line(40, '300.00', '2017-09-20', paid.id)]))).body).toEqual(reversal.body);
    const twice = await importCsv('csv-reversal-2', csv([line(40, '300.00', '2017-09-21', paid.id)]));
    expect(twice.body.errors![0].extensions!.rows).toEqual([{ index: 0, reason: `payment "${paid.id}" has already been reversed` }]);
    expect(Number((await knex()('payments').where({ reversal_of: paid.id }).count({ n: '*' }))[0].n)).toBe(1);
  });
});
