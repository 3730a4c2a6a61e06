import { DIALECTS } from './helpers/databases';
import { metric } from './helpers/gateway-probes';
import { startSubgraph, type RunningSubgraph } from './helpers/stack';

/**
 * Each subgraph's /metrics (security.md, Operations): its GraphQL requests by status, their
 * latency, the SQL statements they sent, and its database pool; behind METRICS_TOKEN when set.
 */
const TOKEN = 'subgraph-metrics-token-0123456789';

describe.each(DIALECTS)('a subgraph’s /metrics (%s)', (dialect) => {
  let finance: RunningSubgraph;
  const origin = () => new URL(finance.url).origin;
  const scrape = async () => {
    const res = await fetch(`${origin()}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    return res.text();
  };

  beforeAll(async () => {
    finance = await startSubgraph('finance', dialect, { seed: false, metricsToken: TOKEN });
  });
  afterAll(async () => {
    await finance?.stop();
  });

  it('counts requests by status, their latency and their SQL statements', async () => {
    const before = await scrape();
    let sent = 0;
    for (const code of ['4310', '431002', '431021']) {
      const res = await finance.query(`{ region(code: "${code}") { name } }`);
      expect(res.status).toBe(200);
      sent += Number(res.headers.get('x-sql-statements'));
    }
    const refused = await finance.query('{ nothingHere }');
    expect(refused.status).toBe(400);
    const after = await scrape();
    const moved = (name: string, labels: Record<string, string>) => metric(after, name, labels) - metric(before, name, labels);
    expect(moved('subgraph_requests_total', { status: '200', subgraph: 'finance' })).toBe(3);
    expect(moved('subgraph_requests_total', { status: '400', subgraph: 'finance' })).toBe(1);
    expect(moved('subgraph_request_duration_seconds_count', { subgraph: 'finance' })).toBe(4);
    expect(sent).toBe(3);
    expect(moved('subgraph_sql_statements_total', { subgraph: 'finance' })).toBe(sent);
  });

  it('reads the database pool when scraped', async () => {
    const text = await scrape();
    const gauge = (name: string) => metric(text, `subgraph_db_pool_${name}`, { subgraph: 'finance' });
    // SQLite: one connection (a single writer); MariaDB: the pool's default of ten.
    expect(gauge('max')).toBe(dialect === 'sqlite' ? 1 : 10);
    expect(gauge('used')).toBe(0);
    expect(gauge('pending_acquires')).toBe(0);
    expect(gauge('pending_creates')).toBe(0);
    expect(gauge('free')).toBeGreaterThanOrEqual(1);
    expect(text).toContain('# HELP subgraph_db_pool_pending_acquires Queries and transactions waiting for a connection of the pool');
  });

  it('asks for the metrics token', async () => {
    for (const authorization of [undefined, 'Bearer wrong-token', `Bearer ${TOKEN}x`]) {
      const res = await fetch(`${origin()}/metrics`, { headers: authorization ? { authorization } : {} });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
      expect(await res.json()).toEqual({
        errors: [{ message: 'Metrics need Authorization: Bearer <the METRICS_TOKEN of this finance subgraph>', extensions: { code: 'UNAUTHENTICATED' } }],
      });
    }
  });
});
