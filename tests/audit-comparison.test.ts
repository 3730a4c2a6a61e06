import { villageAnomalies, DEMO_DEATH_DATE } from '../lib/demo/anomalies';
import { demoPaymentId, demoPayments } from '../lib/demo/payments';
import { demoPeople } from '../lib/demo/people';
import { villagesUnder } from '../lib/regions/divisions';
import { DIALECTS } from './helpers/databases';
import { countStatements, startStack, type GraphQLResponse, type Stack } from './helpers/stack';
import { signToken } from './helpers/tokens';

/**
 * The audit issue's "Done when", end to end through the gateway: an auditor imports a death
 * record for a person paid after that date, runs DECEASED_RECIPIENT for the county, sees exactly
 * one new alert on that payment, re-runs and still sees one, confirms it into a finding, and the
 * village's, township's and county's open-finding counts each rise by one. Plus what every rule
 * finds in the demo data, and the refusals.
 */

const COUNTY = '431002';
const OTHER_COUNTY = '431021';
const PERIODS = { from: '2017-01', to: '2017-06' };
const villages = villagesUnder(COUNTY).map((v) => v.code);
// A village without a planted death, so the only death of its resident 3 is the one imported here.
const VILLAGE = villages.find((v) => !villageAnomalies(v).deceasedRecipient && !villageAnomalies(v).duplicatePayment)!;
const TOWNSHIP = VILLAGE.slice(0, 9);
const PERSON = demoPeople(VILLAGE)[3];
// Resident 3 receives TEKUN every month on the 10th (and FARMLAND in April): only June's follows 1 June.
const DIED = '2017-06-01';
const PAID_AFTER_DEATH = demoPaymentId(VILLAGE, '2017-06', 'TEKUN', 3);

const countyPayments = villages.flatMap((v) => demoPayments(v));
/** What DECEASED_RECIPIENT must find in the seeded register: resident 0's payments after the demo death. */
const plantedDeceased = countyPayments.filter(
  (p) => villageAnomalies(p.villageCode).deceasedRecipient && p.person.index === 0 && p.paidAt > DEMO_DEATH_DATE,
);

type Errors = Array<{ extensions?: { code?: string } }> | undefined;
const codes = (errors: Errors) => (errors ?? []).map((e) => e.extensions?.code);

const RUN = `mutation Run($rule: String!, $region: ID!, $from: Period!, $to: Period!) {
  runComparison(rule: $rule, regionCode: $region, from: $from, to: $to) {
    ...Run
  }
}
fragment Run on ComparisonRun { id rule ruleVersion rowsRead alertsRaised status failure }`;
const RUN_STATE = `query RunState($id: ID!) { comparisonRun(id: $id) { ...Run } }
fragment Run on ComparisonRun { id rule ruleVersion rowsRead alertsRaised status failure }`;
const PAYMENT_ALERTS = `query PaymentAlerts($id: ID!) {
  payment(id: $id) { id alerts { id rule ruleVersion status evidence person { personKey } subject { ... on Payment { id } } } }
}`;
const COUNTS = `query Counts($village: ID!, $township: ID!, $county: ID!) {
  village: region(code: $village) { openFindingCount }
  township: region(code: $township) { openFindingCount }
  county: region(code: $county) { openFindingCount }
}`;

describe.each(DIALECTS)('audit comparisons through the gateway (%s)', (dialect) => {
  let stack: Stack;
  let auditor: string;
  let otherAuditor: string;
  let otherStaff: string;

  beforeAll(async () => {
    stack = await startStack(dialect);
    auditor = await signToken({ role: 'auditor', region: COUNTY, dept: 'audit', sub: 'auditor-a' });
    otherAuditor = await signToken({ role: 'auditor', region: OTHER_COUNTY, dept: 'audit' });
    otherStaff = await signToken({ role: 'staff', region: OTHER_COUNTY, dept: 'finance' });
  });
  afterAll(() => stack?.stop());

  /** Starts a run and follows it to its end: a run that outlasts the request is answered RUNNING. */
  const runToEnd = async (variables: Record<string, string>, token?: string) => {
    const res = await stack.query(RUN, variables, { token });
    if (res.body.errors) return { errors: res.body.errors, run: null };
    let run = res.body.data.runComparison;
    while (run.status === 'RUNNING') {
      await new Promise((resolve) => setTimeout(resolve, 250));
      run = (await stack.query(RUN_STATE, { id: run.id }, { token })).body.data.comparisonRun;
    }
    return { errors: undefined, run };
  };

  const counts = async () => {
    const res = await stack.query(COUNTS, { village: VILLAGE, township: TOWNSHIP, county: COUNTY }, { token: auditor });
    expect(res.body.errors).toBeUndefined();
    return [res.body.data.village.openFindingCount, res.body.data.township.openFindingCount, res.body.data.county.openFindingCount];
  };

  it('raises one alert on a payment after an imported death, keeps it single on a re-run, and confirms it into a finding', async () => {
    const before = await counts();
    // The seed opens two findings per county (OPEN + RECTIFYING), on one village and on the county.
    expect(before[2]).toBe(2);

    const imported = await stack.query(
      `mutation Import($input: DeathRegisterImportInput!) { importDeathRegister(input: $input) { batchKey kind rowCount importedBy } }`,
      { input: { batchKey: 'civil-affairs-2017-06', entries: [{ idNumber: PERSON.idNumber, name: PERSON.name, dateOfDeath: DIED }] } },
      { token: auditor },
    );
    expect(imported.body).toEqual({
      data: { importDeathRegister: { batchKey: 'civil-affairs-2017-06', kind: 'DEATH_REGISTER', rowCount: 1, importedBy: 'auditor-a' } },
    });

    const first = await runToEnd({ rule: 'DECEASED_RECIPIENT', region: COUNTY, ...PERIODS }, auditor);
    expect(first.errors).toBeUndefined();
    expect(first.run).toMatchObject({
      status: 'DONE',
      failure: null,
      rule: 'DECEASED_RECIPIENT',
      ruleVersion: 2,
      rowsRead: countyPayments.length,
      alertsRaised: plantedDeceased.length + 1,
    });

    const alerts = await stack.query(PAYMENT_ALERTS, { id: PAID_AFTER_DEATH }, { token: auditor });
    expect(alerts.body.errors).toBeUndefined();
    const [alert] = alerts.body.data.payment.alerts;
    expect(alerts.body.data.payment.alerts).toHaveLength(1);
    expect(alert).toMatchObject({
      rule: 'DECEASED_RECIPIENT',
      ruleVersion: 2,
      status: 'NEW',
      subject: { id: PAID_AFTER_DEATH },
      evidence: `Paid 500.00 of TEKUN for 2017-06 on 2017-06-10, after the death recorded on ${DIED}`,
    });
    expect(alert.person.personKey).toMatch(/^[0-9a-f]{64}$/);
    // An alert names a person: reading it is logged, with who read it.
    const logged = await stack.subgraphs.audit.db.knex('access_log').where({ action: 'read-alert', subject: alert.person.personKey });
    expect(logged.map((r) => [r.actor_sub, r.region_code])).toEqual([['auditor-a', VILLAGE]]);

    const again = await runToEnd({ rule: 'DECEASED_RECIPIENT', region: COUNTY, ...PERIODS }, auditor);
    expect(again.run).toMatchObject({ status: 'DONE', rowsRead: countyPayments.length, alertsRaised: 0 });
    expect(again.run.id).not.toBe(first.run.id);
    const still = await stack.query(PAYMENT_ALERTS, { id: PAID_AFTER_DEATH }, { token: auditor });
    expect(still.body.data.payment.alerts.map((a: { id: string }) => a.id)).toEqual([alert.id]);

    const confirmed = await stack.query(
      `mutation Confirm($id: ID!) {
        confirmAlert(id: $id, note: "Death certificate seen") {
          status decidedBy note
          finding { status type severity questionedAmount region { code } subject { ... on Payment { id } } alert { id } isRepeat }
        }
      }`,
      { id: alert.id },
      { token: auditor },
    );
    expect(confirmed.body).toEqual({
      data: {
        confirmAlert: {
          status: 'CONFIRMED',
          decidedBy: 'auditor-a',
          note: 'Death certificate seen',
          finding: {
            status: 'OPEN',
            type: 'IRREGULAR_PAYMENT',
            severity: 'HIGH',
            questionedAmount: '500.00',
            region: { code: VILLAGE },
            subject: { id: PAID_AFTER_DEATH },
            alert: { id: alert.id },
            isRepeat: false,
          },
        },
      },
    });
    expect(await counts()).toEqual(before.map((n) => n + 1));

    const twice = await stack.query(`mutation { dismissAlert(id: "${alert.id}", note: "changed my mind") { status } }`, {}, { token: auditor });
    expect(twice.body.errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
  });

  it('refuses the public and callers of other regions', async () => {
    const variables = { rule: 'DECEASED_RECIPIENT', region: COUNTY, ...PERIODS };
    const publicRun = await stack.query(RUN, variables);
    expect(publicRun.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const otherRun = await stack.query(RUN, variables, { token: otherAuditor });
    expect(otherRun.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const publicImport = await stack.query(
      `mutation { importDeathRegister(input: { batchKey: "x", entries: [{ idNumber: "${PERSON.idNumber}", name: "x", dateOfDeath: "2017-01-01" }] }) { id } }`,
    );
    expect(publicImport.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const publicAlerts = await stack.query(PAYMENT_ALERTS, { id: PAID_AFTER_DEATH });
    expect(publicAlerts.body.data.payment).toEqual({ id: PAID_AFTER_DEATH, alerts: null });
    expect(codes(publicAlerts.body.errors)).toEqual(['UNAUTHENTICATED']);
    const staffAlerts = await stack.query(PAYMENT_ALERTS, { id: PAID_AFTER_DEATH }, { token: otherStaff });
    expect(codes(staffAlerts.body.errors)).toEqual(['FORBIDDEN']);
    // An auditor of another county sees no alert of this one.
    const otherAlerts = await stack.query(PAYMENT_ALERTS, { id: PAID_AFTER_DEATH }, { token: otherAuditor });
    expect(otherAlerts.body).toEqual({ data: { payment: { id: PAID_AFTER_DEATH, alerts: [] } } });

    const regionAlerts = `query { region(code: "${COUNTY}") { name alerts(first: 1) { totalCount } findings(first: 1) { totalCount } } }`;
    const publicRegion = await stack.query(regionAlerts);
    expect({ status: publicRegion.status, body: publicRegion.body }).toEqual({
      status: 200,
      body: {
        errors: [
          { message: 'Sign in to read alerts', path: ['region', 'alerts'], extensions: { code: 'UNAUTHENTICATED', serviceName: 'audit' } },
          { message: 'Sign in to read findings', path: ['region', 'findings'], extensions: { code: 'UNAUTHENTICATED', serviceName: 'audit' } },
        ],
        data: { region: { name: '北湖区', alerts: null, findings: null } },
      },
    });
    const otherRegion = await stack.query(regionAlerts, {}, { token: otherStaff });
    expect({ status: otherRegion.status, body: otherRegion.body }).toEqual({
      status: 200,
      body: {
        errors: [
          { message: 'Only auditors, inspectors and admins may read alerts', path: ['region', 'alerts'], extensions: { code: 'FORBIDDEN', serviceName: 'audit' } },
          {
            message: `Your account covers region ${OTHER_COUNTY}; it may not read findings in region ${COUNTY}`,
            path: ['region', 'findings'],
            extensions: { code: 'FORBIDDEN', serviceName: 'audit' },
          },
        ],
        data: { region: { name: '北湖区', alerts: null, findings: null } },
      },
    });
  });

  it('finds the planted irregularities of the demo data with every other rule', async () => {
    const inCounty = (flag: keyof ReturnType<typeof villageAnomalies>) => villages.filter((v) => villageAnomalies(v)[flag]);
    // Each planted duplicate is resident 1's second DIBAO of 2017-05; each over-standard payment resident 2's DIBAO of 2017-02.
    const expected: Record<string, number> = {
      DUPLICATE_PAYMENT: inCounty('duplicatePayment').length,
      OVER_STANDARD: inCounty('overStandard').length,
      // Resident 8 (the village secretary's spouse) is paid DIBAO every month while the secretary serves.
      OFFICIAL_RECIPIENT: inCounty('officialRelativeRecipient').length * 6,
    };
    for (const [rule, alerts] of Object.entries(expected)) {
      const res = await runToEnd({ rule, region: COUNTY, ...PERIODS }, auditor);
      expect(res.errors).toBeUndefined();
      expect({ rule, status: res.run.status, alertsRaised: res.run.alertsRaised }).toEqual({ rule, status: 'DONE', alertsRaised: alerts });
    }
    const duplicated = inCounty('duplicatePayment')[0];
    const dup = await stack.query(PAYMENT_ALERTS, { id: demoPaymentId(duplicated, '2017-05', 'DIBAO', 1, 1) }, { token: auditor });
    expect(dup.body.data.payment.alerts.map((a: { rule: string }) => a.rule)).toEqual(['DUPLICATE_PAYMENT']);
    const inspector = await signToken({ role: 'inspector', region: COUNTY, dept: 'discipline', sub: 'inspector-b' });
    const DISMISS = `mutation Dismiss($id: ID!, $note: String!) { dismissAlert(id: $id, note: $note) { status decidedBy note finding { id } } }`;
    const dupAlert = dup.body.data.payment.alerts[0].id;
    expect(codes((await stack.query(DISMISS, { id: dupAlert, note: ' ' }, { token: inspector })).body.errors)).toEqual(['BAD_USER_INPUT']);
    expect(codes((await stack.query(DISMISS, { id: dupAlert, note: 'x' }, { token: otherAuditor })).body.errors)).toEqual(['FORBIDDEN']);
    const dismissed = await stack.query(DISMISS, { id: dupAlert, note: 'The second payment was refunded the same day' }, { token: inspector });
    expect(dismissed.body).toEqual({
      data: { dismissAlert: { status: 'DISMISSED', decidedBy: 'inspector-b', note: 'The second payment was refunded the same day', finding: null } },
    });
    const unknown = await stack.query(RUN, { rule: 'NO_SUCH_RULE', region: COUNTY, ...PERIODS }, { token: auditor });
    expect(unknown.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('fails a run whose payments cannot be read, and records it FAILED with the rows read', async () => {
    await stack.subgraphs.finance.kill();
    try {
      const res = await stack.query(RUN, { rule: 'OVER_STANDARD', region: VILLAGE, from: '2017-01', to: '2017-01' }, { token: auditor });
      expect(codes(res.body.errors)).toEqual(['SUBGRAPH_UNAVAILABLE']);
      expect(res.body.errors?.[0].message).toMatch(/^The comparison could not read payments through the gateway/);
      expect(JSON.stringify(res.body)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
    } finally {
      await stack.subgraphs.finance.revive();
    }
    const failed = await stack.subgraphs.audit.db.knex('comparison_runs').where({ status: 'FAILED' });
    expect(failed.map((r) => [r.rule, r.region_code, Number(r.rows_read), Number(r.alerts_raised)])).toEqual([['OVER_STANDARD', VILLAGE, 0, 0]]);
    expect(failed[0].failure).toMatch(/^The comparison could not read payments/);
  });

  it('answers Payment.alerts with one statement per gateway fetch (plus one access-log insert), for 10 payments as for 100', async () => {
    const PAGE = `query Page($region: ID!, $first: Int) {
      payments(regionCode: $region, first: $first) { edges { node { id alerts { id rule } } } }
    }`;
    // A village with planted alerts on its first payments (resident 0 died), so the log insert is exercised too.
    const village = villages.find((v) => villageAnomalies(v).deceasedRecipient)!;
    const measure = async (region: string, first: number) => {
      const { result, statements } = await countStatements(stack, () => stack.query(PAGE, { region, first }, { token: auditor }));
      expect(result.body.errors).toBeUndefined();
      const edges: Array<{ node: { alerts: unknown[] } }> = result.body.data.payments.edges;
      return { payments: edges.length, alerted: edges.some((e) => e.node.alerts.length > 0), statements: statements.audit };
    };
    const cases: Array<[string, number]> = [[COUNTY, 10], [COUNTY, 100], [village, 10], [village, 40]];
    for (const [region, first] of cases) {
      const measured = await measure(region, first);
      expect(measured).toEqual({ payments: first, alerted: measured.alerted, statements: measured.alerted ? 2 : 1 });
    }
    expect((await measure(village, 40)).alerted).toBe(true);
  });

  it('lists every alert of the county page by page, and filters them by status', async () => {
    const page = `query Alerts($after: String, $status: AlertStatus) {
      region(code: "${COUNTY}") { alerts(status: $status, first: 50, after: $after) { totalCount edges { node { id status region { code } } } pageInfo { hasNextPage endCursor } } }
    }`;
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const res: GraphQLResponse = await stack.query(page, { after }, { token: auditor });
      const alerts = res.body.data.region.alerts;
      total = alerts.totalCount;
      seen.push(...alerts.edges.map((e: { node: { id: string } }) => e.node.id));
      after = alerts.pageInfo.hasNextPage ? alerts.pageInfo.endCursor : null;
    } while (after);
    const flagged = (flag: keyof ReturnType<typeof villageAnomalies>) => villages.filter((v) => villageAnomalies(v)[flag]).length;
    expect(total).toBe(
      plantedDeceased.length + 1 + flagged('duplicatePayment') + flagged('overStandard') + flagged('officialRelativeRecipient') * 6,
    );
    expect(new Set(seen).size).toBe(total);
    const confirmed = await stack.query(page, { status: 'CONFIRMED' }, { token: auditor });
    expect(confirmed.body.data.region.alerts.totalCount).toBe(1);
    const dismissed = await stack.query(page, { status: 'DISMISSED' }, { token: auditor });
    expect(dismissed.body.data.region.alerts.totalCount).toBe(1);
  });
});
