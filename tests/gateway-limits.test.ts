import { RATE_LIMITED_FIELDS } from '../gateway/src/settings';
import { idCheckCharacter } from '../lib/person';
import { DIALECTS } from './helpers/databases';
import { metric, scrape } from './helpers/gateway-probes';
import { startStack, type Stack } from './helpers/stack';
import { signToken } from './helpers/tokens';

/** A query nesting `parent` so that the whole operation is `levels` fields deep. */
const deepQuery = (levels: number) =>
  `query Deep { region(code: "431002001001") { ${'parent { '.repeat(levels - 2)}name${' }'.repeat(levels - 2)} } }`;
const aliasQuery = (n: number) =>
  `query Aliased { region(code: "4310") { ${Array.from({ length: n }, (_, i) => `n${i}: name`).join(' ')} } }`;
/** About `bytes` long, of many small tokens (each `__typename` selection is 1-2 tokens). */
const tokenFlood = (bytes: number) => `query Flood { ${'__typename '.repeat(Math.ceil(bytes / 11))}}`;

describe.each(DIALECTS)('gateway limits (%s)', (dialect) => {
  let stack: Stack;
  let staff: string;
  let auditor: string;
  beforeAll(async () => {
    stack = await startStack(dialect, { seed: false, proxied: ['finance'] });
    staff = await signToken({ role: 'staff', region: '4310', dept: 'finance' });
    auditor = await signToken({ role: 'auditor', region: '4310', dept: 'audit' });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  /** Every refusal happens at the gateway: the subgraph never hears of it. */
  async function refusedAtGateway<T>(send: () => Promise<T>): Promise<T> {
    const before = stack.proxies.finance!.requests.length;
    const result = await send();
    expect(stack.proxies.finance!.requests.length).toBe(before);
    return result;
  }

  it('refuses a 20-deep query with 400 QUERY_TOO_EXPENSIVE and answers a shallower one', async () => {
    const res = await refusedAtGateway(() => stack.query(deepQuery(20), undefined, { token: auditor }));
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      errors: [
        {
          message: 'The operation nests fields 20 levels deep; the limit is 12. Split it into smaller queries.',
          extensions: { code: 'QUERY_TOO_EXPENSIVE', measured: 20, limit: 12 },
        },
      ],
    });
    const ok = await stack.query(deepQuery(6));
    expect(ok.status).toBe(200);
    expect(ok.body.data.region.parent.parent.parent.parent).toEqual({ name: '湖南省' });
  });

  it('refuses a 40-alias query with 400 QUERY_TOO_EXPENSIVE', async () => {
    const res = await refusedAtGateway(() => stack.query(aliasQuery(40), undefined, { token: auditor }));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      {
        message: 'The operation uses 40 aliases; the limit is 30. Ask for a list instead, or split the query.',
        extensions: { code: 'QUERY_TOO_EXPENSIVE', measured: 40, limit: 30 },
      },
    ]);
    expect((await stack.query(aliasQuery(3))).body).toEqual({ data: { region: { n0: '郴州市', n1: '郴州市', n2: '郴州市' } } });
  });

  it('refuses too many root fields with 400 QUERY_TOO_EXPENSIVE', async () => {
    const query = `{ ${Array.from({ length: 11 }, (_, i) => `r${i}: region(code: "4310") { code }`).join(' ')} }`;
    const res = await refusedAtGateway(() => stack.query(query));
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]).toEqual({
      message: 'The operation asks for 11 root fields; the limit is 10. Split it into several requests.',
      extensions: { code: 'QUERY_TOO_EXPENSIVE', measured: 11, limit: 10 },
    });
  });

  it('answers an operationName the document does not hold with a 400, not a 500', async () => {
    const res = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query A { region(code: "4310") { name } }', operationName: 'B' }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      errors: [{ message: 'The document has no operation named "B"', extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } }],
    });
  });

  it('refuses a 100 kB query with 400 GRAPHQL_PARSE_FAILED (maxTokens), not a 500', async () => {
    const query = tokenFlood(100_000);
    expect(query.length).toBeGreaterThan(100_000);
    const res = await refusedAtGateway(() => stack.query(query));
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors?.[0]).toMatchObject({
      // (graphql-js's own wording, typo included)
      message: 'Syntax Error: Document contains more that 5000 tokens. Parsing aborted.',
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
  });

  it('reads a smaller body from the public than from staff (413 above the limit)', async () => {
    const query = tokenFlood(300_000);
    const anonymous = await refusedAtGateway(() => stack.query(query));
    expect(anonymous.status).toBe(413);
    expect(anonymous.body).toEqual({
      errors: [{ message: 'The request body is larger than 131072 bytes', extensions: { code: 'BAD_REQUEST' } }],
    });
    // Staff may send it (imports are large); the query itself is then refused for its tokens.
    const fromStaff = await refusedAtGateway(() => stack.query(query, undefined, { token: staff }));
    expect(fromStaff.status).toBe(400);
    expect(fromStaff.body.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('budgets cost per role: every county with its townships and their parents is too much for the public and staff, fine for an auditor', async () => {
    // 134 counties in the province (the file, not this store's 11), each with 30 expected children of 2 objects
    const query = 'query Counties { regions(level: COUNTY) { code children { code parent { code } } } }';
    const anonymous = await refusedAtGateway(() => stack.query(query));
    expect(anonymous.status).toBe(400);
    expect(anonymous.body.errors).toEqual([
      {
        message: "The operation's estimated cost is 8174; your budget is 1000. Ask for smaller pages (first) or fewer nested lists.",
        extensions: { code: 'QUERY_TOO_EXPENSIVE', measured: 8174, limit: 1000 },
      },
    ]);
    const fromStaff = await stack.query(query, undefined, { token: staff });
    expect(fromStaff.body.errors?.[0].extensions).toEqual({ code: 'QUERY_TOO_EXPENSIVE', measured: 8174, limit: 5000 });
    const fromAuditor = await stack.query(query, undefined, { token: auditor });
    expect(fromAuditor.status).toBe(200);
    expect(fromAuditor.body.data.regions).toHaveLength(11);
    expect(fromAuditor.body.data.regions[0]).toMatchObject({ code: '431002' });
    expect(fromAuditor.body.data.regions[0].children).toHaveLength(14);
  });

  it('prices regions by the divisions it can return: every village is refused, the villages of a township answer', async () => {
    const summary = 'ledgerSummary(from: "2017-01", to: "2017-12") { income }';
    const everyVillage = `query Villages { regions(level: VILLAGE) { code name ${summary} } }`;
    const anonymous = await refusedAtGateway(() => stack.query(everyVillage));
    expect(anonymous.status).toBe(400);
    expect(anonymous.body).toEqual({
      errors: [
        {
          message:
            "The operation's estimated cost is 59068; your budget is 1000. Query.regions returns 29534 items here: give parentCode to list only the divisions under one parent, or ask for fewer nested fields.",
          extensions: { code: 'QUERY_TOO_EXPENSIVE', measured: 59068, limit: 1000 },
        },
      ],
    });
    // the same from a variable, and with more per village: still refused before finance hears of it
    const byVariable = `query Villages($level: RegionLevel!) { regions(level: $level) { code ${summary} complaintStats(from: "2017-01-01", to: "2017-12-31") { received } } }`;
    const variable = await refusedAtGateway(() => stack.query(byVariable, { level: 'VILLAGE' }));
    expect(variable.body.errors?.[0].extensions).toEqual({ code: 'QUERY_TOO_EXPENSIVE', measured: 29534 * 3, limit: 1000 });
    // an auditor's budget does not cover every village's ledger either
    const fromAuditor = await refusedAtGateway(() => stack.query(everyVillage, undefined, { token: auditor }));
    expect(fromAuditor.body.errors?.[0].extensions).toEqual({ code: 'QUERY_TOO_EXPENSIVE', measured: 59068, limit: 25000 });
    // 人民路街道's 13 villages cost 26, well within the public budget
    const township = await stack.query(`query Villages { regions(level: VILLAGE, parentCode: "431002001") { code ${summary} } }`);
    expect(township.status).toBe(200);
    expect(township.body.errors).toBeUndefined();
    expect(township.body.data.regions).toEqual(
      Array.from({ length: 13 }, (_, i) => ({ code: `431002001${String(i + 1).padStart(3, '0')}`, ledgerSummary: { income: '0.00' } })),
    );
  });

  it('counts first: $n at the value of $n, so a huge $n is refused with 400 QUERY_TOO_EXPENSIVE', async () => {
    const byVariable = 'query Pay($n: Int) { payments(regionCode: "4310", first: $n) { totalCount edges { cursor node { id amount } } } }';
    const huge = await refusedAtGateway(() => stack.query(byVariable, { n: 1_000_000_000 }, { token: auditor }));
    expect(huge.status).toBe(400);
    expect(huge.body).toEqual({
      errors: [
        {
          message:
            "The operation's estimated cost is 3000000000; your budget is 25000. Ask for smaller pages (first) or fewer nested lists.",
          extensions: { code: 'QUERY_TOO_EXPENSIVE', measured: 3_000_000_000, limit: 25000 },
        },
      ],
    });
    // $n = 1000 costs what the literal 1000 costs: too much for the public, fine for an auditor
    const literal = await refusedAtGateway(() =>
      stack.query('query Pay { payments(regionCode: "4310", first: 1000) { totalCount edges { cursor node { id amount } } } }'),
    );
    const variable = await refusedAtGateway(() => stack.query(byVariable, { n: 1000 }));
    expect(literal.body.errors?.[0].extensions).toEqual({ code: 'QUERY_TOO_EXPENSIVE', measured: 3000, limit: 1000 });
    expect(variable.body).toEqual(literal.body);
    const fromAuditor = await stack.query(byVariable, { n: 1000 }, { token: auditor });
    expect(fromAuditor.status).toBe(200);
    expect(fromAuditor.body.errors).toBeUndefined();
    const notANumber = await refusedAtGateway(() => stack.query(byVariable, { n: 'many' }));
    expect(notANumber.status).toBe(400);
    expect(notANumber.body.errors).toEqual([
      {
        message: 'Variable "$n" got invalid value "many"; Int cannot represent non-integer value: "many"',
        extensions: { code: 'BAD_USER_INPUT' },
      },
    ]);
  });

  it('answers bad variables and syntax errors with a 400, never a 500', async () => {
    const badVariable = await refusedAtGateway(() =>
      stack.query('query One($code: ID!) { region(code: $code) { name } }', { code: { nested: true } }),
    );
    expect(badVariable.status).toBe(400);
    expect(badVariable.body.errors).toEqual([
      {
        message: 'Variable "$code" got invalid value { nested: true }; ID cannot represent value: { nested: true }',
        extensions: { code: 'BAD_USER_INPUT' },
      },
    ]);
    const missing = await refusedAtGateway(() => stack.query('query One($code: ID!) { region(code: $code) { name } }'));
    expect(missing.status).toBe(400);
    expect(missing.body.errors?.[0]).toEqual({
      message: 'Variable "$code" of required type "ID!" was not provided.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const syntax = await refusedAtGateway(() => stack.query('{ region(code: "4310") { name '));
    expect(syntax.status).toBe(400);
    expect(syntax.body.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('measures a fragment bomb without expanding it, and refuses it', async () => {
    const fragments = ['fragment F0 on Query { x: region(code: "4310") { name } }'];
    for (let i = 1; i <= 30; i++) fragments.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
    const res = await refusedAtGateway(() => stack.query(`query Bomb { ...F30 } ${fragments.join(' ')}`));
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions).toEqual({ code: 'QUERY_TOO_EXPENSIVE', measured: 2 ** 30, limit: 30 });
  });

  it('counts every refusal in /metrics by operation and outcome', async () => {
    const text = await scrape(stack.origin);
    expect(metric(text, 'gateway_requests_total', { operation: 'Deep', outcome: 'QUERY_TOO_EXPENSIVE' })).toBe(1);
    expect(metric(text, 'gateway_requests_total', { operation: 'Aliased', outcome: 'QUERY_TOO_EXPENSIVE' })).toBe(1);
    expect(metric(text, 'gateway_requests_total', { operation: 'Counties', outcome: 'QUERY_TOO_EXPENSIVE' })).toBe(2);
    expect(metric(text, 'gateway_requests_total', { operation: '(none)', outcome: 'GRAPHQL_PARSE_FAILED' })).toBe(3);
    expect(metric(text, 'gateway_requests_total', { operation: '(none)', outcome: 'BODY_TOO_LARGE' })).toBe(1);
    expect(metric(text, 'gateway_requests_total', { operation: 'One', outcome: 'BAD_USER_INPUT' })).toBe(2);
    expect(metric(text, 'gateway_requests_total', { operation: 'Pay', outcome: 'QUERY_TOO_EXPENSIVE' })).toBe(3);
    expect(metric(text, 'gateway_requests_total', { operation: 'Pay', outcome: 'BAD_USER_INPUT' })).toBe(1);
    expect(metric(text, 'gateway_requests_total', { operation: 'Pay', outcome: 'success' })).toBe(1);
  });
});

describe.each(DIALECTS)('gateway rate limits on the public lookups and submissions (%s)', (dialect) => {
  let stack: Stack;
  beforeAll(async () => {
    // The default list of limited fields, two calls per caller and minute; callers told apart
    // by X-Forwarded-For (trusted here, as behind the province's proxy).
    stack = await startStack(dialect, {
      seed: false,
      proxied: ['complaints'],
      gateway: { settings: { rateLimit: { max: 2, windowMs: 60_000, fields: RATE_LIMITED_FIELDS, trustProxy: true } } },
    });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const first17 = '43100219900101123';
  const idNumber = first17 + idCheckCharacter(first17);
  const lookup = `query SelfLookup { mySubsidies(idNumber: "${idNumber}", name: "张三") { id amount } }`;
  const from = (address: string) => ({ headers: { 'x-forwarded-for': `${address}, 10.0.0.1` } });

  it('refuses a caller past the limit with 429 RATE_LIMITED and Retry-After, leaving other callers alone', async () => {
    for (let i = 0; i < 2; i++) {
      const res = await stack.query(lookup, undefined, from('203.0.113.7'));
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ data: { mySubsidies: [] } });
    }
    const refused = await stack.query(lookup, undefined, from('203.0.113.7'));
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.body).toEqual({
      errors: [
        {
          message: `mySubsidies: Too many requests; try again in ${retryAfter} s`,
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter },
        },
      ],
    });
    // another address, and a signed-in caller (counted by subject), have quotas of their own
    expect((await stack.query(lookup, undefined, from('198.51.100.1'))).status).toBe(200);
    const token = await signToken({ role: 'staff', region: '4310', dept: 'finance', sub: 'staff-1' });
    expect((await stack.query(lookup, undefined, { ...from('203.0.113.7'), token })).status).toBe(200);
    // fields that are not limited still answer the refused caller
    expect((await stack.query('{ region(code: "4310") { name } }', undefined, from('203.0.113.7'))).status).toBe(200);
  });

  it('counts each aliased use of a limited field', async () => {
    const twice = `{ a: mySubsidies(idNumber: "${idNumber}", name: "张三") { id } b: mySubsidies(idNumber: "${idNumber}", name: "李四") { id } }`;
    expect((await stack.query(twice, undefined, from('192.0.2.44'))).status).toBe(200);
    expect((await stack.query(lookup, undefined, from('192.0.2.44'))).status).toBe(429);
  });

  it('limits complaint submissions on their own, and a refused one never reaches the complaints service', async () => {
    const submit = `mutation Submit($key: String!) {
      submitComplaint(input: { regionCode: "431002001001", category: FUND_MISUSE, content: "村里的低保名单有问题", anonymous: true, idempotencyKey: $key }) { queryCode }
    }`;
    const proxy = stack.proxies.complaints!;
    // The first two are the complaints service's to answer: each reaches it.
    for (const key of ['rate-test-1', 'rate-test-2']) {
      const before = proxy.requests.length;
      const res = await stack.query(submit, { key }, from('203.0.113.7'));
      expect(res.body.errors?.map((e) => e.extensions?.code) ?? []).not.toContain('RATE_LIMITED');
      expect(proxy.requests.length).toBe(before + 1);
    }
    const before = proxy.requests.length;
    const refused = await stack.query(submit, { key: 'rate-test-3' }, from('203.0.113.7'));
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(proxy.requests.length).toBe(before);
  });

  it('counts refusals in /metrics by field', async () => {
    const text = await scrape(stack.origin);
    expect(metric(text, 'gateway_rate_limited_total', { field: 'mySubsidies' })).toBe(2);
    expect(metric(text, 'gateway_rate_limited_total', { field: 'submitComplaint' })).toBe(1);
    expect(metric(text, 'gateway_requests_total', { operation: 'SelfLookup', outcome: 'RATE_LIMITED' })).toBe(2);
  });
});
