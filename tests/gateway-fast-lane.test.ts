import { RATE_LIMITED_FIELDS } from '../gateway/src/settings';
import { demoPeople } from '../lib/demo/people';
import type { SubgraphName } from '../lib/subgraphs';
import { DIALECTS } from './helpers/databases';
import { metric, scrape } from './helpers/gateway-probes';
import { startGateway, startStack, type RunningGateway, type Stack } from './helpers/stack';
import { signToken } from './helpers/tokens';

/**
 * The fast lane (gateway/src/fast-lane.ts): a query whose plan is one fetch of the client's own
 * selections, that no response cache may answer, is answered at the HTTP layer before Apollo
 * Server's pipeline; anything else it hands to Apollo. Each case sends the same raw HTTP request
 * to two gateways over the same subgraphs, one with the lane (and the shortcut) and one with
 * neither, and the responses must be the same to the byte: status, the headers a client acts on,
 * and the body text. The lane's metric says which way each request went.
 */
const VILLAGE = '431002001001';
const COUNTY = '431002';
const person = demoPeople(VILLAGE)[1];
const other = demoPeople(VILLAGE)[2];

const MINE = 'query Mine($id: String!, $name: String!) { mySubsidies(idNumber: $id, name: $name) { id amount paidAt program { code } } }';
const REGION = 'query Place($code: ID!) { place: region(code: $code) { code name level } }';
const IMPORT = 'mutation Import($input: LedgerImportInput!) { importLedger(input: $input) { rowCount } }';
/** Headers a client acts on; date, length and the request id differ by nature. */
const COMPARED_HEADERS = ['content-type', 'cache-control', 'retry-after', 'x-response-cache', 'www-authenticate'];

interface Sent {
  readonly status: number;
  readonly headers: Record<string, string | null>;
  readonly text: string;
}

describe.each(DIALECTS)('the fast lane (%s)', (dialect) => {
  let stack: Stack;
  /** The same subgraphs behind a gateway with neither the lane nor the shortcut. */
  let plain: RunningGateway;
  let auditor: string;
  let clerk: string;
  // Production-like: the response cache on. Each case sends as its own client address
  // (x-forwarded-for, trusted here) so that the self-lookup's rate quota is the case's own.
  const settings = {
    responseCache: { maxEntries: 100, maxBytes: 1024 * 1024 },
    rateLimit: { max: 4, windowMs: 60_000, fields: RATE_LIMITED_FIELDS, trustProxy: true },
  };

  beforeAll(async () => {
    stack = await startStack(dialect, { gateway: { settings } });
    const urls = Object.fromEntries(Object.values(stack.subgraphs).map((s) => [s.name, s.url])) as Record<SubgraphName, string>;
    plain = await startGateway(urls, { settings: { ...settings, singleFetchShortcut: false } });
    auditor = await signToken({ role: 'auditor', region: '4310', dept: 'audit', sub: 'auditor-1' });
    clerk = await signToken({ role: 'staff', region: COUNTY, dept: 'finance', sub: 'finance-clerk' });
  });
  afterAll(async () => {
    await plain?.shutdown();
    await stack?.stop();
  });

  const lane = async () => {
    const text = await scrape(stack.origin);
    return Object.fromEntries(['answered', 'refused', 'handed-over'].map((outcome) => [outcome, metric(text, 'gateway_fast_lane_requests_total', { outcome })]));
  };

  async function send(url: string, body: string, headers: Record<string, string>): Promise<Sent> {
    const res = await fetch(url, { method: 'POST', headers, body });
    return {
      status: res.status,
      headers: Object.fromEntries(COMPARED_HEADERS.map((name) => [name, res.headers.get(name)])),
      text: await res.text(),
    };
  }

  let clients = 0;
  /**
   * Sends the request `times` times to each gateway (as one new client address) and expects the
   * same responses; returns the lane gateway's and how the lane's metric moved meanwhile.
   */
  async function both(body: unknown, options: { token?: string; headers?: Record<string, string>; times?: number } = {}) {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'x-forwarded-for': `10.0.0.${++clients}`,
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    };
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    const before = await lane();
    const withLane: Sent[] = [];
    const without: Sent[] = [];
    for (let i = 0; i < (options.times ?? 2); i++) {
      withLane.push(await send(stack.gatewayUrl, text, headers));
      without.push(await send(plain.url, text, headers));
    }
    expect(withLane).toEqual(without);
    const after = await lane();
    const moved = Object.fromEntries(Object.keys(after).map((k) => [k, after[k] - before[k]]));
    return { answers: withLane, lane: moved };
  }

  const mine = (p = person) => ({ query: MINE, variables: { id: p.idNumber, name: p.name } });

  it("answers the public self-lookup from its second request on, as Apollo would to the byte, and logs every lookup", async () => {
    const knex = stack.subgraphs.finance.db.knex;
    const logged = async () => Number((await knex('access_log').where({ action: 'mySubsidies' }).count({ n: '*' }))[0].n);
    const before = await logged();
    const { answers, lane } = await both(mine(), { times: 3 });
    // The first request is Apollo's (it learns the plan); the lane answers the next two.
    expect(lane).toEqual({ answered: 2, refused: 0, 'handed-over': 0 });
    expect(answers[2].status).toBe(200);
    expect(answers[2].headers).toMatchObject({ 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    const body = JSON.parse(answers[2].text);
    expect(body.errors).toBeUndefined();
    expect(body.data.mySubsidies).toHaveLength(7);
    expect(answers[2].text.endsWith('}\n')).toBe(true);
    // Three lookups on each gateway, each one in the access log.
    expect((await logged()) - before).toBe(6);
    const text = await scrape(stack.origin);
    expect(metric(text, 'gateway_requests_total', { operation: 'Mine', outcome: 'success' })).toBeGreaterThanOrEqual(3);
  });

  it('answers in the response type Apollo would choose for the Accept header, and leaves refusals to Apollo', async () => {
    const graphqlResponse = await both(mine(other), { headers: { accept: 'application/graphql-response+json' } });
    expect(graphqlResponse.lane).toEqual({ answered: 2, refused: 0, 'handed-over': 0 });
    expect(graphqlResponse.answers[1].headers['content-type']).toBe('application/graphql-response+json; charset=utf-8');
    // Apollo Client's own header, written without a space after the comma.
    const apolloClient = await both(mine(other), { headers: { accept: 'application/graphql-response+json,application/json;q=0.9' } });
    expect(apolloClient.lane).toEqual({ answered: 2, refused: 0, 'handed-over': 0 });
    expect(apolloClient.answers[1].headers['content-type']).toBe('application/graphql-response+json; charset=utf-8');
    const weighted = await both(mine(other), { headers: { accept: 'application/json;q=0.5, application/graphql-response+json' } });
    expect(weighted.lane).toEqual({ answered: 2, refused: 0, 'handed-over': 0 });
    expect(weighted.answers[1].headers['content-type']).toBe('application/graphql-response+json; charset=utf-8');
    // A browser's or axios's defaults: JSON, the first of Apollo's offers that they accept.
    const axios = await both(mine(other), { headers: { accept: 'application/json, text/plain, */*' } });
    expect(axios.lane).toEqual({ answered: 2, refused: 0, 'handed-over': 0 });
    expect(axios.answers[1].headers['content-type']).toBe('application/json; charset=utf-8');
    // The subscription-callback type is Apollo's to write.
    const callback = await both(mine(other), { headers: { accept: 'application/json;callbackSpec=1.0' } });
    expect(callback.lane).toEqual({ answered: 0, refused: 0, 'handed-over': 0 });
    expect(callback.answers[1].headers['content-type']).toBe('application/json; callbackSpec=1.0; charset=utf-8');
    // Nothing Apollo offers is acceptable: its 406, written by Apollo.
    const refused = await both(mine(other), { headers: { accept: 'text/csv' } });
    expect(refused.lane).toEqual({ answered: 0, refused: 0, 'handed-over': 0 });
    expect(refused.answers[1].status).toBe(406);
  });

  it("leaves to Apollo what its CSRF rule, its extensions or a batch decide", async () => {
    // Parsed as JSON by the HTTP layer, but not a preflighted content type: Apollo refuses it.
    const simple = await both(mine(), { headers: { 'content-type': 'text/plain; charset=json' } });
    expect(simple.answers[1].status).toBe(400);
    expect(simple.answers[1].text).toContain('Cross-Site Request Forgery');
    const withExtensions = await both({ ...mine(), extensions: { anything: true } });
    expect(JSON.parse(withExtensions.answers[1].text).data.mySubsidies).toHaveLength(7);
    const batch = await both([mine()]);
    expect(batch.answers[1].status).toBe(400);
    for (const { lane } of [simple, withExtensions, batch]) expect(lane).toEqual({ answered: 0, refused: 0, 'handed-over': 0 });
  });

  it("hands a subgraph's refusal to Apollo, which answers it as the executor does", async () => {
    const badDigit = `${person.idNumber.slice(0, 17)}${person.idNumber[17] === '0' ? '1' : '0'}`;
    const { answers, lane } = await both({ query: MINE, variables: { id: badDigit, name: person.name } });
    expect(lane).toEqual({ answered: 0, refused: 0, 'handed-over': 2 });
    expect(JSON.parse(answers[1].text)).toEqual({
      errors: [
        {
          message: 'ID number check digit is wrong; check the number on your ID card',
          path: ['mySubsidies'],
          extensions: { code: 'BAD_USER_INPUT', serviceName: 'finance' },
        },
      ],
      data: null,
    });
  });

  it('refuses as Apollo does what the limits refuse, counting each refusal once', async () => {
    const missing = await both({ query: MINE, variables: { id: person.idNumber } });
    expect(missing.lane).toEqual({ answered: 0, refused: 2, 'handed-over': 0 });
    expect(missing.answers[1].status).toBe(400);
    expect(JSON.parse(missing.answers[1].text).errors[0].extensions.code).toBe('BAD_USER_INPUT');

    const limitedBefore = metric(await scrape(stack.origin), 'gateway_rate_limited_total', { field: 'mySubsidies' });
    // Four lookups in the window are allowed (settings), the fifth and sixth are refused.
    const { answers, lane } = await both(mine(), { times: 6 });
    expect(lane).toEqual({ answered: 4, refused: 2, 'handed-over': 0 });
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 429, 429]);
    expect(answers[5].headers['retry-after']).toMatch(/^[0-9]+$/);
    expect(JSON.parse(answers[5].text).errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(metric(await scrape(stack.origin), 'gateway_rate_limited_total', { field: 'mySubsidies' }) - limitedBefore).toBe(2);
  });

  it("answers a signed-in caller's one-subgraph query, never cached", async () => {
    const first = await both({ query: REGION, variables: { code: '4310' } }, { token: auditor });
    // This text is new to the gateway: Apollo answers the first request, the lane the second.
    expect(first.lane).toEqual({ answered: 1, refused: 0, 'handed-over': 0 });
    expect(JSON.parse(first.answers[1].text)).toEqual({ data: { place: { code: '4310', name: '郴州市', level: 'CITY' } } });
    expect(first.answers[1].headers['cache-control']).toBe('no-store');
  });

  it('learns which public queries the response cache may answer, and leaves those to it', async () => {
    const REGION_CODE = 'query RegionCode($code: ID!) { region(code: $code) { code name } }';
    const { answers, lane } = await both({ query: REGION_CODE, variables: { code: COUNTY } }, { times: 4 });
    // Apollo answers (and keeps) the first; the lane sends the second, sees finance allow the
    // public answer to be kept, and hands it over (served from the cache); the rest are Apollo's.
    expect(lane).toEqual({ answered: 0, refused: 0, 'handed-over': 1 });
    expect(answers.map((a) => a.headers['x-response-cache'])).toEqual(['MISS', 'HIT', 'HIT', 'HIT']);
    expect(JSON.parse(answers[3].text)).toEqual({ data: { region: { code: COUNTY, name: '北湖区' } } });
    // A signed-in caller's request of the same operation is still the lane's.
    const signedIn = await both({ query: REGION_CODE, variables: { code: COUNTY } }, { token: auditor, times: 1 });
    expect(signedIn.lane).toEqual({ answered: 1, refused: 0, 'handed-over': 0 });
  });

  it('leaves to Apollo a token that does not verify, and mutations', async () => {
    const forged = await both(mine(), { token: 'not.a.token' });
    expect(forged.answers[1].status).toBe(401);
    const entry = { regionCode: VILLAGE, period: '2017-04', date: '2017-04-09', direction: 'INCOME', category: 'OTHER', amount: '1.00', summary: '存款利息收入' };
    const imported = await both({ query: IMPORT, variables: { input: { batchKey: 'fast-lane-mutation', entries: [entry] } } }, { token: clerk });
    expect(JSON.parse(imported.answers[1].text)).toEqual({ data: { importLedger: { rowCount: 1 } } });
    for (const { lane } of [forged, imported]) expect(lane).toEqual({ answered: 0, refused: 0, 'handed-over': 0 });
  });

  it('hands a failed fetch to Apollo: the answer of a dead subgraph is the executor\'s', async () => {
    await stack.subgraphs.finance.kill();
    try {
      const { answers, lane } = await both(mine());
      expect(lane).toEqual({ answered: 0, refused: 0, 'handed-over': 2 });
      const body = JSON.parse(answers[1].text);
      expect(body.data).toBeNull();
      expect(body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(['SUBGRAPH_UNAVAILABLE']);
    } finally {
      await stack.subgraphs.finance.revive();
    }
  });
});
