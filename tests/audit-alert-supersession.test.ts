import { randomUUID } from 'node:crypto';
import { DEMO_DEATH_DATE, villageAnomalies } from '../lib/demo/anomalies';
import { demoPaymentId, demoPayments, type DemoPayment } from '../lib/demo/payments';
import { formatFen } from '../lib/money';
import { personKey } from '../lib/person';
import { villagesUnder } from '../lib/regions/divisions';
import { DIALECTS } from './helpers/databases';
import { startStack, type Stack } from './helpers/stack';
import { signToken, TEST_PERSON_KEY_SECRET } from './helpers/tokens';

/**
 * DECEASED_RECIPIENT went from version 1 to version 2 (it follows reversals). The alerts v1 runs
 * left in the store are planted as they left them (v1's code is gone; its evidence sentence is
 * v2's), decided through the gateway, and then v2 runs over the county: each v1 alert is
 * superseded by the v2 alert on its payment, with the decision carried where the evidence is
 * the same, or without a successor where v2 no longer flags the payment (reversed); a re-run
 * changes nothing. Everything is read back through the gateway.
 */

const COUNTY = '431002';
const [V1, V2, V3] = villagesUnder(COUNTY)
  .map((v) => v.code)
  .filter((v) => villageAnomalies(v).deceasedRecipient);
const countyPayments = villagesUnder(COUNTY).flatMap((v) => demoPayments(v.code));
const inPeriods = (periods: string[]) => countyPayments.filter((p) => periods.includes(p.period));
/** What v2 flags in the seeded register: resident 0's payments after the demo death. */
const deceasedIn = (periods: string[]) =>
  inPeriods(periods).filter((p) => villageAnomalies(p.villageCode).deceasedRecipient && p.person.index === 0 && p.paidAt > DEMO_DEATH_DATE);

const payment = (village: string, period: string, programCode: string) =>
  demoPayments(village).find((p) => p.id === demoPaymentId(village, period, programCode, 0))!;
// Resident 0 of each village died on 15 March and was paid afterwards.
const A = payment(V1, '2017-04', 'DIBAO'); // v1 CONFIRMED, same evidence: carried
const B = payment(V1, '2017-04', 'FARMLAND'); // v1 DISMISSED, same evidence: carried
const D = payment(V1, '2017-05', 'DIBAO'); // v1 NEW: v2 NEW supersedes it
const C = payment(V1, '2017-06', 'DIBAO'); // v1 NEW, then reversed: superseded without successor
const E = payment(V2, '2017-04', 'DIBAO'); // v1 DISMISSED on other evidence: v2 NEW, linked, decided again
const F = payment(V2, '2017-06', 'DIBAO'); // v1 CONFIRMED, then reversed: keeps its decision and finding

const evidence = (p: DemoPayment, died = DEMO_DEATH_DATE) =>
  `Paid ${formatFen(p.amount)} of ${p.programCode} for ${p.period} on ${p.paidAt}, after the death recorded on ${died}`;

const RUN_FIELDS = 'id rule ruleVersion rowsRead alertsRaised alertsSuperseded status failure startedAt finishedAt';
const RUN = `mutation Run($rule: String!, $region: ID!, $from: Period!, $to: Period!) {
  runComparison(rule: $rule, regionCode: $region, from: $from, to: $to) { ${RUN_FIELDS} }
}`;
const RUN_STATE = `query RunState($id: ID!) { comparisonRun(id: $id) { ${RUN_FIELDS} } }`;
const ALERT_FIELDS = `id rule ruleVersion status evidence decidedBy decidedAt note finding { id status } decisionCarriedOver
  raisedAt run { id } supersedes { id } supersededBy { id } supersededAt supersededByRun { id ruleVersion }`;
const PAYMENT_ALERTS = `query PaymentAlerts($id: ID!) { payment(id: $id) { alerts { ${ALERT_FIELDS} } } }`;

interface RunState {
  id: string;
  rowsRead: number;
  alertsRaised: number;
  alertsSuperseded: number;
  status: string;
  failure: string | null;
  startedAt: string;
  finishedAt: string;
}

interface AlertState {
  id: string;
  rule: string;
  ruleVersion: number;
  status: string;
  evidence: string;
  decidedBy: string | null;
  decidedAt: string | null;
  note: string | null;
  finding: { id: string; status: string } | null;
  decisionCarriedOver: boolean;
  raisedAt: string;
  run: { id: string };
  supersedes: { id: string } | null;
  supersededBy: { id: string } | null;
  supersededAt: string | null;
  supersededByRun: { id: string; ruleVersion: number } | null;
}

describe.each(DIALECTS)('a new rule version supersedes the older version\'s alerts, through the gateway (%s)', (dialect) => {
  let stack: Stack;
  let auditor: string;
  let finance: string;
  const V1_RUN = randomUUID();
  const planted = new Map<DemoPayment, string>();

  beforeAll(async () => {
    stack = await startStack(dialect);
    auditor = await signToken({ role: 'auditor', region: COUNTY, dept: 'audit', sub: 'auditor-s' });
    finance = await signToken({ role: 'staff', region: COUNTY, dept: 'finance', sub: 'beihu-finance-s' });
  });
  afterAll(() => stack?.stop());

  /** A v1 alert as a v1 run left it in the audit store. */
  const plantV1 = async (rule: string, p: DemoPayment, text: string) => {
    const id = randomUUID();
    await stack.subgraphs.audit.db.knex('alerts').insert({
      id,
      rule,
      rule_version: 1,
      subject_type: 'PAYMENT',
      subject_id: p.id,
      person_key: personKey(TEST_PERSON_KEY_SECRET, p.person.idNumber),
      region_code: p.villageCode,
      fund_project_id: p.projectId,
      questioned_amount: p.amount,
      evidence: text,
      facts: JSON.stringify([{ name: 'paidAt', value: p.paidAt }]),
      status: 'NEW',
      run_id: V1_RUN,
      raised_at: '2026-11-20 08:00:00.000',
    });
    return id;
  };

  const ok = async (query: string, variables: Record<string, unknown>, token: string) => {
    const res = await stack.query(query, variables, { token });
    expect(res.body.errors).toBeUndefined();
    return res.body.data;
  };

  const runToEnd = async (from: string, to: string, region = COUNTY): Promise<RunState> => {
    let run: RunState = (await ok(RUN, { rule: 'DECEASED_RECIPIENT', region, from, to }, auditor)).runComparison;
    while (run.status === 'RUNNING') {
      await new Promise((resolve) => setTimeout(resolve, 250));
      run = (await ok(RUN_STATE, { id: run.id }, auditor)).comparisonRun;
    }
    return run;
  };

  const alertsOn = async (p: DemoPayment): Promise<AlertState[]> => (await ok(PAYMENT_ALERTS, { id: p.id }, auditor)).payment.alerts;

  const reverse = async (batchKey: string, p: DemoPayment) => {
    const row = {
      programCode: p.programCode,
      villageCode: p.villageCode,
      recipientName: p.person.name,
      recipientIdNumber: p.person.idNumber,
      amount: formatFen(p.amount),
      period: p.period,
      paidAt: `${p.period}-28`,
      reversalOf: p.id,
    };
    const res = await stack.query(
      `mutation Import($input: PaymentImportInput!) { importPayments(input: $input) { rowCount } }`,
      { input: { batchKey, payments: [row] } },
      { token: finance },
    );
    expect(res.body).toEqual({ data: { importPayments: { rowCount: 1 } } });
  };

  /** A v1 alert as it stood before v2 ran, and as every v1 alert keeps it. */
  const v1 = (id: string, text: string, decision: Partial<AlertState> = {}): AlertState => ({
    id,
    rule: 'DECEASED_RECIPIENT',
    ruleVersion: 1,
    status: 'NEW',
    evidence: text,
    decidedBy: null,
    decidedAt: null,
    note: null,
    finding: null,
    decisionCarriedOver: false,
    raisedAt: '2026-11-20T08:00:00.000Z',
    run: { id: V1_RUN },
    supersedes: null,
    supersededBy: null,
    supersededAt: null,
    supersededByRun: null,
    ...decision,
  });

  it('links each v1 alert to its v2 successor, carries decisions on the same evidence, retires reversed payments\' alerts, and changes nothing on a re-run', async () => {
    // The v1 run and its alerts, as they stood when v2 was deployed.
    await stack.subgraphs.audit.db.knex('comparison_runs').insert({
      id: V1_RUN,
      rule: 'DECEASED_RECIPIENT',
      rule_version: 1,
      region_code: COUNTY,
      period_from: '2017-01',
      period_to: '2017-06',
      status: 'DONE',
      rows_read: countyPayments.length,
      alerts_raised: 6,
      started_by: 'auditor-s',
      started_at: '2026-11-20 07:59:00.000',
      finished_at: '2026-11-20 08:00:00.000',
    });
    // E's v1 alert was raised on an earlier date of death than the register now has: v2 sees other evidence.
    const texts = new Map([[A, evidence(A)], [B, evidence(B)], [C, evidence(C)], [D, evidence(D)], [E, evidence(E, '2017-03-01')], [F, evidence(F)]]);
    for (const [p, text] of texts) planted.set(p, await plantV1('DECEASED_RECIPIENT', p, text));
    // Another rule's v1 alert on A's payment: not DECEASED_RECIPIENT's to supersede.
    const otherRule = await plantV1('OVER_STANDARD', A, 'Paid above the standard');

    const CONFIRM = `mutation Confirm($id: ID!, $note: String) { confirmAlert(id: $id, note: $note) { decidedAt finding { id } } }`;
    const DISMISS = `mutation Dismiss($id: ID!, $note: String!) { dismissAlert(id: $id, note: $note) { decidedAt } }`;
    const a1 = (await ok(CONFIRM, { id: planted.get(A), note: 'Death certificate seen' }, auditor)).confirmAlert;
    const f1 = (await ok(CONFIRM, { id: planted.get(F), note: 'Paid after death' }, auditor)).confirmAlert;
    const b1 = (await ok(DISMISS, { id: planted.get(B), note: 'Farmland subsidy is due to the household' }, auditor)).dismissAlert;
    const e1 = (await ok(DISMISS, { id: planted.get(E), note: 'Register entry was wrong' }, auditor)).dismissAlert;
    const decided = {
      A: { status: 'CONFIRMED', decidedBy: 'auditor-s', decidedAt: a1.decidedAt, note: 'Death certificate seen', finding: { id: a1.finding.id, status: 'OPEN' } },
      B: { status: 'DISMISSED', decidedBy: 'auditor-s', decidedAt: b1.decidedAt, note: 'Farmland subsidy is due to the household' },
      E: { status: 'DISMISSED', decidedBy: 'auditor-s', decidedAt: e1.decidedAt, note: 'Register entry was wrong' },
      F: { status: 'CONFIRMED', decidedBy: 'auditor-s', decidedAt: f1.decidedAt, note: 'Paid after death', finding: { id: f1.finding.id, status: 'OPEN' } },
    };
    // Finance reverses C and F in full; v2 no longer flags them.
    await reverse('reverse-c', C);
    await reverse('reverse-f', F);

    // v2 over April and May: June's alerts (C, F) are not read, so not touched.
    const aprilMay = await runToEnd('2017-04', '2017-05');
    expect(aprilMay).toMatchObject({
      status: 'DONE',
      failure: null,
      rowsRead: inPeriods(['2017-04', '2017-05']).length,
      alertsRaised: deceasedIn(['2017-04', '2017-05']).length,
      alertsSuperseded: 4,
    });
    const [onA, onB, onD, onE] = await Promise.all([A, B, D, E].map(alertsOn));
    const v2 = (on: AlertState[]) => on.find((a) => a.ruleVersion === 2)!;
    const successor = (p: DemoPayment, on: AlertState[], decision: Partial<AlertState> = {}): AlertState => ({
      id: v2(on).id,
      rule: 'DECEASED_RECIPIENT',
      ruleVersion: 2,
      status: 'NEW',
      evidence: evidence(p),
      decidedBy: null,
      decidedAt: null,
      note: null,
      finding: null,
      decisionCarriedOver: false,
      raisedAt: v2(on).raisedAt,
      run: { id: aprilMay.id },
      supersedes: { id: planted.get(p)! },
      supersededBy: null,
      supersededAt: null,
      supersededByRun: null,
      ...decision,
    });
    /** The v1 alert, superseded by its successor in the batch that raised it. */
    const linked = (p: DemoPayment, on: AlertState[], decision: Partial<AlertState> = {}): AlertState => ({
      ...v1(planted.get(p)!, texts.get(p)!, decision),
      supersededBy: { id: v2(on).id },
      supersededAt: v2(on).raisedAt,
      supersededByRun: { id: aprilMay.id, ruleVersion: 2 },
    });
    // Oldest first: the v1 alert, then the v2 alert that supersedes it (A also has another rule's alert).
    expect(onA.filter((a) => a.rule === 'DECEASED_RECIPIENT')).toEqual([linked(A, onA, decided.A), successor(A, onA, { ...decided.A, decisionCarriedOver: true })]);
    expect(onA.find((a) => a.rule === 'OVER_STANDARD')).toEqual({ ...v1(otherRule, 'Paid above the standard'), rule: 'OVER_STANDARD' });
    expect(onB).toEqual([linked(B, onB, decided.B), successor(B, onB, { ...decided.B, decisionCarriedOver: true })]);
    expect(onD).toEqual([linked(D, onD, { status: 'SUPERSEDED' }), successor(D, onD)]);
    expect(onE).toEqual([linked(E, onE, decided.E), successor(E, onE)]);
    expect(await alertsOn(C)).toEqual([v1(planted.get(C)!, texts.get(C)!)]);
    expect(await alertsOn(F)).toEqual([v1(planted.get(F)!, texts.get(F)!, decided.F)]);

    // v2 over June: C and F are read and no longer flagged (reversed): superseded, no new alert.
    const june = await runToEnd('2017-06', '2017-06');
    expect(june).toMatchObject({
      status: 'DONE',
      rowsRead: inPeriods(['2017-06']).length + 2,
      alertsRaised: deceasedIn(['2017-06']).length - 2,
      alertsSuperseded: 2,
    });
    const [onC, onF] = await Promise.all([C, F].map(alertsOn));
    const retired = { supersededAt: onC[0].supersededAt, supersededByRun: { id: june.id, ruleVersion: 2 } };
    expect(onC).toEqual([v1(planted.get(C)!, texts.get(C)!, { status: 'SUPERSEDED', ...retired })]);
    expect(onF).toEqual([v1(planted.get(F)!, texts.get(F)!, { ...decided.F, supersededAt: onF[0].supersededAt, supersededByRun: retired.supersededByRun })]);
    for (const at of [onC[0].supersededAt, onF[0].supersededAt]) {
      expect(at! >= june.startedAt && at! <= june.finishedAt).toBe(true);
    }

    // The region's lists: the current alerts are one per rule and payment.
    const LISTS = `query Lists($region: ID!) {
      region(code: $region) {
        current: alerts(superseded: false, first: 100) { totalCount edges { node { id } } }
        superseded: alerts(superseded: true, first: 100) { totalCount edges { node { id } } }
        queue: alerts(status: SUPERSEDED, first: 100) { totalCount edges { node { id } } }
      }
    }`;
    const ids = (list: { edges: Array<{ node: { id: string } }> }) => list.edges.map((e) => e.node.id).sort();
    const lists = (await ok(LISTS, { region: V1 }, auditor)).region;
    expect(ids(lists.current)).toEqual([v2(onA).id, v2(onB).id, v2(onD).id, otherRule].sort());
    expect(ids(lists.superseded)).toEqual([A, B, C, D].map((p) => planted.get(p)!).sort());
    expect(ids(lists.queue)).toEqual([C, D].map((p) => planted.get(p)!).sort());
    expect([lists.current.totalCount, lists.superseded.totalCount, lists.queue.totalCount]).toEqual([4, 4, 2]);

    // A superseded alert is not triaged: the error says where to go instead.
    const late = await stack.query(CONFIRM, { id: planted.get(D) }, { token: auditor });
    expect(late.body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      [
        'INVALID_TRANSITION',
        'Cannot confirm an alert that is already SUPERSEDED; a newer version of its rule superseded it; triage the alert named by its supersededBy, if any',
      ],
    ]);
    // F's finding is the auditors' to close: the supersession leaves it as it was.
    const finding = await ok(`query F($id: ID!) { finding(id: $id) { status alert { id } } }`, { id: f1.finding.id }, auditor);
    expect(finding).toEqual({ finding: { status: 'OPEN', alert: { id: planted.get(F) } } });

    // A re-run of v2 over every month raises and supersedes nothing, and changes no alert.
    const before = await Promise.all([A, B, C, D, E, F].map(alertsOn));
    const again = await runToEnd('2017-04', '2017-06');
    expect(again).toMatchObject({
      status: 'DONE',
      rowsRead: inPeriods(['2017-04', '2017-05', '2017-06']).length + 2,
      alertsRaised: 0,
      alertsSuperseded: 0,
    });
    expect(await Promise.all([A, B, C, D, E, F].map(alertsOn))).toEqual(before);
  });

  it('links a v2 alert raised before any v1 alert was linked to it when v2 runs again, and carries the decision', async () => {
    // As a v2 run before supersession left it: a v2 alert beside an unlinked v1 alert, decided.
    const G = payment(V3, '2017-04', 'DIBAO');
    await runToEnd('2017-04', '2017-04', V3);
    const [raised] = await alertsOn(G);
    expect(raised).toMatchObject({ ruleVersion: 2, status: 'NEW', supersedes: null, decisionCarriedOver: false });
    const g1 = await plantV1('DECEASED_RECIPIENT', G, evidence(G));
    const dismissed = (
      await ok(`mutation Dismiss($id: ID!) { dismissAlert(id: $id, note: "Paid before the death was registered") { decidedAt } }`, { id: g1 }, auditor)
    ).dismissAlert;

    const healed = await runToEnd('2017-04', '2017-04', V3);
    expect(healed).toMatchObject({ status: 'DONE', alertsRaised: 0, alertsSuperseded: 1 });
    const decision = { status: 'DISMISSED', decidedBy: 'auditor-s', decidedAt: dismissed.decidedAt, note: 'Paid before the death was registered' };
    const onG = await alertsOn(G);
    expect(onG.map((a) => a.id)).toEqual([g1, raised.id]);
    expect(onG).toEqual([
      {
        ...v1(g1, evidence(G), decision),
        supersededBy: { id: raised.id },
        supersededAt: onG[0].supersededAt,
        supersededByRun: { id: healed.id, ruleVersion: 2 },
      },
      { ...raised, ...decision, decisionCarriedOver: true, supersedes: { id: g1 } },
    ]);
    expect(onG[0].supersededAt! >= healed.startedAt && onG[0].supersededAt! <= healed.finishedAt).toBe(true);
  });
});
