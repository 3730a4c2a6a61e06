import { villagesUnder } from '../lib/regions/divisions';
import { demoVillageLedger } from '../subgraphs/finance/seeds/ledger';
import { DIALECTS } from './helpers/databases';
import { COUNTY, errorCodes, financeClerk, IMPORT_LEDGER, ledgerDelta, ledgerTotals, newBatch, VILLAGES } from './helpers/finance-imports';
import { startStack, type Stack } from './helpers/stack';
import { signToken } from './helpers/tokens';

const [A, B] = VILLAGES;
const TOWNSHIP = A.slice(0, 9);

const entry = (over: Record<string, unknown>) => ({
  regionCode: A,
  period: '2017-06',
  date: '2017-06-15',
  direction: 'INCOME',
  category: 'CONTRACTING',
  amount: '100.00',
  summary: '集体山林承包费（补缴）',
  ...over,
});

const KNOWN_ROWS = [
  entry({ amount: '1234.50', voucherNo: '记-2017-06-101', counterparty: '山林承包户', fundSource: '村集体资产' }),
  entry({ direction: 'EXPENDITURE', category: 'PUBLIC_WELFARE', amount: '200.05', summary: '村道维修材料费' }),
  entry({ period: '2017-05', date: '2017-05-31', category: 'OTHER', amount: '10', summary: '存款利息收入' }),
  entry({ regionCode: B, direction: 'EXPENDITURE', category: 'MANAGEMENT', amount: '99.99', summary: '办公用品购置' }),
];

describe.each(DIALECTS)('finance ledger imports through the gateway (%s)', (dialect) => {
  let stack: Stack;
  let clerk: string;
  let auditor: string;
  beforeAll(async () => {
    stack = await startStack(dialect);
    clerk = await financeClerk();
    auditor = await signToken({ role: 'auditor', region: '4310', dept: 'audit' });
  });
  afterAll(() => stack?.stop());

  const totals = () => ledgerTotals(stack, A, '2017-01', '2017-06');
  const importLedger = (batchKey: string, entries: unknown[], token: string | null = clerk) =>
    stack.query(IMPORT_LEDGER, { input: { batchKey, entries } }, { token: token ?? undefined });

  let firstBatch: { id: string; createdAt: string };

  it('changes every level’s totals by exactly the imported amounts and extends the chains', async () => {
    const before = await totals();
    const { body } = await importLedger('township-2017-06-a', KNOWN_ROWS);
    expect(body.errors).toBeUndefined();
    firstBatch = body.data.importLedger;
    expect(firstBatch).toEqual(newBatch({ batchKey: 'township-2017-06-a', kind: 'LEDGER', rowCount: 4, importedBy: 'finance-clerk' }));
    const after = await totals();
    expect(ledgerDelta(before, after)).toEqual({
      village: { income: 124450, expenditure: 20005, entries: 3 },
      township: { income: 124450, expenditure: 30004, entries: 4 },
      county: { income: 124450, expenditure: 30004, entries: 4 },
      city: { income: 124450, expenditure: 30004, entries: 4 },
    });

    const seeded = demoVillageLedger(A).entries.length;
    const { body: list } = await stack.query(
      `{ ledgerEntries(regionCode: "${A}", from: "2017-05", first: 100) { edges { node { id sequence period amount direction voucherNo counterparty fundSource } } } }`,
      {},
      { token: auditor },
    );
    const nodes = list.data.ledgerEntries.edges.map((e: { node: unknown }) => e.node);
    const id = (seq: number) => `LE-${A}-${String(seq).padStart(6, '0')}`;
    expect(nodes.slice(-3)).toEqual([
      { id: id(seeded + 1), sequence: seeded + 1, period: '2017-06', amount: '1234.50', direction: 'INCOME', voucherNo: '记-2017-06-101', counterparty: '山林承包户', fundSource: '村集体资产' },
      { id: id(seeded + 2), sequence: seeded + 2, period: '2017-06', amount: '200.05', direction: 'EXPENDITURE', voucherNo: null, counterparty: null, fundSource: null },
      { id: id(seeded + 3), sequence: seeded + 3, period: '2017-05', amount: '10.00', direction: 'INCOME', voucherNo: null, counterparty: null, fundSource: null },
    ]);
    const { body: verified } = await stack.query(`{ verifyLedger(regionCode: "${TOWNSHIP}") { ok checked } }`, {}, { token: auditor });
    const townshipSeeded = villagesUnder(TOWNSHIP).reduce((n, v) => n + demoVillageLedger(v.code).entries.length, 0);
    expect(verified.data.verifyLedger).toEqual({ ok: true, checked: townshipSeeded + 4 });
  });

  it('returns the first batch for a repeated import and writes nothing', async () => {
    const before = await totals();
    const { body } = await importLedger('township-2017-06-a', KNOWN_ROWS);
    expect(body.data.importLedger).toEqual({ ...firstBatch, batchKey: 'township-2017-06-a', kind: 'LEDGER', rowCount: 4, importedBy: 'finance-clerk' });
    expect(await totals()).toEqual(before);
  });

  it('refuses the same key with different content and writes nothing', async () => {
    const before = await totals();
    const changed = [...KNOWN_ROWS.slice(0, 3), entry({ regionCode: B, amount: '99.98' })];
    const { body } = await importLedger('township-2017-06-a', changed);
    expect(errorCodes(body)).toEqual(['IMPORT_CONFLICT']);
    expect(body.data).toBeNull();
    expect(await totals()).toEqual(before);
  });

  it('lists every invalid row with its reason and writes nothing', async () => {
    const before = await totals();
    const { body } = await importLedger('township-2017-06-bad', [
      entry({}),
      entry({ regionCode: '431002999999' }),
      entry({ regionCode: TOWNSHIP }),
      entry({ date: '2017-07-01' }),
      entry({ amount: '-5.00' }),
      entry({ amount: '0.00', summary: '   ' }),
      entry({ summary: '款'.repeat(201) }),
      entry({ reversalOf: 'LE-431002000000-000001' }),
    ]);
    expect(errorCodes(body)).toEqual(['BAD_USER_INPUT']);
    expect(body.errors![0].message).toBe('Batch "township-2017-06-bad" was refused: 7 invalid row(s); nothing was written');
    expect(body.errors![0].extensions!.rows).toEqual([
      { index: 1, reason: 'regionCode 431002999999 is not a known region' },
      { index: 2, reason: `regionCode ${TOWNSHIP} is a township; ledger entries belong to villages (12-digit codes)` },
      { index: 3, reason: 'date 2017-07-01 is not in period 2017-06' },
      { index: 4, reason: 'amount must be positive (a correction is a reversing entry, see reversalOf)' },
      { index: 5, reason: 'amount must be positive (a correction is a reversing entry, see reversalOf); summary is missing' },
      { index: 6, reason: 'summary is longer than 200 characters' },
      { index: 7, reason: 'reversalOf LE-431002000000-000001 is not a ledger entry' },
    ]);
    expect(await totals()).toEqual(before);
  });

  it('refuses malformed values (a month 13, an amount with three decimals) before anything runs', async () => {
    // The gateway does not know the custom scalars, so the finance subgraph's variable coercion
    // refuses them; the gateway passes that refusal on with its code and message.
    const before = await totals();
    const through = await stack.query(
      IMPORT_LEDGER,
      { input: { batchKey: 'township-2017-06-format', entries: [entry({ period: '2017-13' })] } },
      { token: clerk },
    );
    expect(errorCodes(through.body)).toEqual(['BAD_USER_INPUT']);
    expect(through.body.errors![0].message).toMatch(/entries\[0\]\.period/);
    expect(JSON.stringify(through.body)).not.toMatch(/localhost|127\.0\.0\.1/);
    const { body } = await stack.subgraphs.finance.query(
      IMPORT_LEDGER,
      { input: { batchKey: 'township-2017-06-format', entries: [entry({ period: '2017-13' }), entry({ amount: '1.005' })] } },
      { token: clerk },
    );
    expect(errorCodes(body)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
    expect(body.errors!.map((e) => e.message).join('\n')).toMatch(/entries\[0\]\.period[\s\S]*entries\[1\]\.amount/);
    expect(await totals()).toEqual(before);
  });

  it('reverses an entry with a reversing entry, once', async () => {
    const before = await totals();
    const original = `LE-${A}-${String(demoVillageLedger(A).entries.length + 1).padStart(6, '0')}`;
    const reversal = entry({ amount: '1234.50', summary: '冲销记-2017-06-101（金额录入错误）', reversalOf: original });
    const { body } = await importLedger('reversal-1', [reversal]);
    expect(body.errors).toBeUndefined();
    expect(ledgerDelta(before, await totals()).village).toEqual({ income: -123450, expenditure: 0, entries: 1 });
    const again = await importLedger('reversal-2', [reversal]);
    expect(again.body.errors![0].extensions!.rows).toEqual([{ index: 0, reason: `entry ${original} has already been reversed` }]);
  });

  it('lets only finance staff and integration clients of the region import', async () => {
    const before = await totals();
    const row = [entry({ amount: '1.00' })];
    const anonymous = await importLedger('auth-1', row, null);
    expect(errorCodes(anonymous.body)).toEqual(['UNAUTHENTICATED']);
    const otherCounty = await importLedger('auth-1', row, await signToken({ role: 'staff', region: '431003', dept: 'finance' }));
    expect(errorCodes(otherCounty.body)).toEqual(['FORBIDDEN']);
    const otherDept = await importLedger('auth-1', row, await signToken({ role: 'staff', region: COUNTY, dept: 'complaints' }));
    expect(errorCodes(otherDept.body)).toEqual(['FORBIDDEN']);
    expect(errorCodes((await importLedger('auth-1', row, auditor)).body)).toEqual(['FORBIDDEN']);
    expect(await totals()).toEqual(before);
    const integration = await importLedger('auth-1', row, await signToken({ role: 'integration', region: '4310', sub: 'provincial-platform' }));
    expect(integration.body.data.importLedger).toMatchObject({ rowCount: 1, importedBy: 'provincial-platform' });
    expect(ledgerDelta(before, await totals()).village).toEqual({ income: 100, expenditure: 0, entries: 1 });
  });

  it('writes a batch once when the same key arrives twice at the same time', async () => {
    const before = await totals();
    const rows = [entry({ amount: '7.00' }), entry({ regionCode: B, amount: '3.00' })];
    const [one, two] = await Promise.all([importLedger('concurrent-1', rows), importLedger('concurrent-1', rows)]);
    expect(one.body.data.importLedger.id).toBe(two.body.data.importLedger.id);
    expect(ledgerDelta(before, await totals()).township).toEqual({ income: 1000, expenditure: 0, entries: 2 });
  });

  it('serialises two different batches for the same villages, keeping every chain intact', async () => {
    const before = await totals();
    const batch = (n: number) => Array.from({ length: 20 }, (_, i) => entry({ regionCode: i % 2 ? B : A, amount: `${n}.0${i % 10}` }));
    const [one, two] = await Promise.all([importLedger('parallel-1', batch(1)), importLedger('parallel-2', batch(2))]);
    expect([one.body.errors, two.body.errors]).toEqual([undefined, undefined]);
    expect(ledgerDelta(before, await totals()).township.entries).toBe(40);
    const { body } = await stack.query(`{ verifyLedger(regionCode: "${TOWNSHIP}") { ok problem } }`, {}, { token: auditor });
    expect(body.data.verifyLedger).toEqual({ ok: true, problem: null });
  });
});
