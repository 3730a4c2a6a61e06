import { randomUUID } from 'node:crypto';
import { RATE_LIMITED_FIELDS } from '../gateway/src/settings';
import { demoOfficials } from '../lib/demo/officials';
import { demoPayments, demoProjectId } from '../lib/demo/payments';
import { regionRange } from '../lib/region-range';
import { villagesUnder } from '../lib/regions/divisions';
import { beijingDate } from '../subgraphs/complaints/src/workflow/deadlines';
import { DIALECTS } from './helpers/databases';
import { countStatements, startStack, type Stack } from './helpers/stack';
import { signToken } from './helpers/tokens';

/**
 * Reading complaints in bulk through the gateway: keyset pages, one statement per batch
 * whatever the page size, statistics computed in SQL that agree with the rows, and complaint
 * subjects checked against the finance subgraph through the gateway.
 */

const COUNTY = '431002';
const VILLAGE = villagesUnder(COUNTY)[2].code;
const TOWNSHIP = VILLAGE.slice(0, 9);
const OPEN = ['SUBMITTED', 'ACCEPTED', 'ASSIGNED', 'TRANSFERRED', 'UNDER_REVIEW'];

interface Row {
  id: string;
  status: string;
  region_code: string;
  submitted_at: string;
  submitted_date: string;
  due_date: string | null;
  first_replied_at: string | null;
  replied_on_time: number | boolean | null;
  substantiated: number | boolean | null;
  satisfaction: string | null;
}

/** The statistics computed again in plain code from the rows, to check the SQL against. */
function expectedStats(rows: Row[], code: string, from: string, to: string, today: string) {
  const [lo, hi] = regionRange(code);
  const mine = rows.filter((r) => r.region_code >= lo && r.region_code <= hi && r.submitted_date >= from && r.submitted_date <= to);
  const answered = mine.filter((r) => r.first_replied_at !== null);
  const judged = mine.filter((r) => r.substantiated !== null);
  const rated = mine.filter((r) => r.satisfaction !== null);
  const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);
  return {
    received: mine.length,
    open: mine.filter((r) => OPEN.includes(r.status)).length,
    overdue: mine.filter((r) => OPEN.includes(r.status) && r.due_date !== null && r.due_date < today).length,
    closed: mine.filter((r) => r.status === 'CLOSED').length,
    onTimeRate: share(answered.filter((r) => Boolean(r.replied_on_time)).length, answered.length),
    substantiatedRate: share(judged.filter((r) => Boolean(r.substantiated)).length, judged.length),
    satisfactionRate: share(rated.filter((r) => r.satisfaction !== 'DISSATISFIED').length, rated.length),
  };
}

const STATS_FIELDS = 'received open overdue closed onTimeRate substantiatedRate satisfactionRate';

describe.each(DIALECTS)('complaint lists, statistics and subjects through the gateway (%s)', (dialect) => {
  let stack: Stack;
  let auditor: string;
  let rows: Row[];

  beforeAll(async () => {
    stack = await startStack(dialect, {
      gateway: {
        settings: {
          rateLimit: { max: 10_000, windowMs: 60_000, fields: RATE_LIMITED_FIELDS, trustProxy: false },
          // The city's villages with their statistics in one query (estimated above an auditor's
          // default budget): the batches of more than 1000 regions are what is tested here.
          costLimit: { public: 1000, staff: 5000, integration: 5000, auditor: 100_000, admin: 100_000 },
        },
      },
    });
    auditor = await signToken({ role: 'auditor', dept: 'audit', region: '4310' });
    rows = await stack.subgraphs.complaints.db.knex('complaints').select();
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it('seeds complaints in every status over 2017, the open ones overdue by now', async () => {
    const statuses = new Set(rows.map((r) => r.status));
    expect([...statuses].sort()).toEqual(['ACCEPTED', 'ASSIGNED', 'CLOSED', 'REJECTED', 'REPLIED', 'SUBMITTED', 'TRANSFERRED', 'UNDER_REVIEW']);
    expect(rows.every((r) => r.submitted_date >= '2017-01-01' && r.submitted_date <= '2017-12-31')).toBe(true);
    const open = rows.filter((r) => OPEN.includes(r.status));
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((r) => r.due_date !== null && r.due_date < beijingDate(new Date()))).toBe(true);
    const submitted = open.find((r) => r.status === 'SUBMITTED' && r.region_code.startsWith('4310'))!;
    const closed = rows.find((r) => r.status === 'CLOSED')!;
    const res = await stack.query(
      `{ a: complaint(id: "${submitted.id}") { status dueAt acceptDueDate isOverdue } b: complaint(id: "${closed.id}") { status dueAt isOverdue closedAt } }`,
      undefined,
      { token: auditor },
    );
    expect(res.body.data.a).toEqual({ status: 'SUBMITTED', dueAt: submitted.due_date, acceptDueDate: submitted.due_date, isOverdue: true });
    expect(res.body.data.b).toMatchObject({ status: 'CLOSED', dueAt: null, isOverdue: false });
    const events = await stack.subgraphs.complaints.db.knex('complaint_events').select('complaint_id', 'seq', 'to_status').orderBy(['complaint_id', 'seq']);
    const last = new Map(events.map((e: { complaint_id: string; to_status: string }) => [e.complaint_id, e.to_status]));
    expect(rows.every((r) => last.get(r.id) === r.status)).toBe(true);
  });

  it('pages through a county newest first with cursors, and counts them all', async () => {
    const page = (after: string | null) =>
      stack.query(
        `query($after: String) { region(code: "${COUNTY}") { complaints(first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id submittedAt } } } } }`,
        { after },
        { token: auditor },
      );
    const [lo, hi] = regionRange(COUNTY);
    const expected = rows
      .filter((r) => r.region_code >= lo && r.region_code <= hi)
      .sort((a, b) => (a.submitted_at === b.submitted_at ? (a.id < b.id ? 1 : -1) : a.submitted_at < b.submitted_at ? 1 : -1))
      .map((r) => r.id);
    const first = (await page(null)).body.data.region.complaints;
    const second = (await page(first.pageInfo.endCursor)).body.data.region.complaints;
    expect(first.totalCount).toBe(expected.length);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect([...first.edges, ...second.edges].map((e: { node: { id: string } }) => e.node.id)).toEqual(expected.slice(0, 14));
  });

  it('filters by status', async () => {
    const res = await stack.query(
      `{ region(code: "${COUNTY}") { complaints(status: UNDER_REVIEW, first: 100) { totalCount edges { node { status } } } } }`,
      undefined,
      { token: auditor },
    );
    const [lo, hi] = regionRange(COUNTY);
    const expected = rows.filter((r) => r.region_code >= lo && r.region_code <= hi && r.status === 'UNDER_REVIEW').length;
    expect(res.body.data.region.complaints.totalCount).toBe(expected);
    expect(res.body.data.region.complaints.edges).toEqual(Array.from({ length: expected }, () => ({ node: { status: 'UNDER_REVIEW' } })));
  });

  it('answers the same region asked twice with different filters in one request', async () => {
    const res = await stack.query(
      `{ region(code: "${COUNTY}") { closed: complaints(status: CLOSED, first: 3) { edges { node { status } } } open: complaints(status: SUBMITTED, first: 3) { edges { node { status } } } } }`,
      undefined,
      { token: auditor },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.region.closed.edges.map((e: { node: { status: string } }) => e.node.status)).toEqual(['CLOSED', 'CLOSED', 'CLOSED']);
    expect(res.body.data.region.open.edges.every((e: { node: { status: string } }) => e.node.status === 'SUBMITTED')).toBe(true);
  });

  it('refuses the list to the public and to staff of another county', async () => {
    const query = `{ region(code: "${COUNTY}") { complaints { totalCount } } }`;
    expect((await stack.query(query)).body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    const other = await signToken({ role: 'staff', dept: 'complaints', region: '431003' });
    expect((await stack.query(query, undefined, { token: other })).body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('reads a page of 10 and a page of 50 with the same statements, nested fields included', async () => {
    const query = (n: number) =>
      `{ region(code: "4310") { complaints(first: ${n}) { edges { node { id region { name } events { action } subject { __typename ... on Payment { id complaints { id } } } } } } } }`;
    const ten = await countStatements(stack, () => stack.query(query(10), undefined, { token: auditor }));
    const fifty = await countStatements(stack, () => stack.query(query(50), undefined, { token: auditor }));
    expect(ten.result.body.errors).toBeUndefined();
    expect(fifty.result.body.data.region.complaints.edges).toHaveLength(50);
    // The page, the events of all its complaints, the region names, the complaints of all subject payments.
    expect(fifty.statements.complaints).toBe(ten.statements.complaints);
    expect(fifty.statements.complaints).toBeLessThanOrEqual(4);
  });

  it('lists the complaints of every village of a township side by side in one statement', async () => {
    const { result, statements } = await countStatements(stack, () =>
      stack.query(`{ region(code: "${TOWNSHIP}") { children { code complaints(first: 1) { pageInfo { hasNextPage } edges { node { id } } } } } }`, undefined, {
        token: auditor,
      }),
    );
    expect(result.body.errors).toBeUndefined();
    const children: Array<{ code: string; complaints: { pageInfo: { hasNextPage: boolean }; edges: Array<{ node: { id: string } }> } }> =
      result.body.data.region.children;
    for (const child of children) {
      const [lo, hi] = regionRange(child.code);
      const expected = rows
        .filter((r) => r.region_code >= lo && r.region_code <= hi)
        .sort((a, b) => (a.submitted_at === b.submitted_at ? (a.id < b.id ? 1 : -1) : a.submitted_at < b.submitted_at ? 1 : -1))
        .map((r) => r.id);
      expect(child.complaints).toEqual({ pageInfo: { hasNextPage: expected.length > 1 }, edges: expected.slice(0, 1).map((id) => ({ node: { id } })) });
    }
    expect(children.filter((c) => c.complaints.edges.length > 0).length).toBeGreaterThan(1);
    expect(statements.complaints).toBe(1);
  });

  it('reads the complaints of 50 payments in one statement', async () => {
    const res = await countStatements(stack, () =>
      stack.query(`{ payments(regionCode: "${COUNTY}", first: 50) { edges { node { id complaints { id } } } } }`, undefined, { token: auditor }),
    );
    expect(res.result.body.errors).toBeUndefined();
    const edges: Array<{ node: { id: string; complaints: Array<{ id: string }> } }> = res.result.body.data.payments.edges;
    expect(edges).toHaveLength(50);
    expect(res.statements.complaints).toBe(1);
    for (const { node } of edges) {
      const expected = rows
        .filter((r) => (r as unknown as { subject_type: string; subject_id: string }).subject_id === node.id)
        .sort((a, b) => (a.submitted_at < b.submitted_at ? 1 : -1))
        .map((r) => r.id);
      expect(node.complaints.map((c) => c.id)).toEqual(expected);
    }
  });

  it('computes the statistics of the city, a county and a village exactly as the rows say', async () => {
    const today = beijingDate(new Date());
    for (const code of ['4310', COUNTY, VILLAGE]) {
      const res = await stack.query(`{ region(code: "${code}") { complaintStats(from: "2017-03-01", to: "2017-10-31") { ${STATS_FIELDS} } } }`);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.region.complaintStats).toEqual(expectedStats(rows, code, '2017-03-01', '2017-10-31', today));
    }
  });

  it('computes the statistics of every village of a township side by side in one statement', async () => {
    const today = beijingDate(new Date());
    const { result, statements } = await countStatements(stack, () =>
      stack.query(`{ region(code: "${TOWNSHIP}") { complaintStats(from: "2017-01-01", to: "2017-12-31") { received } children { code complaintStats(from: "2017-01-01", to: "2017-12-31") { ${STATS_FIELDS} } } } }`),
    );
    expect(result.body.errors).toBeUndefined();
    const children: Array<{ code: string; complaintStats: unknown }> = result.body.data.region.children;
    expect(children.length).toBeGreaterThan(5);
    for (const child of children) expect(child.complaintStats).toEqual(expectedStats(rows, child.code, '2017-01-01', '2017-12-31', today));
    // The township's own total in one statement, all its villages in another.
    expect(statements.complaints).toBe(2);
  });

  it("computes the statistics of all the city's villages side by side, 400 to a statement", async () => {
    const today = beijingDate(new Date());
    const { result, statements } = await countStatements(stack, () =>
      stack.query(`{ region(code: "4310") { children { children { children { code complaintStats(from: "2017-01-01", to: "2017-12-31") { ${STATS_FIELDS} } } } } } }`, undefined, { token: auditor }),
    );
    expect(result.body.errors).toBeUndefined();
    const villages: Array<{ code: string; complaintStats: { received: number } }> = result.body.data.region.children.flatMap(
      (county: { children: Array<{ children: unknown[] }> }) => county.children.flatMap((township) => township.children),
    );
    expect(villages.map((v) => v.code).sort()).toEqual(villagesUnder('4310').map((v) => v.code).sort());
    for (const v of villages) expect(v.complaintStats).toEqual(expectedStats(rows, v.code, '2017-01-01', '2017-12-31', today));
    expect(villages.filter((v) => v.complaintStats.received > 0).length).toBeGreaterThan(0);
    // SQLite refuses an OR of 1000 ranges: the city's villages are statements of at most 400.
    expect(villages.length).toBeGreaterThan(1000);
    expect(statements.complaints).toBe(Math.ceil(villages.length / 400));
  });

  it('refuses a window that ends before it starts', async () => {
    const res = await stack.query(`{ region(code: "${COUNTY}") { complaintStats(from: "2017-05-01", to: "2017-04-01") { received } } }`);
    expect(res.body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([['BAD_USER_INPUT', 'from (2017-05-01) must not be after to (2017-04-01)']]);
  });

  it('checks a subject through the gateway: a payment, a project, a ledger entry and an official that exist are accepted, unknown ids refused', async () => {
    const payment = demoPayments(VILLAGE)[0];
    const submit = (subjectType: string, subjectId: string) =>
      stack.query(
        `mutation($input: SubmitComplaintInput!) { submitComplaint(input: $input) { queryCode complaint { id subject { __typename ... on Payment { id amount } ... on FundProject { id name } } } } }`,
        {
          input: { regionCode: VILLAGE, category: 'SUBSIDY_FRAUD', content: '这笔钱有问题。', anonymous: true, subjectType, subjectId, idempotencyKey: randomUUID() },
        },
      );
    const paid = await submit('Payment', payment.id);
    expect(paid.body.errors).toBeUndefined();
    expect(paid.body.data.submitComplaint.complaint.subject).toEqual({
      __typename: 'Payment',
      id: payment.id,
      amount: (payment.amount / 100).toFixed(2),
    });
    const project = await submit('FUND_PROJECT', demoProjectId(COUNTY, 'DIBAO'));
    expect(project.body.errors).toBeUndefined();
    expect(project.body.data.submitComplaint.complaint.subject).toMatchObject({ __typename: 'FundProject', id: demoProjectId(COUNTY, 'DIBAO') });

    const official = await submit('Official', demoOfficials(VILLAGE)[0].id);
    expect(official.body.errors).toBeUndefined();
    expect(official.body.data.submitComplaint.complaint.subject).toEqual({ __typename: 'Official' });
    const entry = await stack.subgraphs.finance.db.knex('ledger_entries').where({ village_code: VILLAGE }).orderBy('seq').first();
    const ledger = await submit('LedgerEntry', entry.id);
    expect(ledger.body.errors).toBeUndefined();
    expect(await stack.subgraphs.complaints.db.knex('complaints').where({ subject_type: 'LedgerEntry', subject_id: entry.id }).count({ n: '*' })).toEqual([{ n: 1 }]);
    const unknownEntry = await submit('LedgerEntry', 'LE-NOPE');
    expect(unknownEntry.body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['BAD_USER_INPUT', 'No LedgerEntry has id "LE-NOPE"; check the id, or submit without a subject'],
    ]);

    const unknownOfficial = await submit('Official', 'OFF-NOPE');
    expect(unknownOfficial.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);

    const unknown = await submit('Payment', 'PAY-NOPE');
    expect(unknown.body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['BAD_USER_INPUT', 'No Payment has id "PAY-NOPE"; check the id, or submit without a subject'],
    ]);
    expect(await stack.subgraphs.complaints.db.knex('complaints').where({ subject_id: 'PAY-NOPE' }).count({ n: '*' })).toEqual([{ n: 0 }]);

    // The new complaint is listed on its payment.
    const listed = await stack.query(`{ payment(id: "${payment.id}") { complaints { id } } }`, undefined, { token: auditor });
    expect(listed.body.data.payment.complaints.map((c: { id: string }) => c.id)).toContain(paid.body.data.submitComplaint.complaint.id);
  });

  it.each([
    ['finance', 'Payment', () => demoPayments(VILLAGE)[0].id],
    ['party-affairs', 'Official', () => demoOfficials(VILLAGE)[0].id],
  ] as const)('refuses with SUBGRAPH_UNAVAILABLE naming %s while the %s subject cannot be looked up, and files nothing', async (owner, subjectType, subjectId) => {
    const knex = stack.subgraphs.complaints.db.knex;
    const before = await knex('complaints').count({ n: '*' });
    await stack.subgraphs[owner].kill();
    try {
      const { body } = await stack.query(`mutation($input: SubmitComplaintInput!) { submitComplaint(input: $input) { queryCode } }`, {
        input: { regionCode: VILLAGE, category: 'SUBSIDY_FRAUD', content: '这笔钱有问题。', anonymous: true, subjectType, subjectId: subjectId(), idempotencyKey: randomUUID() },
      });
      // serviceName is the subgraph that answered this field; unavailableService the one it could not reach.
      expect(body).toEqual({
        data: null,
        errors: [
          {
            message: `The complaints service could not check the ${subjectType} named as the subject: the ${owner} service could not answer; try again shortly, or submit without a subject`,
            path: ['submitComplaint'],
            extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'complaints', unavailableService: owner },
          },
        ],
      });
    } finally {
      await stack.subgraphs[owner].revive();
    }
    expect(await knex('complaints').count({ n: '*' })).toEqual(before);
  });
});
