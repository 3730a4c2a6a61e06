import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { SUBGRAPHS } from '../lib/subgraphs';
import { demoPeople } from '../lib/demo/people';
import { villagesUnder } from '../lib/regions/divisions';
import { startSubgraph, type GraphQLResponse, type RunningSubgraph } from './helpers/stack';
import { TEST_JWT_SECRET, TEST_PERSON_KEY_SECRET } from './helpers/tokens';

/**
 * GATEWAY_WORKERS: the gateway as node:cluster workers on one port (gateway/src/cluster.ts),
 * started as a real process over subgraphs on SQLite. What must be one across workers is:
 * the rate limits of the public fields, and /metrics.
 */
const ROOT = join(__dirname, '..');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function childrenOf(pid: number): number[] {
  return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
    readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number),
  );
}

/** A POST on a connection of its own, so the cluster may hand it to any worker. */
async function post(url: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', connection: 'close' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as GraphQLResponse['body'] };
}

describe('the gateway with GATEWAY_WORKERS=2', () => {
  const subgraphs: RunningSubgraph[] = [];
  let gateway: ChildProcess;
  let origin: string;

  beforeAll(async () => {
    for (const s of SUBGRAPHS) subgraphs.push(await startSubgraph(s.name, 'sqlite'));
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    const urls = Object.fromEntries(SUBGRAPHS.map((s, i) => [`${s.envPrefix}_URL`, subgraphs[i].url])) as Record<string, string>;
    gateway = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', join(ROOT, 'gateway', 'src', 'index.ts')], {
      cwd: ROOT,
      env: {
        ...process.env,
        ...urls,
        PORT: String(port),
        HOST: '127.0.0.1',
        JWT_SECRET: TEST_JWT_SECRET,
        PERSON_KEY_SECRET: TEST_PERSON_KEY_SECRET,
        GATEWAY_WORKERS: '2',
        RATE_LIMIT_MAX: '2',
        SUPERGRAPH_WATCH: 'false',
        LOG_LEVEL: 'warn',
      },
      stdio: 'ignore',
    });
    const deadline = Date.now() + 90_000;
    for (;;) {
      const up = await fetch(`${origin}/health`).then((r) => r.ok, () => false);
      if (up && childrenOf(gateway.pid!).length === 2) break;
      if (Date.now() > deadline) throw new Error('the clustered gateway did not start');
      await new Promise((r) => setTimeout(r, 250));
    }
  });

  afterAll(async () => {
    if (gateway && gateway.exitCode === null) {
      await new Promise((resolve) => {
        gateway.once('exit', resolve);
        gateway.kill('SIGTERM');
      });
    }
    await Promise.all(subgraphs.map((s) => s.stop()));
  });

  it('serves every request from worker processes sharing one port', async () => {
    expect(childrenOf(gateway.pid!)).toHaveLength(2);
    for (let i = 0; i < 6; i += 1) {
      const { status, body } = await post(`${origin}/graphql`, '{ regions(level: COUNTY, parentCode: "4310") { code } }');
      expect(status).toBe(200);
      expect(body.data.regions).toHaveLength(11);
    }
  });

  it('counts a rate-limited field once for all workers', async () => {
    const person = demoPeople(villagesUnder('4310')[0].code)[0];
    const lookup = 'query ($id: String!, $name: String!) { mySubsidies(idNumber: $id, name: $name) { id } }';
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await post(`${origin}/graphql`, lookup, { id: person.idNumber, name: person.name })).status);
    expect(statuses).toEqual([200, 200, 429, 429]);
  });

  it('sums the metrics of every worker', async () => {
    const text = await fetch(`${origin}/metrics`).then((r) => r.text());
    const served = [...text.matchAll(/^gateway_requests_total\{[^}]*\} (\d+)/gm)].reduce((sum, m) => sum + Number(m[1]), 0);
    // The 6 region queries and the 4 lookups of the tests above, whichever worker served them.
    expect(served).toBe(10);
  });
});

