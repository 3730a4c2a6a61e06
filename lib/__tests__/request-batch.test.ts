import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { createGraphQLHttpHandler } from '../http/graphql-handler';
import { listen, type Listening } from '../http/listen';
import { createLogger } from '../logger';
import { currentRequestStats } from '../request-stats';

/**
 * The subgraphs' HTTP handler taking a batch (lib/http/request-batch.ts), in front of a stand-in
 * for Apollo Server: a query `count N` makes the request count N statements, `boom` throws as
 * nothing in Apollo's own pipeline does. Each member must be answered alone and in order.
 */
const logger = createLogger('test', 'silent');
let bodies: unknown[];

const stub = {
  async executeHTTPGraphQLRequest({ httpGraphQLRequest }: { httpGraphQLRequest: { body: unknown } }) {
    bodies.push(httpGraphQLRequest.body);
    const { query } = httpGraphQLRequest.body as { query: string };
    if (query === 'boom') throw new Error('boom');
    const counted = /^count (\d+)$/.exec(query);
    // Statements a request sends are counted in its own stats, as knex's query event does.
    if (counted) currentRequestStats()!.statements += Number(counted[1]);
    return {
      status: 200,
      headers: new HeaderMap([['content-type', 'application/json; charset=utf-8']]),
      body: { kind: 'complete', string: JSON.stringify({ data: { query } }) },
    };
  },
} as unknown as ApolloServer<BaseContext>;

async function serve(batchLimit?: number): Promise<Listening> {
  const handler = createGraphQLHttpHandler({ server: stub, maxBodyBytes: 10_000, buildContext: async () => ({}), batchLimit, logger });
  return listen(handler, 0, logger, '127.0.0.1');
}

const post = (url: string, body: unknown) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe("the subgraphs' HTTP handler, given a batch", () => {
  let batching: Listening;
  let plain: Listening;
  beforeAll(async () => {
    batching = await serve(3);
    plain = await serve();
  });
  afterAll(async () => {
    await batching.close();
    await plain.close();
  });
  beforeEach(() => {
    bodies = [];
  });

  it('answers each member alone and in order: its own status, request id and statement count', async () => {
    const res = await post(batching.url, [
      { id: 'one', request: { query: 'count 2' } },
      { id: 'two', request: { query: 'boom' } },
      { id: 'three', request: { query: 'count 5' } },
    ]);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-batch-limit')).toBe('3');
    expect(await res.json()).toEqual([
      {
        status: 200,
        headers: { 'content-type': 'application/json; charset=utf-8', 'x-request-id': 'one', 'x-sql-statements': '2', 'x-batch-limit': '3' },
        body: '{"data":{"query":"count 2"}}',
      },
      {
        status: 500,
        headers: { 'content-type': 'application/json; charset=utf-8', 'x-request-id': 'two' },
        body: '{"errors":[{"message":"Internal error","extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}',
      },
      {
        status: 200,
        headers: { 'content-type': 'application/json; charset=utf-8', 'x-request-id': 'three', 'x-sql-statements': '5', 'x-batch-limit': '3' },
        body: '{"data":{"query":"count 5"}}',
      },
    ]);
    expect(bodies).toEqual([{ query: 'count 2' }, { query: 'boom' }, { query: 'count 5' }]);
  });

  it('says on a single answer that it takes batches, and how large', async () => {
    const res = await post(batching.url, { query: 'count 1' });
    expect([res.status, res.headers.get('x-batch-limit'), res.headers.get('x-sql-statements')]).toEqual([200, '3', '1']);
  });

  it('refuses a batch larger than it takes, running none of it', async () => {
    const res = await post(batching.url, Array.from({ length: 4 }, () => ({ id: 'x', request: { query: 'count 1' } })));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ errors: [{ message: 'A batch may have at most 3 members; this one has 4', extensions: { code: 'BAD_REQUEST' } }] });
    expect(bodies).toEqual([]);
  });

  it('without a batch limit, passes an array on to Apollo Server (which refuses batches) and says nothing of batches', async () => {
    const res = await post(plain.url, [{ id: 'x', request: { query: 'count 1' } }]);
    expect(res.headers.get('x-batch-limit')).toBeNull();
    expect(bodies).toEqual([[{ id: 'x', request: { query: 'count 1' } }]]);
  });
});
