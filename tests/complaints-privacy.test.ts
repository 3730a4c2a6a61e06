import { randomUUID } from 'node:crypto';
import { RATE_LIMITED_FIELDS } from '../gateway/src/settings';
import { demoPayments } from '../lib/demo/payments';
import { idCheckCharacter, maskIdNumber, personKey } from '../lib/person';
import { villagesUnder } from '../lib/regions/divisions';
import { DIALECTS } from './helpers/databases';
import { countStatements, queryFn, startStack, type Stack } from './helpers/stack';
import { signToken, TEST_PERSON_KEY_SECRET } from './helpers/tokens';

/**
 * security.md for complaints: the complainant's identity only for discipline inspectors and
 * admins, every read logged; content to the public only when published; the raw ID number
 * never stored.
 */

const COUNTY = '431002';
const VILLAGE = villagesUnder(COUNTY)[1].code;
const FIRST17 = '43100219800101123';
const ID_NUMBER = FIRST17 + idCheckCharacter(FIRST17);

const SUBMIT = `mutation Submit($input: SubmitComplaintInput!) { submitComplaint(input: $input) { queryCode complaint { id } } }`;
const IDENTITY = `query Identity($id: ID!) { complaint(id: $id) { id content complainant { name phone maskedIdNumber personKey } } }`;

const codes = (res: { body: { errors?: Array<{ extensions?: Record<string, unknown> }> } }) =>
  (res.body.errors ?? []).map((e) => e.extensions?.code);

describe.each(DIALECTS)('complaint privacy (%s)', (dialect) => {
  let stack: Stack;
  let id: string;
  let queryCode: string;
  let unpublishedId: string;
  const logRows = (subject: string) =>
    stack.subgraphs.complaints.db.knex('access_log').where({ subject }).select('action', 'actor_sub', 'actor_roles', 'subject', 'region_code');

  beforeAll(async () => {
    stack = await startStack(dialect, {
      gateway: { settings: { rateLimit: { max: 10_000, windowMs: 60_000, fields: RATE_LIMITED_FIELDS, trustProxy: false } } },
    });
    const realName = await stack.query(SUBMIT, {
      input: {
        regionCode: VILLAGE,
        category: 'OFFICIAL_CONDUCT',
        content: '村主任把低保名额给了亲戚。',
        anonymous: false,
        contactName: '王小明',
        contactPhone: '139 0000 1234',
        idNumber: ID_NUMBER.toLowerCase(),
        allowPublish: true,
        idempotencyKey: randomUUID(),
      },
    });
    expect(realName.body.errors).toBeUndefined();
    ({ queryCode, complaint: { id } } = realName.body.data.submitComplaint);
    const unpublished = await stack.query(SUBMIT, {
      input: {
        regionCode: VILLAGE,
        category: 'SUBSIDY_FRAUD',
        content: '不公开的内容。',
        anonymous: true,
        subjectType: 'Payment',
        subjectId: demoPayments(VILLAGE)[0].id,
        idempotencyKey: randomUUID(),
      },
    });
    expect(unpublished.body.errors).toBeUndefined();
    unpublishedId = unpublished.body.data.submitComplaint.complaint.id;
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it('stores the person key and the masked ID number, never the raw ID number', async () => {
    const row = await stack.subgraphs.complaints.db.knex('complaints').where({ id }).first();
    expect(JSON.stringify(row)).not.toContain(ID_NUMBER.slice(6, 14));
    expect(row).toMatchObject({
      contact_name: '王小明',
      contact_phone: '139 0000 1234',
      person_key: personKey(TEST_PERSON_KEY_SECRET, ID_NUMBER),
      masked_id_number: maskIdNumber(ID_NUMBER),
    });
  });

  it.each([
    ['complaints staff', { role: 'staff' as const, dept: 'complaints' as const }],
    ['an auditor', { role: 'auditor' as const, dept: 'audit' as const }],
    ['an inspector of another department', { role: 'inspector' as const, dept: 'audit' as const }],
  ])('refuses the identity to %s, and logs nothing', async (_who, claims) => {
    const token = await signToken({ ...claims, region: COUNTY });
    const res = await stack.query(IDENTITY, { id }, { token });
    expect(codes(res)).toEqual(['FORBIDDEN']);
    expect(res.body.data.complaint).toEqual({ id, content: '村主任把低保名额给了亲戚。', complainant: null });
    expect(await logRows(id)).toEqual([]);
  });

  it('shows the identity to a discipline inspector of the region and logs the read', async () => {
    const token = await signToken({ role: 'inspector', dept: 'discipline', region: COUNTY, sub: 'inspector-7' });
    const res = await stack.query(IDENTITY, { id }, { token });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.complaint.complainant).toEqual({
      name: '王小明',
      phone: '139 0000 1234',
      maskedIdNumber: maskIdNumber(ID_NUMBER),
      personKey: personKey(TEST_PERSON_KEY_SECRET, ID_NUMBER),
    });
    expect(await logRows(id)).toEqual([{ action: 'complaint.complainant', actor_sub: 'inspector-7', actor_roles: 'inspector', subject: id, region_code: VILLAGE }]);
  });

  it('refuses an inspector of another county the complaint altogether', async () => {
    const token = await signToken({ role: 'inspector', dept: 'discipline', region: '431003' });
    expect(codes(await stack.query(IDENTITY, { id }, { token }))).toEqual(['FORBIDDEN']);
  });

  it('logs one row per identity read in a list, written by one statement', async () => {
    const token = await signToken({ role: 'inspector', dept: 'discipline', region: COUNTY, sub: 'inspector-list' });
    const knex = stack.subgraphs.complaints.db.knex;
    const { result: res, statements } = await countStatements(stack, () =>
      stack.query(`{ region(code: "${COUNTY}") { complaints(first: 40) { edges { node { id anonymous complainant { name } } } } } }`, undefined, {
        token,
      }),
    );
    expect(res.body.errors).toBeUndefined();
    // The page, then one insert for every read.
    expect(statements.complaints).toBe(2);
    const nodes: Array<{ id: string; anonymous: boolean; complainant: { name: string } | null }> = res.body.data.region.complaints.edges.map(
      (e: { node: unknown }) => e.node,
    );
    const named = nodes.filter((n) => !n.anonymous).map((n) => n.id).sort();
    expect(named.length).toBeGreaterThan(0);
    expect(nodes.filter((n) => n.complainant !== null).map((n) => n.id).sort()).toEqual(named);
    const logged = await knex('access_log').where({ actor_sub: 'inspector-list' }).orderBy('subject').pluck('subject');
    expect(logged).toEqual(named);
  });

  it('gives the submitter the status and timeline but no identity', async () => {
    const res = await stack.query(
      `query($code: String!) { complaintByQueryCode(queryCode: $code) { status content events { action actor } complainant { name } } }`,
      { code: queryCode },
    );
    expect(codes(res)).toEqual(['FORBIDDEN']);
    expect(res.body.data.complaintByQueryCode).toEqual({
      status: 'SUBMITTED',
      content: '村主任把低保名额给了亲戚。',
      events: [{ action: 'SUBMIT', actor: 'submitter' }],
      complainant: null,
    });
  });

  it('refuses anonymous callers the office lookup', async () => {
    expect(codes(await stack.query(IDENTITY, { id }))).toEqual(['UNAUTHENTICATED']);
  });

  it('shows a complaint reached as an entity by the public only as far as its submitter allowed', async () => {
    // What another subgraph's field (an accountability action's basis) makes the gateway ask for.
    const entities = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Complaint { id status content reply subject { __typename } events { action } } } }`;
    const res = await queryFn(stack.subgraphs.complaints.url)(entities, {
      reps: [
        { __typename: 'Complaint', id },
        { __typename: 'Complaint', id: unpublishedId },
      ],
    });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data._entities).toEqual([
      { id, status: 'SUBMITTED', content: '村主任把低保名额给了亲戚。', reply: null, subject: null, events: null },
      { id: unpublishedId, status: 'SUBMITTED', content: null, reply: null, subject: null, events: null },
    ]);
  });
});
