import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayMetrics } from '../metrics';
import { createSubgraphFetcher, SubgraphFetchError, type FetchPolicy } from '../subgraph-fetcher';

/** A stand-in subgraph whose behaviour each test sets; it records every request it gets. */
let server: Server;
let url: string;
let seen: Array<{ authorization?: string; body: string }>;
let behave: (req: IncomingMessage, res: ServerResponse, n: number) => void;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      seen.push({ authorization: req.headers.authorization, body });
      behave(req, res, seen.length);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise<void>((r) => {
  server.close(() => r());
  server.closeAllConnections();
}));
beforeEach(() => {
  seen = [];
});

const answer = (res: ServerResponse) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ data: { ok: true } }));
};

/** Waits until the stand-in has received `n` requests. */
async function received(n: number) {
  while (seen.length < n) await new Promise((r) => setTimeout(r, 5));
}

function call(policy: FetchPolicy, authorization: string, fetcher = createSubgraphFetcher('finance', createGatewayMetrics())) {
  const request = { headers: { authorization, 'content-type': 'application/json' }, body: '{"query":"{ ok }"}' };
  return fetcher(new URL(url), request, policy);
}

describe('the subgraph fetcher', () => {
  it('shares one in-flight query between calls of the same caller, never across callers', async () => {
    const waiting: ServerResponse[] = [];
    behave = (_req, res) => waiting.push(res);
    const metrics = createGatewayMetrics();
    const fetcher = createSubgraphFetcher('finance', metrics);
    const query = { timeoutMs: 5000, idempotent: true, shareable: true };
    const calls = [call(query, 'Bearer A', fetcher), call(query, 'Bearer A', fetcher), call(query, 'Bearer B', fetcher)];
    await received(2);
    waiting.forEach(answer);
    const bodies = (await Promise.all(calls)).map((r) => JSON.parse(r.body));
    expect(seen.map((s) => s.authorization)).toEqual(['Bearer A', 'Bearer B']);
    expect(bodies).toEqual([{ data: { ok: true } }, { data: { ok: true } }, { data: { ok: true } }]);
    expect((await metrics.subgraphDeduplicated.get()).values[0].value).toBe(1);
  });

  it('never shares a mutation', async () => {
    const waiting: ServerResponse[] = [];
    behave = (_req, res) => waiting.push(res);
    const fetcher = createSubgraphFetcher('finance', createGatewayMetrics());
    const mutation = { timeoutMs: 5000, idempotent: false, shareable: false };
    const calls = [call(mutation, 'Bearer A', fetcher), call(mutation, 'Bearer A', fetcher)];
    await received(2);
    waiting.forEach(answer);
    await Promise.all(calls);
    expect(seen).toHaveLength(2);
  });

  it('never shares a query that is not shareable (a personal lookup), though it may retry it', async () => {
    const waiting: ServerResponse[] = [];
    behave = (_req, res) => waiting.push(res);
    const fetcher = createSubgraphFetcher('finance', createGatewayMetrics());
    const lookup = { timeoutMs: 5000, idempotent: true, shareable: false };
    const calls = [call(lookup, '', fetcher), call(lookup, '', fetcher)];
    await received(2);
    waiting.forEach(answer);
    await Promise.all(calls);
    expect(seen).toHaveLength(2);
  });

  it('retries a query once when the connection drops, a mutation never', async () => {
    behave = (req, res, n) => (n === 1 ? req.socket.destroy() : answer(res));
    const metrics = createGatewayMetrics();
    const res = await call({ timeoutMs: 5000, idempotent: true, shareable: true }, 'Bearer A', createSubgraphFetcher('finance', metrics));
    expect(JSON.parse(res.body)).toEqual({ data: { ok: true } });
    expect(seen).toHaveLength(2);
    expect((await metrics.subgraphRetries.get()).values[0].value).toBe(1);

    seen = [];
    const failed = await call({ timeoutMs: 5000, idempotent: false, shareable: false }, 'Bearer A').catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(SubgraphFetchError);
    expect((failed as SubgraphFetchError).kind).toBe('unavailable');
    expect(seen).toHaveLength(1);
  });

  it('gives up at the deadline with a timeout', async () => {
    const waiting: ServerResponse[] = [];
    behave = (_req, res) => waiting.push(res);
    const metrics = createGatewayMetrics();
    const failed = await call({ timeoutMs: 50, idempotent: true, shareable: true }, 'Bearer A', createSubgraphFetcher('audit', metrics)).catch(
      (e: unknown) => e,
    );
    expect(failed).toBeInstanceOf(SubgraphFetchError);
    expect(failed).toMatchObject({ kind: 'timeout', timeoutMs: 50 });
    expect((await metrics.subgraphFetchErrors.get()).values).toEqual([
      expect.objectContaining({ labels: { subgraph: 'audit', reason: 'timeout' }, value: 1 }),
    ]);
    waiting.forEach(answer);
  });

  it('times out a fetch still queued for a connection, and never sends it once one is free', async () => {
    const waiting: ServerResponse[] = [];
    behave = (_req, res) => waiting.push(res);
    const fetcher = createSubgraphFetcher('finance', createGatewayMetrics(), { maxSockets: 1 });
    try {
      const held = call({ timeoutMs: 5000, idempotent: false, shareable: false }, 'Bearer A', fetcher);
      await received(1);
      const queued = await call({ timeoutMs: 50, idempotent: false, shareable: false }, 'Bearer B', fetcher).catch((e: unknown) => e);
      expect(queued).toMatchObject({ kind: 'timeout', timeoutMs: 50 });
      waiting.forEach(answer);
      expect(JSON.parse((await held).body)).toEqual({ data: { ok: true } });
      // The connection is free again: a third fetch goes out, the timed-out one never did.
      behave = (_req, res) => answer(res);
      await call({ timeoutMs: 5000, idempotent: false, shareable: false }, 'Bearer C', fetcher);
      expect(seen.map((s) => s.authorization)).toEqual(['Bearer A', 'Bearer C']);
    } finally {
      fetcher.close();
    }
  });
});
