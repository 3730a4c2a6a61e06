import type { Knex } from 'knex';
import { addAccessLogRegion, createAccessLogTable, logAccessMany } from '../lib/access-log';
import { accessLogCountQuery, accessLogPageQuery } from '../lib/access-log-query';
import { insertInChunks } from '../lib/db/bulk';
import { demoPeople } from '../lib/demo/people';
import { divisionsUnder } from '../lib/regions/divisions';
import { encodeCursor } from '../lib/pagination';
import { personKey } from '../lib/person';
import { toIsoDateTime, toStoreDateTime } from '../lib/scalars';
import { SUBGRAPHS, type SubgraphName } from '../lib/subgraphs';
import { createTestDatabase, DIALECTS, type TestDatabase } from './helpers/databases';
import { countStatements, startStack, type GraphQLResponse, type Stack } from './helpers/stack';
import { signToken, TEST_PERSON_KEY_SECRET } from './helpers/tokens';

/**
 * security.md: "the log is append-only and queryable by inspectors", and a caller sees only data
 * under their region. Personal reads are made through the gateway with known request ids, in
 * 北湖区 (431002), in 苏仙区 (431003) and across the city, then each service's log is read back
 * through the gateway by discipline inspectors of each level: exact rows, regions, filters,
 * pages, and the refusals.
 */

const COUNTY = '431002';
const VILLAGE = '431002001001';
const OTHER_COUNTY = '431003';
const OTHER_VILLAGE = '431003001001';
const VILLAGE_NAME = divisionsUnder(VILLAGE).find((d) => d.code === VILLAGE)!.name;
const RESIDENT = demoPeople(VILLAGE)[0];
const RESIDENT_KEY = personKey(TEST_PERSON_KEY_SECRET, RESIDENT.idNumber);
const OTHER_KEY = personKey(TEST_PERSON_KEY_SECRET, demoPeople(OTHER_VILLAGE)[0].idNumber);

const FIELDS: Record<SubgraphName, string> = {
  finance: 'financeAccessLog',
  audit: 'auditAccessLog',
  'party-affairs': 'partyAffairsAccessLog',
  complaints: 'complaintsAccessLog',
};

const logQuery = (field: string) => `query Log($actor: String, $subject: String, $action: String, $from: DateTime, $to: DateTime, $first: Int, $after: String) {
  ${field}(actor: $actor, subject: $subject, action: $action, from: $from, to: $to, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id at actor actorRoles action subject requestId region { code } } }
  }
}`;

interface Entry {
  id: string;
  at: string;
  actor: string | null;
  actorRoles: string[];
  action: string;
  subject: string;
  requestId: string;
  region: { code: string } | null;
}

const codes = (res: GraphQLResponse) => (res.body.errors ?? []).map((e) => e.extensions?.code);

describe.each(DIALECTS)('access logs, read through the gateway (%s)', (dialect) => {
  let stack: Stack;
  let inspector: string;
  let cityInspector: string;
  let provinceInspector: string;
  let otherCountyInspector: string;
  let auditor: string;
  let staff: string;
  let admin: string;
  let namedComplaints: Array<{ id: string; region_code: string }>;
  let otherComplaint: { id: string; region_code: string };

  /** The entry a service's store holds for the one read of a request, as the API should show it. */
  async function entryOf(service: SubgraphName, requestId: string, subject?: string): Promise<Entry> {
    const rows = await stack.subgraphs[service].db
      .knex('access_log')
      .where({ request_id: requestId, ...(subject ? { subject } : {}) });
    expect(rows).toHaveLength(1);
    const row = rows[0];
    return {
      id: row.id,
      at: toIsoDateTime(row.at),
      actor: row.actor_sub,
      actorRoles: row.actor_roles.split(','),
      action: row.action,
      subject: row.subject,
      requestId: row.request_id,
      region: row.region_code === null ? null : { code: row.region_code },
    };
  }

  async function read(service: SubgraphName, variables: Record<string, unknown> = {}, token = inspector) {
    const res = await stack.query(logQuery(FIELDS[service]), variables, { token });
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    return res.body.data[FIELDS[service]] as {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: Array<{ cursor: string; node: Entry }>;
    };
  }

  const nodes = async (service: SubgraphName, variables: Record<string, unknown> = {}) =>
    (await read(service, variables)).edges.map((e) => e.node);

  async function personalRead(query: string, requestId: string, token?: string, variables?: Record<string, unknown>) {
    const res = await stack.query(query, variables, { token, headers: { 'x-request-id': requestId } });
    expect(res.body.errors).toBeUndefined();
  }

  beforeAll(async () => {
    stack = await startStack(dialect);
    inspector = await signToken({ role: 'inspector', dept: 'discipline', region: COUNTY, sub: 'inspector-log' });
    cityInspector = await signToken({ role: 'inspector', dept: 'discipline', region: '4310', sub: 'inspector-city' });
    provinceInspector = await signToken({ role: 'inspector', dept: 'discipline', region: '43', sub: 'inspector-province' });
    otherCountyInspector = await signToken({ role: 'inspector', dept: 'discipline', region: OTHER_COUNTY, sub: 'inspector-other' });
    auditor = await signToken({ role: 'auditor', dept: 'audit', region: '4310', sub: 'auditor-log' });
    staff = await signToken({ role: 'staff', dept: 'finance', region: '4310', sub: 'staff-log' });
    admin = await signToken({ role: 'admin', region: '43', sub: 'admin-log' });
    const named = (county: string, n: number) =>
      stack.subgraphs.complaints.db
        .knex('complaints')
        .where({ anonymous: false })
        .andWhere('region_code', 'like', `${county}%`)
        .orderBy('id')
        .limit(n)
        .select('id', 'region_code');
    namedComplaints = await named(COUNTY, 2);
    expect(namedComplaints).toHaveLength(2);
    [otherComplaint] = await named(OTHER_COUNTY, 1);
    expect(otherComplaint.region_code.startsWith(OTHER_COUNTY)).toBe(true);

    // A row written before regions were recorded, as the migration left it (region null).
    await stack.subgraphs.finance.db.knex('access_log').insert({
      id: 'legacy-row',
      at: '2026-01-01 00:00:00.000',
      actor_sub: 'auditor-old',
      actor_roles: 'auditor',
      request_id: 'req-legacy',
      action: 'payments.list',
      subject: `${VILLAGE} * *`,
      region_code: null,
    });

    // One after another, so that each later read is logged at a later millisecond.
    await personalRead(`{ payments(regionCode: "${VILLAGE}", first: 2) { totalCount } }`, 'req-payments-1', auditor);
    await personalRead(`{ payments(regionCode: "${VILLAGE}", programCode: "DIBAO", first: 2) { totalCount } }`, 'req-payments-2', auditor);
    await personalRead('query Mine($id: String!, $name: String!) { mySubsidies(idNumber: $id, name: $name) { id } }', 'req-self', undefined, {
      id: RESIDENT.idNumber,
      name: RESIDENT.name,
    });
    for (const [i, { id }] of namedComplaints.entries()) {
      await personalRead(`{ complaint(id: "${id}") { complainant { name } } }`, `req-identity-${i + 1}`, inspector);
    }
    await personalRead(`{ officials(regionCode: "${COUNTY}", first: 1) { totalCount } }`, 'req-register', auditor);
    // Reads outside 北湖区: another county's village, the whole city, and a self-lookup that found nobody.
    await personalRead(`{ payments(regionCode: "${OTHER_VILLAGE}", first: 2) { totalCount } }`, 'req-other-county', auditor);
    await personalRead('{ payments(regionCode: "4310", first: 1) { totalCount } }', 'req-city', auditor);
    await personalRead('query Mine($id: String!, $name: String!) { mySubsidies(idNumber: $id, name: $name) { id } }', 'req-self-nobody', undefined, {
      id: RESIDENT.idNumber,
      name: '不是本人',
    });
    await personalRead(`{ complaint(id: "${otherComplaint.id}") { complainant { name } } }`, 'req-identity-other', cityInspector);
    await personalRead(`{ officials(regionCode: "${OTHER_COUNTY}", first: 1) { totalCount } }`, 'req-register-other', auditor);
    // Alerts are raised by comparison runs (audit-comparison.test.ts logs a real read); here the
    // rows audit's reader writes for one alert in each county, to read its log back by region.
    const auditorPrincipal = { kind: 'user' as const, sub: 'auditor-log', name: null, roles: ['auditor' as const], dept: 'audit' as const, region: '4310' };
    await logAccessMany(stack.subgraphs.audit.db.knex, { principal: auditorPrincipal, requestId: 'req-alerts' }, 'read-alert', [
      { subject: RESIDENT_KEY, region: VILLAGE },
      { subject: OTHER_KEY, region: OTHER_VILLAGE },
    ]);
  }, 180_000);

  afterAll(() => stack?.stop());

  it("lists each service's own log under the inspector's county, newest first: who, when, what, where and in which request", async () => {
    const payments1 = await entryOf('finance', 'req-payments-1');
    const payments2 = await entryOf('finance', 'req-payments-2');
    const self = await entryOf('finance', 'req-self');
    expect([payments1, payments2, self]).toEqual([
      { id: payments1.id, at: payments1.at, actor: 'auditor-log', actorRoles: ['auditor'], action: 'payments.list', subject: `${VILLAGE} * *`, requestId: 'req-payments-1', region: { code: VILLAGE } },
      { id: payments2.id, at: payments2.at, actor: 'auditor-log', actorRoles: ['auditor'], action: 'payments.list', subject: `${VILLAGE} DIBAO *`, requestId: 'req-payments-2', region: { code: VILLAGE } },
      { id: self.id, at: self.at, actor: null, actorRoles: ['public'], action: 'mySubsidies', subject: RESIDENT_KEY, requestId: 'req-self', region: { code: VILLAGE } },
    ]);
    expect(payments1.at < payments2.at && payments2.at < self.at).toBe(true);
    const finance = await read('finance');
    expect(finance.totalCount).toBe(3);
    expect(finance.pageInfo).toEqual({ hasNextPage: false, endCursor: finance.edges[2].cursor });
    expect(finance.edges.map((e) => e.node)).toEqual([self, payments2, payments1]);

    const identity1 = await entryOf('complaints', 'req-identity-1');
    const identity2 = await entryOf('complaints', 'req-identity-2');
    expect(await nodes('complaints')).toEqual([
      {
        id: identity2.id,
        at: identity2.at,
        actor: 'inspector-log',
        actorRoles: ['inspector'],
        action: 'complaint.complainant',
        subject: namedComplaints[1].id,
        requestId: 'req-identity-2',
        region: { code: namedComplaints[1].region_code },
      },
      {
        id: identity1.id,
        at: identity1.at,
        actor: 'inspector-log',
        actorRoles: ['inspector'],
        action: 'complaint.complainant',
        subject: namedComplaints[0].id,
        requestId: 'req-identity-1',
        region: { code: namedComplaints[0].region_code },
      },
    ]);

    const register = await entryOf('party-affairs', 'req-register');
    expect(await nodes('party-affairs')).toEqual([
      { id: register.id, at: register.at, actor: 'auditor-log', actorRoles: ['auditor'], action: 'officials.register', subject: COUNTY, requestId: 'req-register', region: { code: COUNTY } },
    ]);

    const alert = await entryOf('audit', 'req-alerts', RESIDENT_KEY);
    expect(await nodes('audit')).toEqual([
      { id: alert.id, at: alert.at, actor: 'auditor-log', actorRoles: ['auditor'], action: 'read-alert', subject: RESIDENT_KEY, requestId: 'req-alerts', region: { code: VILLAGE } },
    ]);
  });

  it('files each read under the region of what it read, the legacy row under none', async () => {
    const regions = async (service: SubgraphName) =>
      Object.fromEntries(
        (await stack.subgraphs[service].db.knex('access_log').select('request_id', 'subject', 'region_code')).map((r) => [`${r.request_id} ${r.subject}`, r.region_code]),
      );
    expect(await regions('finance')).toEqual({
      [`req-legacy ${VILLAGE} * *`]: null,
      [`req-payments-1 ${VILLAGE} * *`]: VILLAGE,
      [`req-payments-2 ${VILLAGE} DIBAO *`]: VILLAGE,
      // The resident's payments are all in their village.
      [`req-self ${RESIDENT_KEY}`]: VILLAGE,
      [`req-other-county ${OTHER_VILLAGE} * *`]: OTHER_VILLAGE,
      'req-city 4310 * *': '4310',
      // The name did not match: nothing was found, and the public has no region.
      [`req-self-nobody ${RESIDENT_KEY}`]: '43',
    });
    expect(await regions('complaints')).toEqual({
      [`req-identity-1 ${namedComplaints[0].id}`]: namedComplaints[0].region_code,
      [`req-identity-2 ${namedComplaints[1].id}`]: namedComplaints[1].region_code,
      [`req-identity-other ${otherComplaint.id}`]: otherComplaint.region_code,
    });
    expect(await regions('party-affairs')).toEqual({ [`req-register ${COUNTY}`]: COUNTY, [`req-register-other ${OTHER_COUNTY}`]: OTHER_COUNTY });
    expect(await regions('audit')).toEqual({ [`req-alerts ${RESIDENT_KEY}`]: VILLAGE, [`req-alerts ${OTHER_KEY}`]: OTHER_VILLAGE });
  });

  const ALL_FINANCE = ['req-self-nobody', 'req-city', 'req-other-county', 'req-self', 'req-payments-2', 'req-payments-1', 'req-legacy'];
  const ALL_OTHERS = {
    complaints: ['req-identity-other', 'req-identity-2', 'req-identity-1'],
    'party-affairs': ['req-register-other', 'req-register'],
    audit: ['req-alerts', 'req-alerts'],
  };
  it.each([
    [
      'an inspector of 北湖区 (431002) reads its rows only',
      () => inspector,
      { finance: ['req-self', 'req-payments-2', 'req-payments-1'], complaints: ['req-identity-2', 'req-identity-1'], 'party-affairs': ['req-register'], audit: ['req-alerts'] },
    ],
    [
      'an inspector of 苏仙区 (431003) reads its rows only',
      () => otherCountyInspector,
      { finance: ['req-other-county'], complaints: ['req-identity-other'], 'party-affairs': ['req-register-other'], audit: ['req-alerts'] },
    ],
    [
      'an inspector of 郴州市 (4310) reads the rows of both counties and the city, not the province or legacy rows',
      () => cityInspector,
      { finance: ['req-city', 'req-other-county', 'req-self', 'req-payments-2', 'req-payments-1'], ...ALL_OTHERS },
    ],
    ['an inspector of the province (43) reads every row, the legacy one included', () => provinceInspector, { finance: ALL_FINANCE, ...ALL_OTHERS }],
    ['an admin reads every row', () => admin, { finance: ALL_FINANCE, ...ALL_OTHERS }],
  ])('%s', async (_who, token, expected) => {
    for (const service of SUBGRAPHS.map((s) => s.name)) {
      const page = await read(service, {}, token());
      expect([service, page.edges.map((e) => e.node.requestId), page.totalCount]).toEqual([service, expected[service], expected[service].length]);
    }
  });

  it('scopes the filters too, and names the region through the graph', async () => {
    const res = await stack.query(
      '{ financeAccessLog(action: "payments.list") { totalCount edges { node { requestId region { code name level } } } } }',
      undefined,
      { token: cityInspector },
    );
    expect(res.body).toEqual({
      data: {
        financeAccessLog: {
          totalCount: 4,
          edges: [
            { node: { requestId: 'req-city', region: { code: '4310', name: '郴州市', level: 'CITY' } } },
            { node: { requestId: 'req-other-county', region: { code: OTHER_VILLAGE, name: '苏园路社区', level: 'VILLAGE' } } },
            { node: { requestId: 'req-payments-2', region: { code: VILLAGE, name: VILLAGE_NAME, level: 'VILLAGE' } } },
            { node: { requestId: 'req-payments-1', region: { code: VILLAGE, name: VILLAGE_NAME, level: 'VILLAGE' } } },
          ],
        },
      },
    });
    const legacy = await stack.query('{ financeAccessLog(actor: "auditor-old") { totalCount edges { node { requestId region { code } } } } }', undefined, {
      token: provinceInspector,
    });
    expect(legacy.body).toEqual({ data: { financeAccessLog: { totalCount: 1, edges: [{ node: { requestId: 'req-legacy', region: null } }] } } });
    const hidden = await stack.query('{ financeAccessLog(actor: "auditor-old") { totalCount edges { node { requestId } } } }', undefined, {
      token: cityInspector,
    });
    expect(hidden.body).toEqual({ data: { financeAccessLog: { totalCount: 0, edges: [] } } });
  });

  it('filters by actor, subject, action and a time window (from included, to not)', async () => {
    const [payments1, payments2, self] = await Promise.all(['req-payments-1', 'req-payments-2', 'req-self'].map((r) => entryOf('finance', r)));
    const filtered = async (variables: Record<string, unknown>) => {
      const page = await read('finance', variables);
      expect(page.totalCount).toBe(page.edges.length);
      return page.edges.map((e) => e.node.requestId);
    };
    expect(await filtered({ actor: 'auditor-log' })).toEqual(['req-payments-2', 'req-payments-1']);
    expect(await filtered({ actor: 'inspector-log' })).toEqual([]);
    expect(await filtered({ subject: RESIDENT_KEY })).toEqual(['req-self']);
    expect(await filtered({ subject: `${VILLAGE} DIBAO *`, actor: 'auditor-log' })).toEqual(['req-payments-2']);
    expect(await filtered({ action: 'payments.list' })).toEqual(['req-payments-2', 'req-payments-1']);
    expect(await filtered({ action: 'mySubsidies', actor: 'auditor-log' })).toEqual([]);
    expect(await filtered({ from: payments2.at })).toEqual(['req-self', 'req-payments-2']);
    expect(await filtered({ to: payments2.at })).toEqual(['req-payments-1']);
    expect(await filtered({ from: payments2.at, to: self.at })).toEqual(['req-payments-2']);
    expect(await filtered({ from: payments1.at, to: self.at, actor: 'auditor-log' })).toEqual(['req-payments-2', 'req-payments-1']);
    // A zone other than Z names the same instant.
    const plus8 = new Date(Date.parse(payments2.at) + 8 * 3600_000).toISOString().replace('Z', '+08:00');
    expect(await filtered({ from: plus8 })).toEqual(['req-self', 'req-payments-2']);
  });

  it('pages newest first with cursors, with and without filters', async () => {
    const all = await nodes('finance');
    const seen: Entry[] = [];
    let after: string | null = null;
    const pages: Array<{ hasNextPage: boolean; totalCount: number }> = [];
    do {
      const page = await read('finance', { first: 1, after });
      pages.push({ hasNextPage: page.pageInfo.hasNextPage, totalCount: page.totalCount });
      expect(page.pageInfo.endCursor).toBe(page.edges[0].cursor);
      seen.push(...page.edges.map((e) => e.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all);
    expect(pages).toEqual([
      { hasNextPage: true, totalCount: 3 },
      { hasNextPage: true, totalCount: 3 },
      { hasNextPage: false, totalCount: 3 },
    ]);

    const first = await read('finance', { actor: 'auditor-log', first: 1 });
    expect(first.edges.map((e) => e.node.requestId)).toEqual(['req-payments-2']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await read('finance', { actor: 'auditor-log', first: 1, after: first.pageInfo.endCursor });
    expect(second.edges.map((e) => e.node.requestId)).toEqual(['req-payments-1']);
    expect(second.pageInfo).toEqual({ hasNextPage: false, endCursor: second.edges[0].cursor });
    expect(second.totalCount).toBe(2);
    expect(await read('finance', { first: 0 })).toEqual({ totalCount: 3, pageInfo: { hasNextPage: true, endCursor: null }, edges: [] });
  });

  it('reads a page in one statement on the store, totalCount and the regions of the page in one more each; nothing is logged', async () => {
    const before = await Promise.all(SUBGRAPHS.map(async (s) => Number((await stack.subgraphs[s.name].db.knex('access_log').count({ n: '*' }))[0].n)));
    const withCount = await countStatements(stack, () => read('finance', { first: 2 }));
    expect(withCount.statements.finance).toBe(3);
    const pageOnly = await countStatements(stack, () =>
      stack.query(`{ financeAccessLog(first: 3) { edges { node { id actor actorRoles requestId } } } }`, undefined, { token: admin }),
    );
    expect(pageOnly.result.body.errors).toBeUndefined();
    expect(pageOnly.result.body.data.financeAccessLog.edges).toHaveLength(3);
    expect(pageOnly.statements.finance).toBe(1);
    for (const service of SUBGRAPHS.map((s) => s.name)) await read(service, {}, admin);
    const after = await Promise.all(SUBGRAPHS.map(async (s) => Number((await stack.subgraphs[s.name].db.knex('access_log').count({ n: '*' }))[0].n)));
    expect(after).toEqual(before);
  });

  it.each([
    ['an auditor', () => auditor, 'roles auditor and dept audit'],
    ['finance staff', () => staff, 'roles staff and dept finance'],
    ['an inspector of the audit department', () => signToken({ role: 'inspector', dept: 'audit', region: '43' }), 'roles inspector and dept audit'],
    ['an inspector without a department', () => signToken({ role: 'inspector', region: '43' }), 'roles inspector and no dept'],
  ])('refuses %s with FORBIDDEN on every service, the rest of the answer kept', async (_who, token, account) => {
    const bearer = await token();
    for (const service of SUBGRAPHS.map((s) => s.name)) {
      const field = FIELDS[service];
      const res = await stack.query(`{ fundPrograms { code } ${field} { totalCount } }`, undefined, { token: bearer });
      expect(res.status).toBe(200);
      expect(res.body.data).toEqual({ fundPrograms: [{ code: 'DIBAO' }, { code: 'DISABILITY' }, { code: 'FARMLAND' }, { code: 'TEKUN' }], [field]: null });
      expect(res.body.errors).toEqual([
        {
          message: `Only inspectors of the discipline department and admins may read the ${service} access log; your account has ${account}`,
          path: [field],
          extensions: { code: 'FORBIDDEN', serviceName: service },
        },
      ]);
    }
  });

  it('refuses the public with UNAUTHENTICATED as a field error, not a 401', async () => {
    for (const service of SUBGRAPHS.map((s) => s.name)) {
      const field = FIELDS[service];
      const res = await stack.query(`{ fundPrograms { code } ${field} { totalCount } }`);
      expect(res.status).toBe(200);
      expect(res.body.data).toEqual({ fundPrograms: [{ code: 'DIBAO' }, { code: 'DISABILITY' }, { code: 'FARMLAND' }, { code: 'TEKUN' }], [field]: null });
      expect(res.body.errors).toEqual([
        {
          message: `Sign in with an inspector's account to read the ${service} access log`,
          path: [field],
          extensions: { code: 'UNAUTHENTICATED', serviceName: service },
        },
      ]);
    }
  });

  it('refuses a reversed time window and a forged cursor as BAD_USER_INPUT', async () => {
    const window = await stack.query(logQuery('financeAccessLog'), { from: '2026-01-02T00:00:00Z', to: '2026-01-01T00:00:00Z' }, { token: inspector });
    expect(codes(window)).toEqual(['BAD_USER_INPUT']);
    expect(window.body.errors![0].message).toBe(
      '`from` (2026-01-02T00:00:00.000Z) must be before `to` (2026-01-01T00:00:00.000Z); `to` itself is not included',
    );
    const forged = Buffer.from(JSON.stringify([1, 2])).toString('base64url');
    const cursor = await stack.query(logQuery('complaintsAccessLog'), { after: forged }, { token: inspector });
    expect(codes(cursor)).toEqual(['BAD_USER_INPUT']);
    expect(cursor.body.errors![0].message).toBe('`after` is not a cursor returned by this list');
  });

  // Last: it adds a finance row that the counts above do not expect.
  it('files a list asked under a code that names no division under that code, shown with no region', async () => {
    const token = await signToken({ role: 'auditor', dept: 'audit', region: '4310', sub: 'auditor-nowhere' });
    await personalRead('{ payments(regionCode: "439999", first: 1) { totalCount } }', 'req-nowhere', token);
    expect(await stack.subgraphs.finance.db.knex('access_log').where({ request_id: 'req-nowhere' }).pluck('region_code')).toEqual(['439999']);
    const res = await stack.query('{ financeAccessLog(actor: "auditor-nowhere") { totalCount edges { node { subject region { code name } } } } }', undefined, {
      token: provinceInspector,
    });
    expect(res.body).toEqual({ data: { financeAccessLog: { totalCount: 1, edges: [{ node: { subject: '439999 * *', region: null } }] } } });
    const city = await stack.query('{ financeAccessLog(actor: "auditor-nowhere") { totalCount } }', undefined, { token: cityInspector });
    expect(city.body).toEqual({ data: { financeAccessLog: { totalCount: 0 } } });
  });
});

const ACTIONS = ['payments.list', 'payment.read', 'person.payments', 'project.payments', 'mySubsidies', 'read-alert'];

describe.each(DIALECTS)("the access log's region migration and its SQL's indexes (%s)", (dialect) => {
  let database: TestDatabase;
  const legacy = {
    id: 'legacy',
    at: '2026-10-01 00:00:00.000',
    actor_sub: 'auditor-old',
    actor_roles: 'auditor',
    request_id: 'request-old',
    action: 'payments.list',
    subject: '431002001001 * *',
  };
  beforeAll(async () => {
    database = await createTestDatabase(dialect, 'access_log_plan');
    const { knex } = database.db;
    // A store as it was before regions were recorded, with a row, then the migration.
    await createAccessLogTable.up(knex);
    await knex('access_log').insert(legacy);
    await addAccessLogRegion.up(knex);
    // Enough rows, one a millisecond apart, that MariaDB's optimizer prefers an index to a sort:
    // six actions, and villages of twenty counties.
    const start = Date.parse('2026-11-01T00:00:00Z');
    await insertInChunks(
      knex,
      'access_log',
      Array.from({ length: 6000 }, (_, i) => ({
        id: `row-${String(i).padStart(5, '0')}`,
        at: toStoreDateTime(new Date(start + i)),
        actor_sub: `actor-${i % 50}`,
        actor_roles: 'auditor',
        request_id: `request-${i}`,
        action: ACTIONS[i % ACTIONS.length],
        subject: `subject-${i % 300}`,
        region_code: `4310${String(10 + (i % 20))}001001`,
      })),
    );
    await knex.raw(dialect === 'mysql' ? 'ANALYZE TABLE access_log' : 'ANALYZE');
  }, 60_000);
  afterAll(() => database?.drop());

  it('leaves the rows written before it without a region', async () => {
    expect(await database.db.knex('access_log').where({ id: 'legacy' }).first()).toEqual({ ...legacy, region_code: null });
  });

  /** The plan of a statement: SQLite's EXPLAIN QUERY PLAN details, or MariaDB's key and Extra per table. */
  async function plan(knex: Knex, query: { toSQL(): { sql: string; bindings: readonly unknown[] } }): Promise<string> {
    const { sql, bindings } = query.toSQL();
    if (dialect === 'sqlite') {
      const rows: Array<{ detail: string }> = await knex.raw(`EXPLAIN QUERY PLAN ${sql}`, bindings as never);
      return rows.map((r) => r.detail).join('; ');
    }
    const [rows]: Array<Array<{ key: string | null; Extra: string }>> = await knex.raw(`EXPLAIN ${sql}`, bindings as never);
    return rows.map((r) => `key ${r.key}; ${r.Extra}`).join('; ');
  }

  const cursor = encodeCursor(['2026-11-01 00:00:03.000', 'row-03000']);
  it.each([
    ['no filter', 'access_log_at_idx', {}],
    ['a time window', 'access_log_at_idx', { from: '2026-11-01T00:00:01Z', to: '2026-11-01T00:00:02Z' }],
    ['a later page', 'access_log_at_idx', { after: cursor }],
    ['an actor', 'access_log_actor_idx', { actor: 'actor-7' }],
    ['an actor, a window and a later page', 'access_log_actor_idx', { actor: 'actor-7', from: '2026-11-01T00:00:01Z', after: cursor }],
    ['a subject', 'access_log_subject_idx', { subject: 'subject-7', action: 'payment.read' }],
    ['an action', 'access_log_action_idx', { action: 'person.payments' }],
    ['an action and a later page', 'access_log_action_idx', { action: 'person.payments', after: cursor }],
    ['a subject and a window', 'access_log_subject_idx', { subject: 'subject-7', to: '2026-11-01T00:00:04Z' }],
  ])('reads a page for %s on %s, without sorting the table', async (_case, index, args) => {
    const { knex } = database.db;
    const page = await plan(knex, accessLogPageQuery(knex, args, 20).select('*'));
    const count = await plan(knex, accessLogCountQuery(knex, args));
    for (const text of [page, count]) expect(text).toContain(dialect === 'sqlite' ? `INDEX ${index}` : `key ${index}`);
    // SQLite may still order the rows of one millisecond by id (its index holds rowids, not ids).
    expect(page).not.toMatch(/filesort|TEMP B-TREE FOR ORDER BY/);
  });

  it.each([
    ['a county', '431015'],
    ['a village', '431015001001'],
  ])("reads an inspector's page and count for %s on access_log_region_idx, sorting only that region's rows", async (_case, scope) => {
    const { knex } = database.db;
    const page = await plan(knex, accessLogPageQuery(knex, { scope }, 20).select('*'));
    const count = await plan(knex, accessLogCountQuery(knex, { scope }));
    for (const text of [page, count]) expect(text).toContain(dialect === 'sqlite' ? 'INDEX access_log_region_idx (region_code>? AND region_code<?)' : 'key access_log_region_idx');
    // The count reads the index alone.
    expect(count).toMatch(dialect === 'sqlite' ? /COVERING INDEX access_log_region_idx/ : /Using index/);
  });
});
