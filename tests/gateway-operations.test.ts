import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import pino from 'pino';
import { composeSupergraph, subgraphSdlPath } from '../gateway/src/compose';
import { demoPeople } from '../lib/demo/people';
import { personKey } from '../lib/person';
import { villagesUnder } from '../lib/regions/divisions';
import { SUBGRAPHS, type SubgraphName } from '../lib/subgraphs';
import { DIALECTS } from './helpers/databases';
import { metric, scrape, until } from './helpers/gateway-probes';
import { startGateway, startStack, type Stack } from './helpers/stack';
import { signToken, TEST_PERSON_KEY_SECRET } from './helpers/tokens';

describe.each(DIALECTS)('gateway operations (%s)', (dialect) => {
  let stack: Stack;
  const logs: Array<Record<string, unknown>> = [];
  let urls: Record<SubgraphName, string>;

  beforeAll(async () => {
    const logger = pino({ level: 'info' }, { write: (line: string) => void logs.push(JSON.parse(line)) });
    stack = await startStack(dialect, { seed: false, proxied: ['finance'], gateway: { logger } });
    urls = Object.fromEntries(Object.values(stack.subgraphs).map((s) => [s.name, s.url])) as Record<SubgraphName, string>;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('answers /health while the process lives', async () => {
    const res = await fetch(`${stack.origin}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers /ready when the supergraph is loaded and every subgraph answers', async () => {
    const res = await fetch(`${stack.origin}/ready`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      ready: true,
      status: 'ready',
      supergraph: 'loaded',
      subgraphs: { finance: 'up', audit: 'up', 'party-affairs': 'up', complaints: 'up' },
    });
  });

  it('logs one JSON line per request, with the request id the client and the subgraph saw', async () => {
    const token = await signToken({ role: 'staff', region: '4310', dept: 'finance', sub: 'staff-9' });
    const before = stack.proxies.finance!.requests.length;
    const res = await stack.query('query CityName { region(code: "4310") { name } }', undefined, { token });
    const requestId = res.headers.get('x-request-id');
    expect(stack.proxies.finance!.requests[before].headers['x-request-id']).toBe(requestId);
    const lines = logs.filter((l) => l.requestId === requestId);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 30,
      msg: 'graphql request',
      operation: 'CityName',
      outcome: 'success',
      status: 200,
      caller: 'staff-9',
    });
    expect(typeof lines[0].ms).toBe('number');
  });

  it('exposes Prometheus metrics: requests by operation and outcome, latency histograms, subgraph fetches', async () => {
    const res = await fetch(`${stack.origin}/metrics`);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toContain('# TYPE gateway_requests_total counter');
    expect(text).toContain('# TYPE gateway_request_duration_seconds histogram');
    expect(text).toContain('# TYPE gateway_subgraph_fetch_duration_seconds histogram');
    expect(metric(text, 'gateway_requests_total', { operation: 'CityName', outcome: 'success' })).toBe(1);
    expect(metric(text, 'gateway_request_duration_seconds_bucket', { operation: 'CityName', le: '+Inf' })).toBe(1);
    expect(metric(text, 'gateway_request_duration_seconds_count', { operation: 'CityName' })).toBe(1);
    expect(metric(text, 'gateway_subgraph_fetch_duration_seconds_count', { subgraph: 'finance', outcome: 'ok' })).toBe(1);
    expect(metric(text, 'gateway_requests_in_flight')).toBe(0);
  });

  it('shares no personal lookup between identical concurrent calls: each reaches finance and its access log', async () => {
    const proxy = stack.proxies.finance!;
    const { idNumber } = demoPeople(villagesUnder('431021')[0].code)[0];
    const query = 'query Mine($id: String!, $name: String!) { mySubsidies(idNumber: $id, name: $name) { id } }';
    const logged = () => stack.subgraphs.finance.db.knex('access_log').where({ action: 'mySubsidies', subject: personKey(TEST_PERSON_KEY_SECRET, idNumber) }).count({ n: '*' });
    const before = proxy.requests.length;
    proxy.hold();
    const lookups = [stack.query(query, { id: idNumber, name: '张三' }), stack.query(query, { id: idNumber, name: '张三' })];
    try {
      await until(() => proxy.requests.length === before + 2, 'both lookups to reach finance');
    } finally {
      proxy.release();
    }
    expect((await Promise.all(lookups)).map((r) => r.body)).toEqual([{ data: { mySubsidies: [] } }, { data: { mySubsidies: [] } }]);
    expect(Number((await logged())[0].n)).toBe(2);
  });

  it('serves /metrics only with the METRICS_TOKEN when one is set', async () => {
    const token = 'scrape-token-0123456789';
    const gateway = await startGateway(urls, { settings: { metricsToken: token } });
    try {
      const without = await fetch(`${gateway.origin}/metrics`);
      expect(without.status).toBe(401);
      expect(without.headers.get('www-authenticate')).toBe('Bearer');
      expect(await without.json()).toEqual({
        errors: [{ message: 'Metrics need Authorization: Bearer <the METRICS_TOKEN of this gateway>', extensions: { code: 'UNAUTHENTICATED' } }],
      });
      const wrong = await fetch(`${gateway.origin}/metrics`, { headers: { authorization: `Bearer ${token.replace('0', '1')}` } });
      expect(wrong.status).toBe(401);
      const right = await fetch(`${gateway.origin}/metrics`, { headers: { authorization: `Bearer ${token}` } });
      expect(right.status).toBe(200);
      expect(await right.text()).toContain('# TYPE gateway_requests_total counter');
    } finally {
      await gateway.shutdown();
    }
  });

  it('drains in-flight requests on shutdown and accepts no new connections meanwhile', async () => {
    const proxy = stack.proxies.finance!;
    const shutdownLogs: Array<Record<string, unknown>> = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void shutdownLogs.push(JSON.parse(line)) });
    // A long grace period: the drain must finish because the request did, not because time ran out.
    const gateway = await startGateway({ ...urls, finance: proxy.url }, { logger, settings: { shutdownGraceMs: 60_000 } });
    proxy.hold();
    try {
      const before = proxy.requests.length;
      const inFlight = gateway.query('query Slow { region(code: "4310") { name } }');
      await until(() => proxy.requests.length === before + 1, 'the query to reach the subgraph');
      let stopped = false;
      const shutdown = gateway.shutdown().then(() => (stopped = true));
      const refused = await fetch(`${gateway.origin}/health`).then(
        () => 'answered',
        (err: { cause?: { code?: string } }) => err.cause?.code,
      );
      expect(refused).toBe('ECONNREFUSED');
      expect(stopped).toBe(false);
      proxy.release();
      const res = await inFlight;
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ data: { region: { name: '郴州市' } } });
      await shutdown;
      expect(stopped).toBe(true);
      expect(shutdownLogs.filter((l) => /grace period over/.test(String(l.msg)))).toEqual([]);
    } finally {
      proxy.release();
      await gateway.shutdown();
    }
  });

  it('reports draining on /ready and closes connections after each answer', async () => {
    const gateway = await startGateway(urls);
    try {
      gateway.server.startDraining();
      const res = await fetch(`${gateway.origin}/ready`);
      expect(res.status).toBe(503);
      expect(res.headers.get('connection')).toBe('close');
      expect(await res.json()).toMatchObject({ ready: false, status: 'draining', supergraph: 'loaded' });
    } finally {
      await gateway.shutdown();
    }
  });

  describe('the supergraph file', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'sg-supergraph-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    /** The four subgraphs' SDL, with one more field on finance's Query. */
    function composeWithProbe(): string {
      const result = composeServices(
        SUBGRAPHS.map((s) => {
          let sdl = readFileSync(subgraphSdlPath(s.name), 'utf8');
          if (s.name === 'finance') sdl = sdl.replace(/type Query \{/, 'type Query {\n  "Added by the reload test."\n  reloadProbe: String');
          return { name: s.name, url: urls[s.name], typeDefs: parse(sdl) };
        }),
      );
      if (result.errors) throw new Error(result.errors.map((e) => e.message).join('\n'));
      return result.supergraphSdl;
    }

    it('takes the personal reads from the supergraph it loads: a declared field is never shared, an undeclared one is', async () => {
      const proxy = stack.proxies.finance!;
      const file = join(dir, 'personal-reads.graphql');
      const undeclared = composeServices(
        SUBGRAPHS.map((s) => {
          const sdl = readFileSync(subgraphSdlPath(s.name), 'utf8');
          const edited = s.name === 'finance' ? sdl.replace(/(mySubsidies\(.*\): \[Payment!\]!) @personalRead\n/, '$1\n') : sdl;
          if (s.name === 'finance') expect(edited).not.toBe(sdl);
          return { name: s.name, url: urls[s.name], typeDefs: parse(edited) };
        }),
      );
      if (undeclared.errors) throw new Error(undeclared.errors.map((e) => e.message).join('\n'));
      writeFileSync(file, undeclared.supergraphSdl!);
      const gateway = await startGateway({ ...urls, finance: proxy.url }, { supergraphPath: file });
      const { idNumber } = demoPeople(villagesUnder('431021')[0].code)[1];
      const query = 'query Mine($id: String!, $name: String!) { mySubsidies(idNumber: $id, name: $name) { id } }';
      const logged = async () =>
        Number((await stack.subgraphs.finance.db.knex('access_log').where({ action: 'mySubsidies', subject: personKey(TEST_PERSON_KEY_SECRET, idNumber) }).count({ n: '*' }))[0].n);
      const deduplicated = async () => metric(await scrape(gateway.origin), 'gateway_subgraph_fetches_deduplicated_total', { subgraph: 'finance' });
      /** Two identical anonymous lookups at once, finance held until `arrived` says both are in; how many reached finance. */
      const twoAtOnce = async (arrived: (reached: number) => Promise<boolean>) => {
        const before = proxy.requests.length;
        proxy.hold();
        const lookups = [gateway.query(query, { id: idNumber, name: '李四' }), gateway.query(query, { id: idNumber, name: '李四' })];
        try {
          await until(() => arrived(proxy.requests.length - before), 'both lookups to reach the gateway and be sent on');
        } finally {
          proxy.release();
        }
        expect((await Promise.all(lookups)).map((r) => r.body)).toEqual([{ data: { mySubsidies: [] } }, { data: { mySubsidies: [] } }]);
        return proxy.requests.length - before;
      };
      try {
        // Undeclared, the second lookup joins the first one's fetch: one call reaches finance.
        expect(await twoAtOnce(async (reached) => reached === 1 && (await deduplicated()) === 1)).toBe(1);
        expect(await logged()).toBe(1);

        // The supergraph as the subgraphs declare it: each lookup reaches finance and its access log.
        writeFileSync(file, composeSupergraph(urls));
        await until(async () => metric(await scrape(gateway.origin), 'gateway_supergraph_reloads_total', { outcome: 'loaded' }) === 1, 'the new schema');
        expect(await twoAtOnce(async (reached) => reached === 2)).toBe(2);
        expect(await logged()).toBe(3);
        expect(await deduplicated()).toBe(1);

        // The declaration stays between the subgraphs and the gateway: clients never see it.
        const directives = (await gateway.query('{ __schema { directives { name } } }')).body.data.__schema.directives as Array<{ name: string }>;
        expect(directives.map((d) => d.name)).not.toContain('personalRead');
      } finally {
        await gateway.shutdown();
      }
    });

    it('is reloaded when it changes, and a broken one is refused while the old schema keeps serving', async () => {
      const file = join(dir, 'supergraph.graphql');
      writeFileSync(file, composeSupergraph(urls));
      const gateway = await startGateway(urls, { supergraphPath: file });
      const queryFields = async () => {
        const res = await gateway.query('{ __type(name: "Query") { fields { name } } }');
        return (res.body.data.__type.fields as Array<{ name: string }>).map((f) => f.name);
      };
      try {
        expect(await queryFields()).not.toContain('reloadProbe');
        writeFileSync(file, composeWithProbe());
        await until(async () => (await queryFields()).includes('reloadProbe'), 'the new schema');
        expect(metric(await scrape(gateway.origin), 'gateway_supergraph_reloads_total', { outcome: 'loaded' })).toBe(1);

        writeFileSync(file, 'this is not a supergraph');
        await until(
          async () => metric(await scrape(gateway.origin), 'gateway_supergraph_reloads_total', { outcome: 'failed' }) >= 1,
          'the broken file to be refused',
        );
        expect(await queryFields()).toContain('reloadProbe');
        expect((await gateway.query('{ region(code: "4310") { name } }')).body).toEqual({ data: { region: { name: '郴州市' } } });
      } finally {
        await gateway.shutdown();
      }
    });
  });
});
