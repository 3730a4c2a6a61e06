import { personKey } from '../lib/person';
import { DIALECTS } from './helpers/databases';
import {
  errorCodes,
  financeClerk,
  financeRowCount,
  IMPORT_PAYMENTS,
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

const NEW_ID = newIdNumber('43100219800101123');
const NEW_NAME = '测试甲';
const MASKED_ID = `431002********${NEW_ID.slice(-4)}`;

const VALID_ROWS = [
  { programCode: 'DIBAO', villageCode: VILLAGE, recipientName: NEW_NAME, recipientIdNumber: NEW_ID, amount: '250.00', period: '2017-07', paidAt: '2017-07-10' },
  { programCode: 'FARMLAND', villageCode: VILLAGE, recipientName: NEW_NAME, recipientIdNumber: NEW_ID, amount: '1234.5', period: '2018-04', paidAt: '2018-04-10' },
];

describe.each(DIALECTS)('importPayments through the gateway (%s)', (dialect) => {
  let stack: Stack;
  let staff: string;
  beforeAll(async () => {
    stack = await startStack(dialect);
    staff = await financeClerk('beihu-finance-1');
  });
  afterAll(() => stack?.stop());

  const knex = () => stack.subgraphs.finance.db.knex;
  const paymentCount = () => financeRowCount(stack, 'payments');
  const batchCount = () => financeRowCount(stack, 'import_batches');
  const importAs = (token: string | undefined, batchKey: string, payments: unknown[]) =>
    stack.query(IMPORT_PAYMENTS, { input: { batchKey, payments } }, token ? { token } : {});

  it('writes a batch once, updates the project totals, and creates the missing default project', async () => {
    expect(await projectTotals(stack)).toEqual(SEEDED_PROJECT_TOTALS);
    const count = await paymentCount();

    const first = await importAs(staff, 'beihu-2017-07', VALID_ROWS);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data.importPayments).toEqual(newBatch({ batchKey: 'beihu-2017-07', kind: 'PAYMENTS', rowCount: 2, importedBy: 'beihu-finance-1' }));
    expect(await paymentCount()).toBe(count + 2);
    expect(await projectTotals(stack)).toEqual(PROJECT_TOTALS_AFTER_FIRST_BATCH);

    // The same key and content (spelled differently) is the first batch again, and writes nothing.
    const again = await importAs(staff, 'beihu-2017-07', [VALID_ROWS[0], { ...VALID_ROWS[1], amount: '1234.50', recipientIdNumber: ` ${NEW_ID} ` }]);
    expect(again.body).toEqual(first.body);
    expect(await paymentCount()).toBe(count + 2);

    const changed = await importAs(staff, 'beihu-2017-07', [VALID_ROWS[0], { ...VALID_ROWS[1], amount: '1234.60' }]);
    expect(errorCodes(changed.body)).toEqual(['IMPORT_CONFLICT']);
    expect(await paymentCount()).toBe(count + 2);
    expect((await projectTotals(stack)).next.disbursed).toBe('1234.50');
  });

  it('finds the imported payments by self-lookup and shows the key only to auditors', async () => {
    const query = 'query Mine($id: String!, $name: String!) { mySubsidies(idNumber: $id, name: $name) { amount period project { id } recipient { maskedName maskedIdNumber personKey } } }';
    const { body } = await stack.query(query, { id: NEW_ID, name: NEW_NAME });
    expect(body).toEqual({
      data: {
        mySubsidies: [
          { amount: '250.00', period: '2017-07', project: { id: 'PRJ-431002-2017-DIBAO' }, recipient: { maskedName: '测**', maskedIdNumber: MASKED_ID, personKey: null } },
          { amount: '1234.50', period: '2018-04', project: { id: 'PRJ-431002-2018-FARMLAND' }, recipient: { maskedName: '测**', maskedIdNumber: MASKED_ID, personKey: null } },
        ],
      },
    });
    const auditor = await signToken({ role: 'auditor', region: '431002', dept: 'audit' });
    const seen = await stack.query(
      `{ payments(regionCode: "${VILLAGE}", period: "2018-04", programCode: "FARMLAND", first: 20) { edges { node { amount recipient { personKey } } } } }`,
      undefined,
      { token: auditor },
    );
    const imported = seen.body.data.payments.edges.filter((e: { node: { amount: string } }) => e.node.amount === '1234.50');
    expect(imported).toEqual([{ node: { amount: '1234.50', recipient: { personKey: personKey(TEST_PERSON_KEY_SECRET, NEW_ID) } } }]);
  });

  it('never stores the raw ID number', async () => {
    for (const table of TABLES_WITHOUT_ID_NUMBERS) {
      const rows = await knex()(table).select();
      const json = JSON.stringify(rows);
      expect([table, json.includes(NEW_ID), json.includes(NEW_ID.slice(0, 14))]).toEqual([table, false, false]);
    }
    expect(await knex()('people').where({ person_key: personKey(TEST_PERSON_KEY_SECRET, NEW_ID) }).select('name', 'masked_id_number', 'village_code')).toEqual([
      { name: NEW_NAME, masked_id_number: MASKED_ID, village_code: VILLAGE },
    ]);
  });

  it('refuses a batch with bad rows, listing every one, and writes nothing', async () => {
    const good = VALID_ROWS[0];
    const wrongDigit = `${NEW_ID.slice(0, 17)}${NEW_ID[17] === '0' ? '1' : '0'}`;
    const rows = [
      good,
      { ...good, programCode: 'NOPE' },
      { ...good, villageCode: '431002001' },
      { ...good, villageCode: '431002999999' },
      { ...good, period: '2017-13' },
      { ...good, amount: '-5.00' },
      { ...good, amount: '0' },
      { ...good, amount: '12.345' },
      { ...good, paidAt: '2017-02-30' },
      { ...good, recipientIdNumber: wrongDigit },
      { ...good, recipientName: undefined, amount: '' },
      { ...good, projectId: 'PRJ-431002-2017-TEKUN' },
      { ...good, projectId: 'PRJ-999999-2017-DIBAO' },
    ];
    const count = await paymentCount();
    const batches = await batchCount();
    const { body } = await importAs(staff, 'beihu-bad', rows);
    expect(body.data).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      rows: [
        { index: 1, reason: 'unknown programme "NOPE"' },
        { index: 2, reason: 'region "431002001" is a township, not a village' },
        { index: 3, reason: 'unknown region code "431002999999"' },
        { index: 4, reason: 'period "2017-13" is not a month YYYY-MM' },
        { index: 5, reason: 'amount must be positive' },
        { index: 6, reason: 'amount must be positive' },
        { index: 7, reason: 'amount "12.345" is not a number of yuan with at most two decimals' },
        { index: 8, reason: 'paidAt "2017-02-30" is not a date YYYY-MM-DD' },
        { index: 9, reason: 'ID number check digit is wrong' },
        { index: 10, reason: 'missing recipientName, amount' },
        { index: 11, reason: 'project "PRJ-431002-2017-TEKUN" pays TEKUN, not DIBAO' },
        { index: 12, reason: 'unknown project "PRJ-999999-2017-DIBAO"' },
      ],
      serviceName: 'finance',
    });
    expect(body.errors?.[0].message).toBe('Batch "beihu-bad" was refused: 12 invalid row(s); nothing was written');
    expect(await paymentCount()).toBe(count);
    expect(await batchCount()).toBe(batches);
  });

  it('lets only finance staff and integration clients of the region, and admins, import', async () => {
    const row = { ...VALID_ROWS[0], period: '2017-08', paidAt: '2017-08-10' };
    const count = await paymentCount();
    const neighbour = await signToken({ role: 'staff', region: '431003', dept: 'finance' });
    const complaintsStaff = await signToken({ role: 'staff', region: '431002', dept: 'complaints' });
    const auditor = await signToken({ role: 'auditor', region: '4310', dept: 'audit' });
    expect(errorCodes((await importAs(undefined, 'auth-1', [row])).body)).toEqual(['UNAUTHENTICATED']);
    const outside = await importAs(neighbour, 'auth-2', [row]);
    expect(errorCodes(outside.body)).toEqual(['FORBIDDEN']);
    expect(outside.body.errors?.[0].message).toBe('Your account covers region 431003; row(s) 0 name villages outside it');
    expect(errorCodes((await importAs(complaintsStaff, 'auth-3', [row])).body)).toEqual(['FORBIDDEN']);
    expect(errorCodes((await importAs(auditor, 'auth-4', [row])).body)).toEqual(['FORBIDDEN']);
    expect(await paymentCount()).toBe(count);

    const integration = await signToken({ role: 'integration', region: '4310', sub: 'province-one-card' });
    const admin = await signToken({ role: 'admin', region: '43' });
    expect((await importAs(integration, 'auth-5', [row])).body.data.importPayments.importedBy).toBe('province-one-card');
    expect((await importAs(admin, 'auth-6', [{ ...row, period: '2017-09' }])).body.data.importPayments.rowCount).toBe(1);
    expect(await paymentCount()).toBe(count + 2);
  });

  it('counts both of two concurrent imports into one project in its totals', async () => {
    const before = (await projectTotals(stack)).current;
    const row = (first17: string, amount: string) => ({
      ...VALID_ROWS[0],
      recipientName: '并发乙',
      recipientIdNumber: newIdNumber(first17),
      amount,
      period: '2017-10',
      paidAt: '2017-10-10',
    });
    const results = await Promise.all([
      importAs(staff, 'concurrent-a', [row('43100219800101125', '100.00')]),
      importAs(staff, 'concurrent-b', [row('43100219800101126', '200.25')]),
    ]);
    expect(results.map((r) => r.body.errors)).toEqual([undefined, undefined]);
    const after = (await projectTotals(stack)).current;
    expect(after).toEqual({
      disbursed: (Number(before.disbursed) + 300.25).toFixed(2),
      beneficiaryCount: before.beneficiaryCount + 2,
      payments: { totalCount: before.payments.totalCount + 2 },
    });
  });

  it('refuses UPDATE and DELETE on payments in the store itself', async () => {
    const id = 'PAY-431002001001-201701-DIBAO-0';
    // Matched by message, not toThrow: better-sqlite3's native addon keeps the SqliteError class of
    // the first test file a jest worker ran, so in later files it is not this realm's Error.
    await expect(knex()('payments').where({ id }).update({ amount: 1 })).rejects.toMatchObject({ message: expect.stringMatching(/payments are insert-only/) });
    await expect(knex()('payments').where({ id }).delete()).rejects.toMatchObject({ message: expect.stringMatching(/payments are insert-only/) });
    expect(await knex()('payments').where({ id }).first()).toMatchObject({ id, amount: 26000 });
  });
});
