import pino from 'pino';
import type { SubgraphName } from '../lib/subgraphs';
import { DIALECTS } from './helpers/databases';
import { clientVisible, internalDetails, metric, scrape, until } from './helpers/gateway-probes';
import { startGateway, startStack, type RunningGateway, type Stack } from './helpers/stack';
import { signToken } from './helpers/tokens';

const REGION_QUERY = 'query RegionName { region(code: "4310") { name } }';
/** Short for the public so a held subgraph times out quickly; auditors keep a long one. */
const TIMEOUTS = { public: 300, staff: 300, integration: 300, auditor: 60_000, admin: 60_000 };

describe.each(DIALECTS)('gateway failure handling (%s)', (dialect) => {
  let stack: Stack;
  /** A second gateway over the subgraphs directly (no proxy), for killing one for real. */
  let direct: RunningGateway;
  const logs: Array<Record<string, unknown>> = [];
  let auditor: string;
  let ports: number[];

  beforeAll(async () => {
    const logger = pino({ level: 'info' }, { write: (line: string) => void logs.push(JSON.parse(line)) });
    stack = await startStack(dialect, {
      seed: false,
      proxied: ['finance'],
      // `regions` stands in for a slow root field (a comparison run, an import) here.
      gateway: { logger, settings: { subgraphTimeoutMs: TIMEOUTS, slowRootFields: ['regions'], slowFieldTimeoutMs: 60_000 } },
    });
    const urls = Object.fromEntries(Object.values(stack.subgraphs).map((s) => [s.name, s.url])) as Record<SubgraphName, string>;
    direct = await startGateway(urls);
    auditor = await signToken({ role: 'auditor', region: '4310', dept: 'audit', sub: 'auditor-1' });
    ports = [...Object.values(stack.subgraphs).map((s) => s.port), Number(new URL(stack.proxies.finance!.url).port)];
  });
  afterAll(async () => {
    await direct?.shutdown();
    await stack?.stop();
  });

  /** The response must name no address, port, socket error, SQL or stack. */
  function expectNothingInternal(res: { status: number; headers: Headers; body: unknown }) {
    expect(internalDetails(clientVisible(res.status, res.headers, res.body), ports)).toEqual([]);
  }

  describe('a dead subgraph', () => {
    it('gives partial data and SUBGRAPH_UNAVAILABLE without any internal address, then recovers with no restart', async () => {
      await stack.subgraphs.finance.kill();
      try {
        const res = await direct.query(REGION_QUERY);
        expect(res.status).toBe(200);
        expect(res.body).toEqual({
          data: { region: null },
          errors: [
            {
              message:
                'The finance service did not answer; the fields it provides (regions, ledgers, funds and payments) are null in this answer. Try again shortly.',
              extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'finance' },
            },
          ],
        });
        expectNothingInternal(res);
        const ready = await fetch(`${direct.origin}/ready`);
        expect(ready.status).toBe(503);
        expect(await ready.json()).toEqual({
          ready: false,
          status: 'not ready',
          supergraph: 'loaded',
          subgraphs: { finance: 'down', audit: 'up', 'party-affairs': 'up', complaints: 'up' },
        });
      } finally {
        await stack.subgraphs.finance.revive();
      }
      const again = await direct.query(REGION_QUERY);
      expect(again.body).toEqual({ data: { region: { name: '郴州市' } } });
      const ready = await fetch(`${direct.origin}/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ ready: true, status: 'ready' });
    });

    it('counts it in /metrics: the failed fetches, the retry, the partial answer and the health gauge', async () => {
      const text = await scrape(direct.origin);
      expect(metric(text, 'gateway_subgraph_fetch_errors_total', { subgraph: 'finance', reason: 'unavailable' })).toBe(1);
      // a query is retried once after a connection error
      expect(metric(text, 'gateway_subgraph_fetch_retries_total', { subgraph: 'finance' })).toBe(1);
      expect(metric(text, 'gateway_subgraph_fetch_duration_seconds_count', { subgraph: 'finance', outcome: 'error' })).toBe(2);
      expect(metric(text, 'gateway_subgraph_fetch_duration_seconds_count', { subgraph: 'finance', outcome: 'ok' })).toBe(1);
      expect(metric(text, 'gateway_requests_total', { operation: 'RegionName', outcome: 'partial' })).toBe(1);
      expect(metric(text, 'gateway_requests_total', { operation: 'RegionName', outcome: 'success' })).toBe(1);
      expect(metric(text, 'gateway_subgraph_up', { subgraph: 'finance' })).toBe(1);
    });
    /** One region, a part from each of the four subgraphs. */
    const FOUR_PARTS = `query FourParts {
      region(code: "431002101") {
        name
        openFindingCount
        complaintStats(from: "2017-01-01", to: "2017-12-31") { received open overdue }
        disclosureCompliance(period: "2017-12") { expected missing }
      }
    }`;
    const PART_OF: Record<string, string> = {
      audit: 'openFindingCount',
      complaints: 'complaintStats',
      'party-affairs': 'disclosureCompliance',
    };
    const PROVIDES: Record<string, string> = {
      audit: 'audit findings and alerts',
      complaints: 'complaints and their statistics',
      'party-affairs': 'officials, disclosures and accountability actions',
    };

    it.each(['audit', 'complaints', 'party-affairs'] as const)(
      'answers a four-subgraph query with the other three parts when %s is dead, and says which part is missing',
      async (dead) => {
        const whole = await direct.query(FOUR_PARTS);
        expect(whole.body.errors).toBeUndefined();
        expect(Object.values(whole.body.data.region).every((v) => v !== null)).toBe(true);
        await stack.subgraphs[dead].kill();
        let res;
        try {
          res = await direct.query(FOUR_PARTS);
        } finally {
          await stack.subgraphs[dead].revive();
        }
        expect(res.status).toBe(200);
        expect(res.body).toEqual({
          data: { region: { ...whole.body.data.region, [PART_OF[dead]]: null } },
          errors: [
            {
              message: `The ${dead} service did not answer; the fields it provides (${PROVIDES[dead]}) are null in this answer. Try again shortly.`,
              extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: dead },
            },
          ],
        });
        expectNothingInternal(res);
        expect((await direct.query(FOUR_PARTS)).body).toEqual(whole.body);
      },
    );

    it('counts the partial answers and each dead subgraph in /metrics', async () => {
      const text = await scrape(direct.origin);
      expect(metric(text, 'gateway_requests_total', { operation: 'FourParts', outcome: 'partial' })).toBe(3);
      expect(metric(text, 'gateway_requests_total', { operation: 'FourParts', outcome: 'success' })).toBe(6);
      for (const subgraph of ['audit', 'complaints', 'party-affairs']) {
        expect(metric(text, 'gateway_subgraph_fetch_errors_total', { subgraph, reason: 'unavailable' })).toBe(1);
      }
    });
  });

  describe('a subgraph that sleeps', () => {
    afterEach(() => stack.proxies.finance!.release());

    it('is cut off at the timeout with SUBGRAPH_TIMEOUT while auditors, with a longer timeout, still wait', async () => {
      const proxy = stack.proxies.finance!;
      proxy.hold();
      const before = proxy.requests.length;
      let auditorDone = false;
      const fromAuditor = stack.query(REGION_QUERY, undefined, { token: auditor }).finally(() => (auditorDone = true));
      await until(() => proxy.requests.length === before + 1, 'the auditor query to reach the subgraph');

      const res = await stack.query(REGION_QUERY);
      expect(res.body).toEqual({
        data: { region: null },
        errors: [
          {
            message:
              'The finance service did not answer within 0.3 s; the fields it provides (regions, ledgers, funds and payments) are null in this answer. Try again, or ask for less.',
            extensions: { code: 'SUBGRAPH_TIMEOUT', serviceName: 'finance' },
          },
        ],
      });
      expectNothingInternal(res);
      // The gateway hung up on the subgraph (it never answered); the auditor is still waiting.
      await until(() => proxy.abandoned === 1, 'the gateway to abandon the held request');
      expect(auditorDone).toBe(false);
      proxy.release();
      expect((await fromAuditor).body).toEqual({ data: { region: { name: '郴州市' } } });
      const text = await scrape(stack.origin);
      expect(metric(text, 'gateway_subgraph_fetch_errors_total', { subgraph: 'finance', reason: 'timeout' })).toBe(1);
    });

    it('gives the fetch of a slow root field its longer timeout, whoever calls', async () => {
      const proxy = stack.proxies.finance!;
      proxy.hold();
      const before = proxy.requests.length;
      const abandonedBefore = proxy.abandoned;
      let slowDone = false;
      const slow = stack.query('{ regions(level: CITY) { name } }').finally(() => (slowDone = true));
      await until(() => proxy.requests.length === before + 1, 'the slow query to reach the subgraph');
      const quick = await stack.query(REGION_QUERY);
      expect(quick.body.errors?.[0].extensions?.code).toBe('SUBGRAPH_TIMEOUT');
      await until(() => proxy.abandoned === abandonedBefore + 1, 'the gateway to abandon the quick query');
      expect(slowDone).toBe(false);
      proxy.release();
      expect((await slow).body).toEqual({ data: { regions: [{ name: '郴州市' }] } });
    });
  });

  describe('a subgraph that fails', () => {
    it('masks an HTTP 500 (its body goes to the log, not to the client)', async () => {
      stack.proxies.finance!.failNext({
        status: 500,
        contentType: 'text/plain',
        body: 'Error: ER_NO_SUCH_TABLE select * from payments where id = 1 at Connection.query (/srv/lib/db.ts:42) mysql://127.0.0.1:3306',
      });
      const res = await stack.query(REGION_QUERY);
      expect(res.body).toEqual({
        data: { region: null },
        errors: [
          {
            message:
              'The finance service failed (HTTP 500); the fields it provides (regions, ledgers, funds and payments) are null in this answer. The operators have the details.',
            extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'finance' },
          },
        ],
      });
      expectNothingInternal(res);
      const logged = logs.find((l) => l.requestId === res.headers.get('x-request-id') && l.subgraph === 'finance');
      expect(logged).toMatchObject({ level: 40, status: 500, url: stack.proxies.finance!.url });
      expect(String(logged?.body)).toContain('select * from payments');
    });

    it('masks an answer that is not GraphQL JSON', async () => {
      stack.proxies.finance!.failNext({ status: 200, contentType: 'text/html', body: '<html>proxy error at 10.0.0.7:8080</html>' });
      const res = await stack.query(REGION_QUERY);
      expect(res.body.errors).toEqual([
        {
          message:
            'The finance service sent an answer the gateway could not read; the fields it provides (regions, ledgers, funds and payments) are null in this answer.',
          extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'finance' },
        },
      ]);
      expect(JSON.stringify(res.body)).not.toContain('10.0.0.7');
    });

    it("passes on a subgraph's deliberate refusal of the token", async () => {
      const message = 'The token has expired; sign in again';
      stack.proxies.finance!.failNext({ status: 401, body: JSON.stringify({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] }) });
      const res = await stack.query(REGION_QUERY, undefined, { token: auditor });
      expect(res.body).toEqual({
        data: { region: null },
        errors: [{ message, extensions: { code: 'UNAUTHENTICATED', serviceName: 'finance' } }],
      });
    });

    it('passes on the data and every error, each at its path, of a non-2xx answer that carries data', async () => {
      const query = '{ region(code: "4310") { name } a: ledgerEntries(regionCode: "4310") { totalCount } b: ledgerEntries(regionCode: "4310") { totalCount } }';
      const body = {
        errors: [
          { message: 'Sign in to read ledger entries', path: ['a'], extensions: { code: 'UNAUTHENTICATED' } },
          { message: 'Your role may not read ledger entries', path: ['b'], extensions: { code: 'FORBIDDEN' } },
        ],
        data: { region: { name: '郴州市' }, a: { totalCount: 1 }, b: { totalCount: 2 } },
      };
      // As a subgraph that let a field's error set the status would answer.
      stack.proxies.finance!.failNext({ status: 401, body: JSON.stringify(body) });
      const res = await stack.query(query);
      expect({ status: res.status, body: res.body }).toEqual({
        status: 200,
        body: {
          errors: [
            { message: 'Sign in to read ledger entries', path: ['a'], extensions: { code: 'UNAUTHENTICATED', serviceName: 'finance' } },
            { message: 'Your role may not read ledger entries', path: ['b'], extensions: { code: 'FORBIDDEN', serviceName: 'finance' } },
          ],
          data: { region: { name: '郴州市' }, a: { totalCount: 1 }, b: { totalCount: 2 } },
        },
      });
    });

    it('retries a query once when the connection drops', async () => {
      const proxy = stack.proxies.finance!;
      const before = proxy.requests.length;
      proxy.failNext('reset');
      const res = await stack.query(REGION_QUERY);
      expect(res.body).toEqual({ data: { region: { name: '郴州市' } } });
      expect(proxy.requests.length).toBe(before + 2);
    });
  });

  describe('identical queries in flight', () => {
    afterEach(() => stack.proxies.finance!.release());

    it('are sent once for the same caller', async () => {
      const proxy = stack.proxies.finance!;
      const before = proxy.requests.length;
      const deduplicated = metric(await scrape(stack.origin), 'gateway_subgraph_fetches_deduplicated_total', { subgraph: 'finance' });
      proxy.hold();
      const both = [stack.query(REGION_QUERY, undefined, { token: auditor }), stack.query(REGION_QUERY, undefined, { token: auditor })];
      await until(
        async () =>
          metric(await scrape(stack.origin), 'gateway_subgraph_fetches_deduplicated_total', { subgraph: 'finance' }) === deduplicated + 1,
        'the second query to join the first',
      );
      proxy.release();
      const answers = await Promise.all(both);
      expect(answers.map((a) => a.body)).toEqual([{ data: { region: { name: '郴州市' } } }, { data: { region: { name: '郴州市' } } }]);
      expect(proxy.requests.length).toBe(before + 1);
    });

    it('are sent separately for different callers', async () => {
      const proxy = stack.proxies.finance!;
      const other = await signToken({ role: 'auditor', region: '4310', dept: 'audit', sub: 'auditor-2' });
      const before = proxy.requests.length;
      proxy.hold();
      const both = [stack.query(REGION_QUERY, undefined, { token: auditor }), stack.query(REGION_QUERY, undefined, { token: other })];
      await until(() => proxy.requests.length === before + 2, 'both queries to reach the subgraph');
      proxy.release();
      await Promise.all(both);
      const sent = proxy.requests.slice(before).map((r) => r.headers.authorization).sort();
      expect(sent).toEqual([`Bearer ${auditor}`, `Bearer ${other}`].sort());
    });
  });
});
