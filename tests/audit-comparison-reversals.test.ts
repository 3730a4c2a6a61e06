import { DEMO_DEATH_DATE, villageAnomalies } from '../lib/demo/anomalies';
import { demoPaymentId, demoPayments, type DemoPayment } from '../lib/demo/payments';
import { demoPeople, type DemoPerson } from '../lib/demo/people';
import { formatFen } from '../lib/money';
import { personKey } from '../lib/person';
import { villagesUnder } from '../lib/regions/divisions';
import { DIALECTS } from './helpers/databases';
import { startStack, type Stack } from './helpers/stack';
import { signToken, TEST_PERSON_KEY_SECRET } from './helpers/tokens';

/**
 * The comparison rules read payments through the gateway with their `reversalOf`: a payment that
 * a reversal cancelled is not flagged, a reversal never is, and a duplicate is judged on the
 * payments that stand. Finance imports the payments and their reversals; audit runs the rules
 * over one village and month at a time, and the run's alerts are read back through the gateway.
 */

const COUNTY = '431002';
const villages = villagesUnder(COUNTY).map((v) => v.code);
/** The first village of the county planted with `flag` and with none of the others. */
const villageWith = (flag: keyof ReturnType<typeof villageAnomalies>) =>
  villages.find((v) => {
    const anomalies = villageAnomalies(v);
    return Object.entries(anomalies).every(([name, planted]) => planted === (name === flag));
  })!;

const DECEASED_VILLAGE = villageWith('deceasedRecipient');
const OFFICIAL_VILLAGE = villageWith('officialRelativeRecipient');
// The county has no village planted with an over-standard payment: its test imports its own.
const PLAIN_VILLAGE = villages.find((v) => !Object.values(villageAnomalies(v)).some(Boolean))!;

const IMPORT = `mutation Import($input: PaymentImportInput!) { importPayments(input: $input) { batchKey rowCount } }`;
const RUN = `mutation Run($rule: String!, $region: ID!, $from: Period!, $to: Period!) {
  runComparison(rule: $rule, regionCode: $region, from: $from, to: $to) { ...Run }
}
fragment Run on ComparisonRun { id rule ruleVersion rowsRead alertsRaised status failure }`;
const RUN_STATE = `query RunState($id: ID!) { comparisonRun(id: $id) { ...Run } }
fragment Run on ComparisonRun { id rule ruleVersion rowsRead alertsRaised status failure }`;
const ALERTS = `query Alerts($region: ID!) {
  region(code: $region) {
    alerts(first: 100) { edges { node { rule ruleVersion evidence subject { ... on Payment { id } } facts { name value } run { id } } } }
  }
}`;
const PAYMENTS = `query Payments($region: ID!, $period: Period!) {
  payments(regionCode: $region, period: $period, programCode: "DIBAO", first: 100) {
    edges { node { id amount paidAt status reversalOf { id } recipient { personKey } } }
  }
}`;

interface PaymentNode {
  id: string;
  amount: string;
  paidAt: string;
  status: string;
  reversalOf: { id: string } | null;
  recipient: { personKey: string };
}

/** One import row for a demo payment (or its reversal): the demo person's ID number and name. */
function importRow(p: Pick<DemoPayment, 'programCode' | 'villageCode' | 'person' | 'amount' | 'period' | 'paidAt'>, fields: { paidAt?: string; reversalOf?: string } = {}) {
  return {
    programCode: p.programCode,
    villageCode: p.villageCode,
    recipientName: p.person.name,
    recipientIdNumber: p.person.idNumber,
    amount: formatFen(p.amount),
    period: p.period,
    paidAt: p.paidAt,
    ...fields,
  };
}

interface AlertNode {
  rule: string;
  ruleVersion: number;
  evidence: string;
  subject: { id: string };
  facts: Array<{ name: string; value: string }>;
  run: { id: string };
}

describe.each(DIALECTS)('comparison rules and payment reversals through the gateway (%s)', (dialect) => {
  let stack: Stack;
  let auditor: string;
  let finance: string;

  beforeAll(async () => {
    stack = await startStack(dialect);
    auditor = await signToken({ role: 'auditor', region: COUNTY, dept: 'audit', sub: 'auditor-r' });
    finance = await signToken({ role: 'staff', region: COUNTY, dept: 'finance', sub: 'beihu-finance-r' });
  });
  afterAll(() => stack?.stop());

  const imported = async (batchKey: string, payments: unknown[]) => {
    const res = await stack.query(IMPORT, { input: { batchKey, payments } }, { token: finance });
    expect(res.body).toEqual({ data: { importPayments: { batchKey, rowCount: payments.length } } });
  };

  /** A person's DIBAO payments of a month in a village, by payment date, as an auditor reads them through the gateway. */
  const dibaoOf = async (person: DemoPerson, village: string, period: string): Promise<PaymentNode[]> => {
    const listed = await stack.query(PAYMENTS, { region: village, period }, { token: auditor });
    expect(listed.body.errors).toBeUndefined();
    const key = personKey(TEST_PERSON_KEY_SECRET, person.idNumber);
    return (listed.body.data.payments.edges as Array<{ node: PaymentNode }>)
      .map((e) => e.node)
      .filter((n) => n.recipient.personKey === key)
      .sort((a, b) => (a.paidAt < b.paidAt ? -1 : 1));
  };

  /** Runs a rule to its end (a run that outlasts the request is answered RUNNING) and returns it with its alerts. */
  const run = async (rule: string, region: string, from: string, to = from) => {
    const res = await stack.query(RUN, { rule, region, from, to }, { token: auditor });
    expect(res.body.errors).toBeUndefined();
    let state = res.body.data.runComparison;
    while (state.status === 'RUNNING') {
      await new Promise((resolve) => setTimeout(resolve, 250));
      state = (await stack.query(RUN_STATE, { id: state.id }, { token: auditor })).body.data.comparisonRun;
    }
    const listed = await stack.query(ALERTS, { region }, { token: auditor });
    expect(listed.body.errors).toBeUndefined();
    const alerts = (listed.body.data.region.alerts.edges as Array<{ node: AlertNode }>)
      .map((e) => e.node)
      .filter((a) => a.run.id === state.id)
      .sort((a, b) => (a.subject.id < b.subject.id ? -1 : 1));
    return { run: state, alerts };
  };

  it('imports further payments and the reversal of one, and flags only the payments that stand (DECEASED_RECIPIENT, DUPLICATE_PAYMENT)', async () => {
    // Resident 0 died on 15 March and was paid DIBAO on 10 June (a demo payment). Finance pays
    // the June allowance twice more (20 and 25 June), then reverses the demo payment of 10 June.
    const june = demoPayments(DECEASED_VILLAGE).filter((p) => p.period === '2017-06');
    const demoJune = june.find((p) => p.id === demoPaymentId(DECEASED_VILLAGE, '2017-06', 'DIBAO', 0))!;
    await imported('june-again', [importRow(demoJune, { paidAt: '2017-06-20' }), importRow(demoJune, { paidAt: '2017-06-25' })]);
    await imported('june-reversal', [importRow(demoJune, { paidAt: '2017-06-28', reversalOf: demoJune.id })]);

    // What finance now holds for resident 0's June DIBAO, as the rules read it.
    const nodes = await dibaoOf(demoPeople(DECEASED_VILLAGE)[0], DECEASED_VILLAGE, '2017-06');
    const amount = formatFen(demoJune.amount);
    expect(nodes.map((n) => [n.paidAt, n.amount, n.status, n.reversalOf?.id ?? null])).toEqual([
      ['2017-06-10', amount, 'PAID', null],
      ['2017-06-20', amount, 'PAID', null],
      ['2017-06-25', amount, 'PAID', null],
      ['2017-06-28', `-${amount}`, 'REVERSAL', demoJune.id],
    ]);
    const [, second, third, reversal] = nodes.map((n) => n.id);
    expect(nodes[0].id).toBe(demoJune.id);

    const deceased = await run('DECEASED_RECIPIENT', DECEASED_VILLAGE, '2017-06');
    expect(deceased.run).toMatchObject({ status: 'DONE', failure: null, ruleVersion: 2, rowsRead: june.length + 3, alertsRaised: 2 });
    // Neither the reversed demo payment nor the reversal: the two June payments that stand.
    const paidOn = new Map([[second, '2017-06-20'], [third, '2017-06-25']]);
    expect(deceased.alerts.map((a) => [a.subject.id, a.ruleVersion, a.evidence])).toEqual(
      [second, third].sort().map((id) => [id, 2, `Paid ${amount} of DIBAO for 2017-06 on ${paidOn.get(id)}, after the death recorded on ${DEMO_DEATH_DATE}`]),
    );
    expect(deceased.alerts.map((a) => a.subject.id)).not.toContain(reversal);

    // Of the two that stand, 20 June's is the due one: only 25 June's is a duplicate, judged
    // against 20 June's (not against the reversed payment of 10 June).
    const duplicate = await run('DUPLICATE_PAYMENT', DECEASED_VILLAGE, '2017-06');
    expect(duplicate.run).toMatchObject({ status: 'DONE', ruleVersion: 2, rowsRead: june.length + 3, alertsRaised: 1 });
    expect(duplicate.alerts.map((a) => [a.subject.id, a.evidence, a.facts])).toEqual([
      [
        third,
        `Paid ${amount} of DIBAO for 2017-06 on 2017-06-25, although ${second} already paid that person for that period on 2017-06-20`,
        [
          { name: 'programCode', value: 'DIBAO' },
          { name: 'period', value: '2017-06' },
          { name: 'amount', value: amount },
          { name: 'firstPaymentId', value: second },
          { name: 'paymentsInPeriod', value: '2' },
        ],
      ],
    ]);

    // A re-run raises nothing new, and reads the same rows.
    const again = await run('DUPLICATE_PAYMENT', DECEASED_VILLAGE, '2017-06');
    expect(again.run).toMatchObject({ status: 'DONE', rowsRead: june.length + 3, alertsRaised: 0 });
  });

  it('does not flag a means-tested payment to an official\'s relative once it is reversed (OFFICIAL_RECIPIENT)', async () => {
    // Resident 8, the secretary's spouse, is paid DIBAO every month; March's is reversed.
    const march = demoPayments(OFFICIAL_VILLAGE).find((p) => p.id === demoPaymentId(OFFICIAL_VILLAGE, '2017-03', 'DIBAO', 8))!;
    await imported('official-march-reversal', [importRow(march, { paidAt: '2017-03-31', reversalOf: march.id })]);
    const official = await run('OFFICIAL_RECIPIENT', OFFICIAL_VILLAGE, '2017-01', '2017-06');
    expect(official.run).toMatchObject({ status: 'DONE', ruleVersion: 2, alertsRaised: 5 });
    expect(official.alerts.map((a) => a.subject.id)).toEqual(
      ['2017-01', '2017-02', '2017-04', '2017-05', '2017-06'].map((period) => demoPaymentId(OFFICIAL_VILLAGE, period, 'DIBAO', 8)),
    );
  });

  it('does not flag an over-standard payment once it is reversed (OVER_STANDARD)', async () => {
    // Residents 9 and 10 are paid DIBAO above its standard of 260.00 in June; resident 9's is reversed.
    const [, , , , , , , , , nine, ten] = demoPeople(PLAIN_VILLAGE);
    const over = (person: DemoPerson, amount: number) =>
      ({ programCode: 'DIBAO', villageCode: PLAIN_VILLAGE, person, amount, period: '2017-06', paidAt: '2017-06-15' });
    await imported('over-standard', [importRow(over(nine, 78_000)), importRow(over(ten, 30_000))]);
    const [ninePaid] = await dibaoOf(nine, PLAIN_VILLAGE, '2017-06');
    const [tenPaid] = await dibaoOf(ten, PLAIN_VILLAGE, '2017-06');
    await imported('over-standard-reversal', [importRow(over(nine, 78_000), { paidAt: '2017-06-27', reversalOf: ninePaid.id })]);
    const checked = await run('OVER_STANDARD', PLAIN_VILLAGE, '2017-06');
    expect(checked.run).toMatchObject({ status: 'DONE', ruleVersion: 2, alertsRaised: 1 });
    expect(checked.alerts.map((a) => [a.subject.id, a.evidence])).toEqual([
      [tenPaid.id, 'Paid 300.00 of DIBAO for 2017-06, 40.00 above the standard of 260.00'],
    ]);
  });
});
