import { DIALECTS } from './helpers/databases';
import { startStack, type Stack } from './helpers/stack';

/**
 * A refusal raised in one field (the public asking findings, alerts, complaints, ledger entries)
 * nulls that field only, with its own error at its path; the public fields beside it are
 * answered and the response is an HTTP 200, whichever subgraph refuses and wherever the field
 * sits in the query plan.
 */
const COUNTY = '431002';
const PROJECT = `PRJ-${COUNTY}-2017-DIBAO`;

const refused = (message: string, path: string[], serviceName: string, code = 'UNAUTHENTICATED') => ({
  message,
  path,
  extensions: { code, serviceName },
});

describe.each(DIALECTS)('refused fields beside public ones, through the gateway (%s)', (dialect) => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack(dialect);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it.each([
    [
      'findings beside the public open-finding count (one audit fetch)',
      '{ region(code: "431027") { name openFindingCount findings { totalCount } } }',
      {
        errors: [refused('Sign in to read findings', ['region', 'findings'], 'audit')],
        data: { region: { name: '桂东县', openFindingCount: 2, findings: null } },
      },
    ],
    [
      'alerts and findings of a region, each with its own error',
      `{ region(code: "${COUNTY}") { name alerts(first: 1) { totalCount } findings(first: 1) { totalCount } } }`,
      {
        errors: [
          refused('Sign in to read alerts', ['region', 'alerts'], 'audit'),
          refused('Sign in to read findings', ['region', 'findings'], 'audit'),
        ],
        data: { region: { name: '北湖区', alerts: null, findings: null } },
      },
    ],
    [
      "a project's findings and complaints (two subgraphs refuse)",
      `{ fundProject(id: "${PROJECT}") { id findings { totalCount } complaints { id } } }`,
      {
        errors: [
          refused('Sign in to read findings', ['fundProject', 'findings'], 'audit'),
          refused('Sign in to read complaints', ['fundProject', 'complaints'], 'complaints'),
        ],
        data: { fundProject: { id: PROJECT, findings: null, complaints: null } },
      },
    ],
    [
      "a region's complaints beside its public statistics (one complaints fetch)",
      `{ region(code: "${COUNTY}") { name complaints(first: 1) { totalCount } complaintStats(from: "2017-01-01", to: "2017-06-30") { received } } }`,
      {
        errors: [refused('Sign in to list complaints', ['region', 'complaints'], 'complaints')],
        data: { region: { name: '北湖区', complaints: null, complaintStats: { received: 27 } } },
      },
    ],
    [
      // Root fields of their own fetch: requireSignedIn (lib/auth) and the access log's refusal.
      'an audit lookup and the audit access log beside a region',
      '{ region(code: "4310") { name } finding(id: "FND-NOPE") { id } auditAccessLog { totalCount } }',
      {
        errors: [
          refused("Sign in with an inspector's account to read the audit access log", ['auditAccessLog'], 'audit'),
          refused('Sign in to read findings', ['finding'], 'audit'),
        ],
        data: { region: { name: '郴州市' }, finding: null, auditAccessLog: null },
      },
    ],
    [
      // ledgerEntries is non-null in the schema, so its refusal nulls the whole data, as
      // GraphQL requires; the answer is still a 200 with the refusal at its path.
      'ledger entries, a non-null root field, beside a region',
      '{ region(code: "4310") { name } ledgerEntries(regionCode: "4310") { totalCount } }',
      { errors: [refused('Sign in to read ledger entries', ['ledgerEntries'], 'finance')], data: null },
    ],
  ])('%s', async (_label, query, expected) => {
    const res = await stack.query(query);
    expect({ status: res.status, body: res.body }).toEqual({ status: 200, body: expected });
  });

  /**
   * The gateway keeps the data of a subgraph's non-2xx answer too (gateway-failures), so the
   * cases above would pass even if a subgraph answered them with a 401: ask each subgraph itself.
   * (The access log refuses before any await, so its error comes first.)
   */
  it.each([
    ['audit', '{ __typename auditProject(id: "AP-NOPE") { id } finding(id: "FND-NOPE") { id } auditAccessLog { totalCount } }', [
      ["Sign in with an inspector's account to read the audit access log", 'auditAccessLog'],
      ['Sign in to read audit projects', 'auditProject'],
      ['Sign in to read findings', 'finding'],
    ]],
    ['complaints', '{ __typename complaint(id: "CMP-NOPE") { id } complaintsAccessLog { totalCount } }', [
      ["Sign in with an inspector's account to read the complaints access log", 'complaintsAccessLog'],
      ['Sign in to read complaints', 'complaint'],
    ]],
    ['finance', '{ __typename financeAccessLog { totalCount } }', [
      ["Sign in with an inspector's account to read the finance access log", 'financeAccessLog'],
    ]],
    ['party-affairs', '{ __typename partyAffairsAccessLog { totalCount } }', [
      ["Sign in with an inspector's account to read the party-affairs access log", 'partyAffairsAccessLog'],
    ]],
  ] as const)('the %s subgraph itself answers the public\'s refused fields with HTTP 200 and field errors', async (name, query, refusals) => {
    const res = await stack.subgraphs[name].query(query);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ __typename: 'Query', ...Object.fromEntries(refusals.map(([, field]) => [field, null])) });
    expect(res.body.errors?.map(({ message, path, extensions }) => ({ message, path, extensions }))).toEqual(
      refusals.map(([message, field]) => ({ message, path: [field], extensions: { code: 'UNAUTHENTICATED' } })),
    );
  });

  it('still answers a token that does not verify with a 401 before any field', async () => {
    const res = await stack.query('{ region(code: "4310") { name } }', {}, { token: 'not.a.token' });
    expect({ status: res.status, body: res.body }).toEqual({
      status: 401,
      body: { errors: [{ message: 'The token is not valid; sign in again', extensions: { code: 'UNAUTHENTICATED' } }] },
    });
  });
});
