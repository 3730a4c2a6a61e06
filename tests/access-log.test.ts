import { createAccessLogTable } from '../lib/access-log';
import { accessLogCountQuery, accessLogPageQuery } from '../lib/access-log-query';
import { insertInChunks } from '../lib/db/bulk';
import { demoPeople } from '../lib/demo/people';
import { encodeCursor } from '../lib/pagination';
import { personKey } from '../lib/person';
import { toIsoDateTime, toStoreDateTime } from '../lib/scalars';
import { SUBGRAPHS, type SubgraphName } from '../lib/subgraphs';
import { createTestDatabase, DIALECTS, type TestDatabase } from './helpers/databases';
import { countStatements, startStack, type GraphQLResponse, type Stack } from './helpers/stack';
import { signToken, TEST_PERSON_KEY_SECRET } from './helpers/tokens';

/**
 * security.md: "the log is append-only and queryable by inspectors". Personal reads are made
 * through the gateway with known request ids, then each service's log is read back through the
 * gateway as an inspector: exact rows, filters, pages, and the refusals.
 */

const COUNTY = '431002';
const VILLAGE = '431002001001';
const RESIDENT = demoPeople(VILLAGE)[0];
const RESIDENT_KEY = personKey(TEST_PERSON_KEY_SECRET, RESIDENT.idNumber);

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
    edges { cursor node { id at actor actorRoles action subject requestId } }
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
}

const codes = (res: GraphQLResponse) => (res.body.errors ?? []).map((e) => e.extensions?.code);

describe.each(DIALECTS)('access logs, read through the gateway (%s)', (dialect) => {
  let stack: Stack;
  let inspector: string;
  let auditor: string;
  let staff: string;
  let admin: string;
  let namedComplaints: string[];

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
    auditor = await signToken({ role: 'auditor', dept: 'audit', region: '4310', sub: 'auditor-log' });
    staff = await signToken({ role: 'staff', dept: 'finance', region: '4310', sub: 'staff-log' });
    admin = await signToken({ role: 'admin', region: '43', sub: 'admin-log' });
    namedComplaints = await stack.subgraphs.complaints.db
      .knex('complaints')
      .where({ anonymous: false })
      .andWhere('region_code', 'like', `${COUNTY}%`)
      .orderBy('id')
      .limit(2)
      .pluck('id');
    expect(namedComplaints).toHaveLength(2);

    // One after another, so that each later read is logged at a later millisecond.
    await personalRead(`{ payments(regionCode: "${VILLAGE}", first: 2) { totalCount } }`, 'req-payments-1', auditor);
    await personalRead(`{ payments(regionCode: "${VILLAGE}", programCode: "DIBAO", first: 2) { totalCount } }`, 'req-payments-2', auditor);
    await personalRead('query Mine($id: String!, $name: String!) { mySubsidies(idNumber: $id, name: $name) { id } }', 'req-self', undefined, {
      id: RESIDENT.idNumber,
      name: RESIDENT.name,
    });
    for (const [i, id] of namedComplaints.entries()) {
      await personalRead(`{ complaint(id: "${id}") { complainant { name } } }`, `req-identity-${i + 1}`, inspector);
    }
    await personalRead(`{ officials(regionCode: "${COUNTY}", first: 1) { totalCount } }`, 'req-register', auditor);
  }, 180_000);

  afterAll(() => stack?.stop());

  it("lists each service's own log, newest first: who, when, what and in which request", async () => {
    const payments1 = await entryOf('finance', 'req-payments-1');
    const payments2 = await entryOf('finance', 'req-payments-2');
    const self = await entryOf('finance', 'req-self');
    expect([payments1, payments2, self]).toEqual([
      { id: payments1.id, at: payments1.at, actor: 'auditor-log', actorRoles: ['auditor'], action: 'payments.list', subject: `${VILLAGE} * *`, requestId: 'req-payments-1' },
      { id: payments2.id, at: payments2.at, actor: 'auditor-log', actorRoles: ['auditor'], action: 'payments.list', subject: `${VILLAGE} DIBAO *`, requestId: 'req-payments-2' },
      { id: self.id, at: self.at, actor: null, actorRoles: ['public'], action: 'mySubsidies', subject: RESIDENT_KEY, requestId: 'req-self' },
    ]);
    expect(payments1.at < payments2.at && payments2.at < self.at).toBe(true);
    const finance = await read('finance');
    expect(finance.totalCount).toBe(3);
    expect(finance.pageInfo).toEqual({ hasNextPage: false, endCursor: finance.edges[2].cursor });
    expect(finance.edges.map((e) => e.node)).toEqual([self, payments2, payments1]);

    const identity1 = await entryOf('complaints', 'req-identity-1');
    const identity2 = await entryOf('complaints', 'req-identity-2');
    expect(await nodes('complaints')).toEqual([
      { id: identity2.id, at: identity2.at, actor: 'inspector-log', actorRoles: ['inspector'], action: 'complaint.complainant', subject: namedComplaints[1], requestId: 'req-identity-2' },
      { id: identity1.id, at: identity1.at, actor: 'inspector-log', actorRoles: ['inspector'], action: 'complaint.complainant', subject: namedComplaints[0], requestId: 'req-identity-1' },
    ]);

    const register = await entryOf('party-affairs', 'req-register');
    expect(await nodes('party-affairs')).toEqual([
      { id: register.id, at: register.at, actor: 'auditor-log', actorRoles: ['auditor'], action: 'officials.register', subject: COUNTY, requestId: 'req-register' },
    ]);

    // No alert was read: audit's log is empty.
    expect(await read('audit')).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
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

  it('reads a page in one statement on the store, and totalCount in one more; nothing is logged', async () => {
    const before = await Promise.all(SUBGRAPHS.map(async (s) => Number((await stack.subgraphs[s.name].db.knex('access_log').count({ n: '*' }))[0].n)));
    const withCount = await countStatements(stack, () => read('finance', { first: 2 }));
    expect(withCount.statements.finance).toBe(2);
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
    ['an auditor', () => auditor, 'auditor'],
    ['finance staff', () => staff, 'staff'],
  ])('refuses %s with FORBIDDEN on every service, the rest of the answer kept', async (_who, token, roles) => {
    for (const service of SUBGRAPHS.map((s) => s.name)) {
      const field = FIELDS[service];
      const res = await stack.query(`{ fundPrograms { code } ${field} { totalCount } }`, undefined, { token: token() });
      expect(res.status).toBe(200);
      expect(res.body.data).toEqual({ fundPrograms: [{ code: 'DIBAO' }, { code: 'DISABILITY' }, { code: 'FARMLAND' }, { code: 'TEKUN' }], [field]: null });
      expect(res.body.errors).toEqual([
        {
          message: `Only inspectors and admins may read the ${service} access log; your account's roles are ${roles}`,
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
});

describe.each(DIALECTS)("the access log's SQL uses its indexes (%s)", (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(dialect, 'access_log_plan');
    const { knex } = database.db;
    await createAccessLogTable.up(knex);
    // Enough rows, one a millisecond apart, that MariaDB's optimizer prefers an index to a sort.
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
        action: 'payments.list',
        subject: `subject-${i % 300}`,
      })),
    );
    await knex.raw(dialect === 'mysql' ? 'ANALYZE TABLE access_log' : 'ANALYZE');
  }, 60_000);
  afterAll(() => database?.drop());

  const cursor = encodeCursor(['2026-11-01 00:00:03.000', 'row-03000']);
  it.each([
    ['no filter', 'access_log_at_idx', {}],
    ['a time window', 'access_log_at_idx', { from: '2026-11-01T00:00:01Z', to: '2026-11-01T00:00:02Z' }],
    ['a later page', 'access_log_at_idx', { after: cursor }],
    ['an actor', 'access_log_actor_idx', { actor: 'actor-7' }],
    ['an actor, a window and a later page', 'access_log_actor_idx', { actor: 'actor-7', from: '2026-11-01T00:00:01Z', after: cursor }],
    ['a subject', 'access_log_subject_idx', { subject: 'subject-7', action: 'payments.list' }],
    ['a subject and a window', 'access_log_subject_idx', { subject: 'subject-7', to: '2026-11-01T00:00:04Z' }],
  ])('reads a page for %s on %s, without sorting the table', async (_case, index, args) => {
    const { knex } = database.db;
    const plan = async (query: { toSQL(): { sql: string; bindings: readonly unknown[] } }) => {
      const { sql, bindings } = query.toSQL();
      if (dialect === 'sqlite') {
        const rows: Array<{ detail: string }> = await knex.raw(`EXPLAIN QUERY PLAN ${sql}`, bindings as never);
        return rows.map((r) => r.detail).join('; ');
      }
      const [rows]: Array<Array<{ key: string | null; Extra: string }>> = await knex.raw(`EXPLAIN ${sql}`, bindings as never);
      return rows.map((r) => `key ${r.key}; ${r.Extra}`).join('; ');
    };
    const page = await plan(accessLogPageQuery(knex, args, 20).select('*'));
    const count = await plan(accessLogCountQuery(knex, args));
    for (const text of [page, count]) expect(text).toContain(dialect === 'sqlite' ? `INDEX ${index}` : `key ${index}`);
    // SQLite may still order the rows of one millisecond by id (its index holds rowids, not ids).
    expect(page).not.toMatch(/filesort|TEMP B-TREE FOR ORDER BY/);
  });
});
