import { randomUUID } from 'node:crypto';
import { RATE_LIMITED_FIELDS } from '../gateway/src/settings';
import { villagesUnder } from '../lib/regions/divisions';
import { acceptDueDate, beijingDate, replyDueDate } from '../subgraphs/complaints/src/workflow/deadlines';
import { DIALECTS } from './helpers/databases';
import { countStatements, startStack, type Stack } from './helpers/stack';
import { signToken } from './helpers/tokens';

/**
 * issue 4, "Done when", through the gateway: a public submission followed by its query code
 * through every step, refusals that change nothing, idempotent retries, and the region
 * statistics at village, township and county level counting the new complaint.
 */

const COUNTY = '431002';
const VILLAGE = villagesUnder(COUNTY)[0].code;
const TOWNSHIP = VILLAGE.slice(0, 9);
const OTHER_COUNTY = '431003';
const WINDOW = { from: '2017-01-01', to: '2030-12-31' };

const SUBMIT = `mutation Submit($input: SubmitComplaintInput!) {
  submitComplaint(input: $input) { queryCode acceptDueDate replyDays complaint { id status dueAt isOverdue region { code } } }
}`;
const FOLLOW = `query Follow($code: String!) {
  complaintByQueryCode(queryCode: $code) {
    id status dueAt acceptDueDate replyDueDate extensionDays isOverdue reply substantiated satisfaction content
    events { status fromStatus action actor note }
  }
}`;
const STATS = `query Stats($v: ID!, $t: ID!, $c: ID!, $from: Date!, $to: Date!) {
  v: region(code: $v) { complaintStats(from: $from, to: $to) { received open overdue closed } }
  t: region(code: $t) { complaintStats(from: $from, to: $to) { received open overdue closed } }
  c: region(code: $c) { complaintStats(from: $from, to: $to) { received open overdue closed } }
}`;

const codes = (res: { body: { errors?: Array<{ extensions?: Record<string, unknown> }> } }) =>
  (res.body.errors ?? []).map((e) => e.extensions?.code);

function anonymousInput(content: string, key = randomUUID()) {
  return { regionCode: VILLAGE, category: 'SUBSIDY_FRAUD', content, anonymous: true, allowPublish: false, idempotencyKey: key };
}

describe.each(DIALECTS)('complaints workflow through the gateway (%s)', (dialect) => {
  let stack: Stack;
  let staff: string;
  let foreignStaff: string;
  let financeStaff: string;

  beforeAll(async () => {
    stack = await startStack(dialect, {
      gateway: { settings: { rateLimit: { max: 10_000, windowMs: 60_000, fields: RATE_LIMITED_FIELDS, trustProxy: false } } },
    });
    staff = await signToken({ role: 'staff', dept: 'complaints', region: COUNTY, sub: 'clerk-431002' });
    foreignStaff = await signToken({ role: 'staff', dept: 'complaints', region: OTHER_COUNTY });
    financeStaff = await signToken({ role: 'staff', dept: 'finance', region: COUNTY });
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
  });

  const stats = async () => {
    const res = await stack.query(STATS, { v: VILLAGE, t: TOWNSHIP, c: COUNTY, ...WINDOW });
    expect(res.body.errors).toBeUndefined();
    return res.body.data as Record<'v' | 't' | 'c', { complaintStats: { received: number; open: number; overdue: number; closed: number } }>;
  };
  const follow = async (code: string) => {
    const res = await stack.query(FOLLOW, { code });
    expect(res.body.errors).toBeUndefined();
    return res.body.data.complaintByQueryCode;
  };
  const step = (mutation: string, variables: Record<string, unknown>, token?: string) =>
    stack.query(`mutation Step${mutation}`, variables, { token });

  it('follows a public submission by its query code through every step, each in the timeline', async () => {
    const before = await stats();
    const submitted = await stack.query(SUBMIT, { input: anonymousInput('村里有人冒领低保，请核查。') });
    expect(submitted.body.errors).toBeUndefined();
    const receipt = submitted.body.data.submitComplaint;
    const today = beijingDate(new Date());
    expect(receipt.queryCode).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    expect(receipt.acceptDueDate).toBe(acceptDueDate(today));
    expect(receipt.replyDays).toBe(60);
    expect(receipt.complaint).toEqual({
      id: expect.stringMatching(/^CMP-\d{8}-[0-9A-F]{10}$/),
      status: 'SUBMITTED',
      dueAt: acceptDueDate(today),
      isOverdue: false,
      region: { code: VILLAGE },
    });
    const id = receipt.complaint.id;
    const code = receipt.queryCode;

    const after = await stats();
    for (const level of ['v', 't', 'c'] as const) {
      expect(after[level].complaintStats).toEqual({
        ...before[level].complaintStats,
        received: before[level].complaintStats.received + 1,
        open: before[level].complaintStats.open + 1,
      });
    }

    const accepted = await step('($id: ID!) { acceptComplaint(id: $id) { status replyDueDate } }', { id }, staff);
    expect(accepted.body.errors).toBeUndefined();
    expect(accepted.body.data.acceptComplaint).toEqual({ status: 'ACCEPTED', replyDueDate: replyDueDate(today, 0) });
    const assigned = await step('($id: ID!) { assignComplaint(id: $id, department: "区民政局") { status assignedDepartment } }', { id }, staff);
    expect(assigned.body.data.assignComplaint).toEqual({ status: 'ASSIGNED', assignedDepartment: '区民政局' });
    const extended = await step(
      '($id: ID!) { extendComplaint(id: $id, days: 20, reason: "需要调取银行流水") { status extensionDays replyDueDate dueAt } }',
      { id },
      staff,
    );
    expect(extended.body.data.extendComplaint).toEqual({
      status: 'ASSIGNED',
      extensionDays: 20,
      replyDueDate: replyDueDate(today, 20),
      dueAt: replyDueDate(today, 20),
    });
    const replied = await step(
      '($id: ID!) { replyComplaint(id: $id, reply: "经核查，已停发并追回。", substantiated: true) { status substantiated dueAt } }',
      { id },
      staff,
    );
    expect(replied.body.data.replyComplaint).toEqual({ status: 'REPLIED', substantiated: true, dueAt: null });
    const rated = await step('($code: String!) { rateComplaint(queryCode: $code, satisfaction: BASICALLY_SATISFIED, comment: "处理较快") { satisfaction } }', { code });
    expect(rated.body.data.rateComplaint).toEqual({ satisfaction: 'BASICALLY_SATISFIED' });
    const review = await step('($code: String!) { requestReview(queryCode: $code, reason: "追回金额不全") { status dueAt } }', { code });
    expect(review.body.errors).toBeUndefined();
    expect(review.body.data.requestReview.status).toBe('UNDER_REVIEW');
    const again = await step(
      '($id: ID!) { replyComplaint(id: $id, reply: "复查后已全额追回。", substantiated: true) { status satisfaction } }',
      { id },
      staff,
    );
    expect(again.body.data.replyComplaint).toEqual({ status: 'REPLIED', satisfaction: null });

    const seen = await follow(code);
    expect(seen).toMatchObject({
      id,
      status: 'REPLIED',
      dueAt: null,
      extensionDays: 20,
      isOverdue: false,
      reply: '复查后已全额追回。',
      substantiated: true,
      satisfaction: null,
      content: '村里有人冒领低保，请核查。',
    });
    expect(seen.events).toEqual([
      { status: 'SUBMITTED', fromStatus: null, action: 'SUBMIT', actor: 'submitter', note: null },
      { status: 'ACCEPTED', fromStatus: 'SUBMITTED', action: 'ACCEPT', actor: 'complaints office', note: null },
      { status: 'ASSIGNED', fromStatus: 'ACCEPTED', action: 'ASSIGN', actor: 'complaints office', note: '区民政局' },
      { status: 'ASSIGNED', fromStatus: 'ASSIGNED', action: 'EXTEND', actor: 'complaints office', note: '+20 days: 需要调取银行流水' },
      { status: 'REPLIED', fromStatus: 'ASSIGNED', action: 'REPLY', actor: 'complaints office', note: 'substantiated' },
      { status: 'REPLIED', fromStatus: 'REPLIED', action: 'RATE', actor: 'submitter', note: 'BASICALLY_SATISFIED: 处理较快' },
      { status: 'UNDER_REVIEW', fromStatus: 'REPLIED', action: 'REQUEST_REVIEW', actor: 'submitter', note: '追回金额不全' },
      { status: 'REPLIED', fromStatus: 'UNDER_REVIEW', action: 'REPLY', actor: 'complaints office', note: 'substantiated' },
    ]);

    // The office sees which account took each step.
    const office = await stack.query(`{ complaint(id: "${id}") { events { actor } } }`, undefined, { token: staff });
    expect(office.body.data.complaint.events.map((e: { actor: string }) => e.actor)).toEqual([
      'submitter', 'clerk-431002', 'clerk-431002', 'clerk-431002', 'clerk-431002', 'submitter', 'submitter', 'clerk-431002',
    ]);

    // A second review and a second extension are refused.
    const secondReview = await step('($code: String!) { requestReview(queryCode: $code, reason: "仍不满意") { status } }', { code });
    expect(codes(secondReview)).toEqual(['INVALID_TRANSITION']);
    const closed = await step('($id: ID!) { closeComplaint(id: $id) { status closedAt } }', { id }, staff);
    expect(closed.body.data.closeComplaint.status).toBe('CLOSED');
    expect((await follow(code)).events).toHaveLength(9);
  });

  it('refuses illegal steps, foreign-region and other-department staff and anonymous callers, and changes nothing', async () => {
    const submitted = await stack.query(SUBMIT, { input: anonymousInput('村务公开栏半年未更新。') });
    const { queryCode: code, complaint } = submitted.body.data.submitComplaint;
    const id = complaint.id;
    const accept = '($id: ID!) { acceptComplaint(id: $id) { status } }';

    expect(codes(await step(accept, { id }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await step(accept, { id }, foreignStaff))).toEqual(['FORBIDDEN']);
    expect(codes(await step(accept, { id }, financeStaff))).toEqual(['FORBIDDEN']);
    expect(codes(await step('($id: ID!) { closeComplaint(id: $id) { status } }', { id }, staff))).toEqual(['INVALID_TRANSITION']);
    expect(codes(await step('($id: ID!) { replyComplaint(id: $id, reply: "答复", substantiated: false) { status } }', { id }, staff))).toEqual([
      'INVALID_TRANSITION',
    ]);
    expect(codes(await step('($code: String!) { rateComplaint(queryCode: $code, satisfaction: SATISFIED) { status } }', { code }))).toEqual([
      'INVALID_TRANSITION',
    ]);
    expect(codes(await step('($id: ID!) { extendComplaint(id: $id, days: 31, reason: "x") { status } }', { id }, staff))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codes(await step('($id: ID!) { acceptComplaint(id: $id) { status } }', { id: 'CMP-NOPE' }, staff))).toEqual(['NOT_FOUND']);

    const seen = await follow(code);
    expect(seen.status).toBe('SUBMITTED');
    expect(seen.events.map((e: { action: string }) => e.action)).toEqual(['SUBMIT']);
    const [{ version }] = await stack.subgraphs.complaints.db.knex('complaints').where({ id }).select('version');
    expect(version).toBe(1);

    // Transferred to the other county, it becomes that office's to handle, and no longer this one's.
    expect((await step(accept, { id }, staff)).body.data.acceptComplaint.status).toBe('ACCEPTED');
    const target = villagesUnder(OTHER_COUNTY)[0].code;
    const moved = await step(
      `($id: ID!) { transferComplaint(id: $id, regionCode: "${target}", reason: "事发地在石盖塘") { status region { code } } }`,
      { id },
      staff,
    );
    expect(moved.body.data.transferComplaint).toEqual({ status: 'TRANSFERRED', region: { code: target } });
    const assign = '($id: ID!) { assignComplaint(id: $id, department: "区财政局") { status } }';
    expect(codes(await step(assign, { id }, staff))).toEqual(['FORBIDDEN']);
    expect((await step(assign, { id }, foreignStaff)).body.data.assignComplaint.status).toBe('ASSIGNED');
  });

  it('lets only one of two concurrent steps on a complaint succeed', async () => {
    const submitted = await stack.query(SUBMIT, { input: anonymousInput('两人同时受理测试。') });
    const id = submitted.body.data.submitComplaint.complaint.id;
    const accept = () => step('($id: ID!) { acceptComplaint(id: $id) { status } }', { id }, staff);
    const results = await Promise.all([accept(), accept(), accept()]);
    const outcomes = results.map((r) => (r.body.errors ? codes(r)[0] : r.body.data.acceptComplaint.status)).sort();
    expect(outcomes).toEqual(['ACCEPTED', 'INVALID_TRANSITION', 'INVALID_TRANSITION']);
    const events = await stack.subgraphs.complaints.db.knex('complaint_events').where({ complaint_id: id }).orderBy('seq');
    expect(events.map((e: { action: string }) => e.action)).toEqual(['SUBMIT', 'ACCEPT']);
  });

  it('files a retried submission once, even when the retries race, and refuses the key for other content', async () => {
    const key = randomUUID();
    const input = anonymousInput('同一投诉重复提交测试。', key);
    const first = await stack.query(SUBMIT, { input });
    const racing = await Promise.all([1, 2, 3].map(() => stack.query(SUBMIT, { input })));
    for (const res of racing) {
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.submitComplaint.queryCode).toBe(first.body.data.submitComplaint.queryCode);
      expect(res.body.data.submitComplaint.complaint.id).toBe(first.body.data.submitComplaint.complaint.id);
    }
    const knex = stack.subgraphs.complaints.db.knex;
    expect(await knex('complaints').where({ idempotency_key: key }).count({ n: '*' })).toEqual([{ n: 1 }]);

    const concurrentKey = randomUUID();
    const together = await Promise.all([1, 2, 3].map(() => stack.query(SUBMIT, { input: anonymousInput('并发重试测试。', concurrentKey) })));
    expect(new Set(together.map((r) => r.body.data.submitComplaint.complaint.id)).size).toBe(1);
    expect(await knex('complaints').where({ idempotency_key: concurrentKey }).count({ n: '*' })).toEqual([{ n: 1 }]);

    const other = await stack.query(SUBMIT, { input: anonymousInput('另一件事。', key) });
    expect(codes(other)).toEqual(['BAD_USER_INPUT']);
    expect(other.body.errors?.[0].message).toBe(
      'This idempotencyKey was already used for a different complaint; use a new key for a new complaint',
    );
  });

  it('refuses bad submissions with a reason a person can act on', async () => {
    const bad = async (overrides: Record<string, unknown>) => {
      const res = await stack.query(SUBMIT, { input: { ...anonymousInput('内容'), ...overrides } });
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      return res.body.errors![0].message;
    };
    expect(await bad({ content: '长'.repeat(2001) })).toBe('content is 2001 characters long; at most 2000 are allowed');
    expect(await bad({ content: '   ' })).toBe('content must not be empty');
    expect(await bad({ regionCode: '431002999999' })).toBe('No region has code "431002999999"');
    expect(await bad({ anonymous: false })).toBe('contactName is required for a real-name complaint');
    expect(await bad({ anonymous: false, contactName: '张三', idNumber: '431002199001011235' })).toBe('ID number check digit is wrong');
    expect(await bad({ contactName: '张三' })).toBe(
      'An anonymous complaint carries no contact name, phone or ID number; leave them out or set anonymous to false',
    );
    expect(await bad({ subjectType: 'Payment' })).toBe('subjectType and subjectId go together: give both or neither');
    expect(await bad({ subjectType: 'Farm', subjectId: 'x' })).toBe('subjectType must be one of FundProject, Payment, LedgerEntry, Official; got "Farm"');
    expect(await bad({ idempotencyKey: 'short' })).toBe('idempotencyKey must be 16 to 128 letters, digits, - or _ (a UUID is ideal)');
  });

  it('answers a wrong query code with NOT_FOUND after the same single indexed lookup as a right one', async () => {
    const submitted = await stack.query(SUBMIT, { input: anonymousInput('查询码测试。') });
    const right = submitted.body.data.submitComplaint.queryCode;
    const lookup = `query($code: String!) { complaintByQueryCode(queryCode: $code) { status } }`;
    const found = await countStatements(stack, () => stack.query(lookup, { code: right.toLowerCase().replace(/-/g, ' ') }));
    const missing = await countStatements(stack, () => stack.query(lookup, { code: 'AAAA-BBBB-CCCC-DDDD' }));
    expect(found.result.body.data.complaintByQueryCode).toEqual({ status: 'SUBMITTED' });
    expect(codes(missing.result)).toEqual(['NOT_FOUND']);
    expect(missing.result.body.errors?.[0].message).toBe('A complaint with this query code was not found');
    expect([found.statements.complaints, missing.statements.complaints]).toEqual([1, 1]);
  });

  it('refuses a review asked for more than 30 days after the reply', async () => {
    const submitted = await stack.query(SUBMIT, { input: anonymousInput('复查期限测试。') });
    const { queryCode: code, complaint } = submitted.body.data.submitComplaint;
    for (const mutation of [
      'acceptComplaint(id: $id) { status }',
      'assignComplaint(id: $id, department: "区民政局") { status }',
      'replyComplaint(id: $id, reply: "已处理", substantiated: false) { status }',
    ]) {
      expect((await step(`($id: ID!) { ${mutation} }`, { id: complaint.id }, staff)).body.errors).toBeUndefined();
    }
    await stack.subgraphs.complaints.db.knex('complaints').where({ id: complaint.id }).update({ replied_at: '2026-01-05 02:00:00.000' });
    const late = await step('($code: String!) { requestReview(queryCode: $code, reason: "不满意") { status } }', { code });
    expect(codes(late)).toEqual(['INVALID_TRANSITION']);
    expect(late.body.errors?.[0].message).toBe(
      'A complaint that is REPLIED cannot be sent to review: review could be asked for until 2026-02-04, 30 days after the reply',
    );
  });
});
