import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayMetrics, type GatewayMetrics } from '../metrics';
import { createSubgraphFetcher, type FetchPolicy, type SubgraphFetcher } from '../subgraph-fetcher';
import type { SubgraphAnswer } from '../subgraph-http';

/**
 * The gateway's side of batching (subgraph-batch.ts) against a stand-in subgraph that speaks the
 * batch format of lib/http/request-batch.ts: it answers each member `{ data: { echo: <member's
 * query> } }` with the member's request id, and says it takes batches of `limit` (none: it never
 * says so). Every request it gets is recorded.
 */
let server: Server;
let url: URL;
let limit: number | null;
let seen: Array<{ authorization?: string; requestId?: string; body: unknown }>;
/** When set, answers the next batch itself instead (a proxy's error page, a broken answer). */
let batchAnswer: ((res: ServerResponse) => void) | null;

function memberAnswer(id: unknown, request: { query: string }) {
  return {
    status: 200,
    headers: { 'content-type': 'application/json', 'x-request-id': String(id), 'cache-control': 'no-store' },
    body: JSON.stringify({ data: { echo: request.query } }),
  };
}

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let text = '';
    req.on('data', (c) => (text += c));
    req.on('end', () => {
      const body: unknown = JSON.parse(text);
      seen.push({ authorization: req.headers.authorization, requestId: req.headers['x-request-id'] as string | undefined, body });
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (limit !== null) headers['x-batch-limit'] = String(limit);
      if (Array.isArray(body) && batchAnswer) {
        const answerNow = batchAnswer;
        batchAnswer = null;
        answerNow(res);
        return;
      }
      res.writeHead(200, headers);
      res.end(
        JSON.stringify(
          Array.isArray(body)
            ? body.map((m: { id: unknown; request: { query: string } }) => memberAnswer(m.id, m.request))
            : { data: { echo: (body as { query: string }).query } },
        ),
      );
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`);
});
afterAll(
  () =>
    new Promise<void>((r) => {
      server.close(() => r());
      server.closeAllConnections();
    }),
);

let metrics: GatewayMetrics;
let fetcher: SubgraphFetcher;
beforeEach(() => {
  seen = [];
  limit = 4;
  batchAnswer = null;
  metrics = createGatewayMetrics();
  fetcher = createSubgraphFetcher('finance', metrics, { batchMax: 16 });
});
afterEach(() => fetcher.close());

const QUERY: FetchPolicy = { timeoutMs: 5000, idempotent: true, shareable: false };
const MUTATION: FetchPolicy = { timeoutMs: 5000, idempotent: false, shareable: false };

function call(query: string, options: { authorization?: string; requestId?: string; policy?: FetchPolicy } = {}): Promise<SubgraphAnswer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.authorization) headers.authorization = options.authorization;
  if (options.requestId) headers['x-request-id'] = options.requestId;
  return fetcher(url, { headers, body: JSON.stringify({ query }) }, options.policy ?? QUERY);
}

const echo = (answer: SubgraphAnswer) => (JSON.parse(answer.body) as { data: { echo: string } }).data.echo;
const header = (answer: SubgraphAnswer, name: string) => answer.headers.find(([n]) => n === name)?.[1];
const counted = async (metric: 'subgraphBatches' | 'subgraphBatchedFetches') => (await metrics[metric].get()).values[0]?.value ?? 0;

/** The sizes of the POSTs the stand-in got, largest first (they arrive over several connections). */
const sizes = () => seen.map((s) => (Array.isArray(s.body) ? s.body.length : 1)).sort((a, b) => b - a);

/** The stand-in has answered once, saying it takes batches: from now on the fetcher may batch. */
async function learnt() {
  await call('{ first }');
  seen = [];
}

describe('batching a caller’s concurrent subgraph queries', () => {
  it('sends queries alone until the subgraph says it takes batches, then one POST for those of the same turn', async () => {
    const before = await Promise.all([call('{ a }', { requestId: 'r-a' }), call('{ b }', { requestId: 'r-b' })]);
    expect(seen.map((s) => s.body)).toEqual([{ query: '{ a }' }, { query: '{ b }' }]);
    expect(before.map(echo)).toEqual(['{ a }', '{ b }']);

    seen = [];
    const answers = await Promise.all([call('{ c }', { requestId: 'r-c' }), call('{ d }', { requestId: 'r-d' }), call('{ e }')]);
    expect(seen).toEqual([
      {
        authorization: undefined,
        requestId: undefined,
        body: [
          { id: 'r-c', request: { query: '{ c }' } },
          { id: 'r-d', request: { query: '{ d }' } },
          { id: null, request: { query: '{ e }' } },
        ],
      },
    ]);
    // Each member gets its own answer, as a single fetch would have: status, headers, body.
    expect(answers.map(echo)).toEqual(['{ c }', '{ d }', '{ e }']);
    expect(answers.map((a) => [a.status, header(a, 'x-request-id'), header(a, 'cache-control')])).toEqual([
      [200, 'r-c', 'no-store'],
      [200, 'r-d', 'no-store'],
      [200, 'null', 'no-store'],
    ]);
    expect(await counted('subgraphBatches')).toBe(1);
    expect(await counted('subgraphBatchedFetches')).toBe(3);
  });

  it('sends a query with nothing to go with alone, with its request id as a header', async () => {
    await learnt();
    expect(echo(await call('{ alone }', { requestId: 'r-alone' }))).toBe('{ alone }');
    expect(seen).toEqual([{ authorization: undefined, requestId: 'r-alone', body: { query: '{ alone }' } }]);
    expect(await counted('subgraphBatches')).toBe(0);
  });

  it('never puts two callers, or two timeouts, in one batch', async () => {
    await learnt();
    const answers = await Promise.all([
      call('{ a1 }', { authorization: 'Bearer A' }),
      call('{ b1 }', { authorization: 'Bearer B' }),
      call('{ a2 }', { authorization: 'Bearer A' }),
      call('{ slow }', { authorization: 'Bearer A', policy: { ...QUERY, timeoutMs: 30_000 } }),
      call('{ b2 }', { authorization: 'Bearer B' }),
    ]);
    expect(answers.map(echo)).toEqual(['{ a1 }', '{ b1 }', '{ a2 }', '{ slow }', '{ b2 }']);
    const sent = seen.map((s) => [s.authorization, s.body]);
    expect(sent).toHaveLength(3);
    expect(sent).toEqual(
      expect.arrayContaining([
        ['Bearer A', [{ id: null, request: { query: '{ a1 }' } }, { id: null, request: { query: '{ a2 }' } }]],
        ['Bearer B', [{ id: null, request: { query: '{ b1 }' } }, { id: null, request: { query: '{ b2 }' } }]],
        ['Bearer A', { query: '{ slow }' }],
      ]),
    );
  });

  it('never batches a mutation', async () => {
    await learnt();
    await Promise.all([call('mutation { m1 }', { policy: MUTATION }), call('mutation { m2 }', { policy: MUTATION })]);
    expect(seen.map((s) => s.body)).toEqual([{ query: 'mutation { m1 }' }, { query: 'mutation { m2 }' }]);
  });

  it('keeps batches within what the subgraph said it takes, and what the gateway allows', async () => {
    limit = 2;
    await learnt();
    await Promise.all(['{ a }', '{ b }', '{ c }', '{ d }', '{ e }'].map((q) => call(q)));
    expect(sizes()).toEqual([2, 2, 1]);

    fetcher.close();
    fetcher = createSubgraphFetcher('finance', metrics, { batchMax: 3 });
    limit = 32;
    await learnt();
    await Promise.all(['{ a }', '{ b }', '{ c }', '{ d }'].map((q) => call(q)));
    expect(sizes()).toEqual([3, 1]);

    fetcher.close();
    fetcher = createSubgraphFetcher('finance', metrics, { batchMax: 1 });
    await learnt();
    await Promise.all(['{ a }', '{ b }'].map((q) => call(q)));
    expect(seen.map((s) => s.body)).toEqual([{ query: '{ a }' }, { query: '{ b }' }]);
  });

  it('stops batching once the subgraph no longer says it takes batches (an older one deployed)', async () => {
    await learnt();
    limit = null;
    await Promise.all([call('{ a }'), call('{ b }')]);
    expect(seen).toHaveLength(1);
    seen = [];
    await Promise.all([call('{ c }'), call('{ d }')]);
    expect(seen.map((s) => s.body)).toEqual([{ query: '{ c }' }, { query: '{ d }' }]);
  });

  it('gives every member the answer of a batch refused as a whole, to be judged as its own', async () => {
    await learnt();
    batchAnswer = (res) => {
      res.writeHead(503, { 'content-type': 'text/plain' });
      res.end('upstream unavailable');
    };
    const answers = await Promise.all([call('{ a }'), call('{ b }')]);
    expect(answers.map((a) => [a.status, a.body])).toEqual([
      [503, 'upstream unavailable'],
      [503, 'upstream unavailable'],
    ]);
  });

  it('fails every member when a batch is answered with other than one answer per member', async () => {
    await learnt();
    batchAnswer = (res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'x-batch-limit': '4' });
      res.end(JSON.stringify([memberAnswer('x', { query: '{ a }' })]));
    };
    const failures = await Promise.all([call('{ a }').catch((e: Error) => e.message), call('{ b }').catch((e: Error) => e.message)]);
    expect(failures).toEqual(['a batch of 2 was answered with 1 answers', 'a batch of 2 was answered with 1 answers']);

    batchAnswer = (res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'x-batch-limit': '4' });
      res.end(JSON.stringify([{ status: 200, body: {} }, { status: 200, headers: {}, body: '' }]));
    };
    const shapeless = await Promise.all([call('{ a }').catch((e: Error) => e.message), call('{ b }').catch((e: Error) => e.message)]);
    expect(shapeless).toEqual(['a batch member answer is not { status, headers, body }', 'a batch member answer is not { status, headers, body }']);
  });
});
