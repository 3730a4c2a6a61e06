import { demoPeople } from '../lib/demo/people';
import { personKey } from '../lib/person';
import { defaultGatewaySettings } from '../gateway/src/settings';
import { DIALECTS } from './helpers/databases';
import { startStack, type GraphQLResponse, type Stack } from './helpers/stack';
import { TEST_PERSON_KEY_SECRET } from './helpers/tokens';

/**
 * Batches from the gateway to a subgraph (lib/http/request-batch.ts, gateway/src/subgraph-batch.ts):
 * a subgraph answers each member of a batch exactly as it would have answered it alone (its own
 * request id, statement count, status and access-log row, a refused member beside answered ones),
 * and the gateway sends the public's concurrent self-lookups together, each still answered and
 * logged as its own request.
 */

const VILLAGE = '431002001001';
const MINE = 'query Mine($id: String!, $name: String!) { mySubsidies(idNumber: $id, name: $name) { id amount period program { name } } }';
const RESIDENTS = demoPeople(VILLAGE).slice(0, 6);
const lookupOf = (r: { idNumber: string; name: string }) => ({ id: r.idNumber, name: r.name });
/** An ID number with a wrong check digit: finance refuses it (BAD_USER_INPUT) and logs nothing. */
const BAD_ID = { id: `${RESIDENTS[0].idNumber.slice(0, 17)}${RESIDENTS[0].idNumber.endsWith('1') ? '2' : '1'}`, name: RESIDENTS[0].name };

interface MemberAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

describe.each(DIALECTS)('batches from the gateway to a subgraph (%s)', (dialect) => {
  let stack: Stack;
  /** Each resident's self-lookup as finance answers it alone. */
  let alone: GraphQLResponse[];

  beforeAll(async () => {
    // The self-lookup's quota per client would refuse the bursts below: every request comes from here.
    const rateLimit = { ...defaultGatewaySettings(false).rateLimit, max: 1000 };
    stack = await startStack(dialect, { gateway: { settings: { rateLimit } } });
    alone = [];
    for (const resident of RESIDENTS) alone.push(await stack.subgraphs.finance.query(MINE, lookupOf(resident)));
  }, 180_000);
  afterAll(() => stack?.stop());

  async function logRows(requestId: string): Promise<Array<{ subject: string; action: string }>> {
    return stack.subgraphs.finance.db.knex('access_log').where({ request_id: requestId }).select('subject', 'action');
  }

  function postBatch(body: unknown): Promise<Response> {
    return fetch(stack.subgraphs.finance.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  }

  it('knows what finance answers each resident alone, some with payments', () => {
    expect(alone.map((a) => a.status)).toEqual(RESIDENTS.map(() => 200));
    expect(alone.every((a) => a.body.errors === undefined)).toBe(true);
    expect(alone.filter((a) => a.body.data.mySubsidies.length > 0).length).toBeGreaterThan(0);
    expect(alone.map((a) => a.headers.get('x-batch-limit'))).toEqual(RESIDENTS.map(() => '32'));
  });

  it('a subgraph answers each member as if it had come alone: own request id, statements, status and log row', async () => {
    const res = await postBatch([
      { id: 'member-1', request: { query: MINE, variables: lookupOf(RESIDENTS[0]) } },
      { id: 'member-2', request: { query: MINE, variables: lookupOf(RESIDENTS[1]) } },
      { id: 'member-3', request: { query: MINE, variables: BAD_ID } },
      { id: 'member-4', request: { query: '{ nope }' } },
      { id: 'member-5', request: 'not a request' },
      { id: 'not a request id!', request: { query: MINE, variables: lookupOf(RESIDENTS[2]) } },
    ]);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-batch-limit')).toBe('32');
    const answers = (await res.json()) as MemberAnswer[];
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 400, 400, 200]);
    const bodies = answers.map((a) => JSON.parse(a.body));
    expect(bodies[0]).toEqual(alone[0].body);
    expect(bodies[1]).toEqual(alone[1].body);
    expect(bodies[5]).toEqual(alone[2].body);
    expect(bodies[2]).toEqual({
      data: null,
      errors: [expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' }, path: ['mySubsidies'] })],
    });
    expect(bodies[3].errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(bodies[4]).toEqual({ errors: [{ message: "A batch member's request must be a JSON object", extensions: { code: 'BAD_REQUEST' } }] });
    expect(answers.slice(0, 5).map((a) => a.headers['x-request-id'])).toEqual(['member-1', 'member-2', 'member-3', 'member-4', 'member-5']);
    // A member whose id is not a request id gets one of its own, as a bad header gets.
    expect(answers[5].headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    // Each member's statements are its own: the same as the same lookup sent alone.
    expect(answers[0].headers['x-sql-statements']).toBe(alone[0].headers.get('x-sql-statements'));
    expect(answers[1].headers['x-sql-statements']).toBe(alone[1].headers.get('x-sql-statements'));
    expect(answers[2].headers['x-sql-statements']).toBe('0');
    expect(answers[0].headers['content-type']).toBe(alone[0].headers.get('content-type'));

    expect(await logRows('member-1')).toEqual([{ action: 'mySubsidies', subject: personKey(TEST_PERSON_KEY_SECRET, RESIDENTS[0].idNumber) }]);
    expect(await logRows('member-2')).toEqual([{ action: 'mySubsidies', subject: personKey(TEST_PERSON_KEY_SECRET, RESIDENTS[1].idNumber) }]);
    expect(await logRows('member-3')).toEqual([]);
    expect(await logRows(answers[5].headers['x-request-id'])).toEqual([
      { action: 'mySubsidies', subject: personKey(TEST_PERSON_KEY_SECRET, RESIDENTS[2].idNumber) },
    ]);
  });

  it('refuses as a whole what is not a batch it takes: empty, too large, or Apollo’s own batch format', async () => {
    const member = { id: 'x', request: { query: MINE, variables: lookupOf(RESIDENTS[0]) } };
    const refusals = [
      [[], 'A batch must have at least one member'],
      [Array.from({ length: 33 }, () => member), 'A batch may have at most 32 members; this one has 33'],
      [[{ query: MINE, variables: lookupOf(RESIDENTS[0]) }], 'Each batch member must be an object with a "request"'],
    ] as const;
    for (const [body, message] of refusals) {
      const res = await postBatch(body);
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
    }
    expect(await logRows('x')).toEqual([]);
  });

  it('the gateway never takes a batch from a client', async () => {
    const res = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ id: 'client', request: { query: MINE, variables: lookupOf(RESIDENTS[0]) } }]),
    });
    expect(res.status).toBe(400);
    expect(await logRows('client')).toEqual([]);
  });

  it('the gateway sends the public’s concurrent self-lookups together, each answered and logged as its own request', async () => {
    const batched = async () => {
      const text = await (await fetch(`${stack.origin}/metrics`)).text();
      return Number(/^gateway_subgraph_batched_fetches_total\{subgraph="finance"\} (\d+)$/m.exec(text)?.[1] ?? 0);
    };
    // The gateway has heard from finance (any answer says whether it takes batches).
    expect((await stack.query(MINE, lookupOf(RESIDENTS[0]))).status).toBe(200);
    const before = await batched();
    // Requests arriving together are batched when the gateway makes their fetches in the same
    // turn of its event loop; a burst nearly always is, a few bursts always were.
    for (let burst = 0; burst < 10 && (await batched()) === before; burst++) {
      const ids = RESIDENTS.map((_, i) => `burst-${burst}-${i}`);
      const [refused, ...answers] = await Promise.all([
        stack.query(MINE, BAD_ID, { headers: { 'x-request-id': `burst-${burst}-bad` } }),
        ...RESIDENTS.map((resident, i) => stack.query(MINE, lookupOf(resident), { headers: { 'x-request-id': ids[i] } })),
      ]);
      expect(refused.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(answers.map((a) => [a.status, a.headers.get('x-request-id'), a.body])).toEqual(
        RESIDENTS.map((_, i) => [200, ids[i], alone[i].body]),
      );
      for (const [i, resident] of RESIDENTS.entries()) {
        expect(await logRows(ids[i])).toEqual([{ action: 'mySubsidies', subject: personKey(TEST_PERSON_KEY_SECRET, resident.idNumber) }]);
      }
      expect(await logRows(`burst-${burst}-bad`)).toEqual([]);
    }
    expect(await batched()).toBeGreaterThan(before);
  });
});
