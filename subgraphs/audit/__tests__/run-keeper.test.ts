import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { createTokenVerifier } from '../../../lib/auth';
import { listen, type Listening } from '../../../lib/http/listen';
import { createLogger } from '../../../lib/logger';
import { toStoreDateTime } from '../../../lib/scalars';
import type { SubgraphServer } from '../../../lib/subgraph/server';
import { prepareStore } from '../../../lib/subgraph/store';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../tests/helpers/databases';
import { queryFn, type QueryFn } from '../../../tests/helpers/stack';
import { signToken, TEST_JWT_SECRET, TEST_PERSON_KEY_SECRET } from '../../../tests/helpers/tokens';
import type { GraphReader } from '../src/comparison/graph-reader';
import { startComparison } from '../src/comparison/run-comparison';
import {
  INTERRUPTED_FAILURE,
  isAbandoned,
  RunKeeper,
  STALE_AFTER_MS,
  THIS_PROCESS,
} from '../src/comparison/run-keeper';
import { AlertSource } from '../src/datasources/alerts';
import { ComparisonRunSource } from '../src/datasources/comparison-runs';
import { DeathRegisterSource } from '../src/datasources/death-register';
import type { ComparisonRunRow } from '../src/datasources/rows';
import type { PaymentFact } from '../src/rules/rule';
import { auditProcess } from '../src/process';

/**
 * Comparison runs outlive the request that starts them, in the memory of one process: when that
 * process dies, the next audit process to start (or a reader of the run, once its heartbeat is
 * stale) records it FAILED as interrupted, and never a run that a live replica is working on.
 */

const logger = createLogger('test', 'silent');
const at = (iso: string) => new Date(iso);
const store = (iso: string) => toStoreDateTime(at(iso));

describe('isAbandoned', () => {
  const me = { host: 'audit-a', pid: 40 };
  const now = at('2026-11-27T12:00:00.000Z');
  const fresh = store('2026-11-27T11:59:40.000Z');
  const check = (starting: boolean, alive: number[] = []) => ({ me, now, starting, isAlive: (pid: number) => alive.includes(pid) });
  const run = (owner_host: string | null, owner_pid: number | null, heartbeat_at: string | null = fresh) => ({
    owner_host,
    owner_pid,
    heartbeat_at,
    started_at: store('2026-11-27T11:50:00.000Z'),
  });

  it('keeps a run of another host while its heartbeat is within the bound, and gives it up past it', () => {
    expect(isAbandoned(run('audit-b', 40), check(true))).toBe(false);
    expect(isAbandoned(run('audit-b', 40, toStoreDateTime(new Date(now.getTime() - STALE_AFTER_MS))), check(false))).toBe(false);
    expect(isAbandoned(run('audit-b', 40, toStoreDateTime(new Date(now.getTime() - STALE_AFTER_MS - 1))), check(false))).toBe(true);
  });

  it('gives up a run of this host at once when its pid no longer runs, and keeps it while it does', () => {
    expect(isAbandoned(run('audit-a', 41), check(false, []))).toBe(true);
    expect(isAbandoned(run('audit-a', 41), check(false, [41]))).toBe(false);
  });

  it('takes a run recorded under this very host and pid for an earlier process only at start', () => {
    expect(isAbandoned(run('audit-a', 40), check(true))).toBe(true);
    expect(isAbandoned(run('audit-a', 40), check(false))).toBe(false);
  });

  it('judges a run recorded before owners were by its start', () => {
    expect(isAbandoned(run(null, null, null), check(true))).toBe(true);
    expect(isAbandoned({ ...run(null, null, null), started_at: fresh }, check(true))).toBe(false);
  });
});

describe.each(DIALECTS)('comparison runs of stopped processes (%s)', (dialect) => {
  let db: TestDatabase;
  let server: SubgraphServer | null = null;
  let listening: Listening | null = null;
  let query: QueryFn;
  let auditor: string;
  const startedAt = Date.now();

  /** A pid that ran on this host and has exited. */
  const deadPid = spawnSync(process.execPath, ['-e', '']).pid;
  const ago = (ms: number) => toStoreDateTime(new Date(Date.now() - ms));

  const runRow = (id: string, changes: Partial<ComparisonRunRow>): ComparisonRunRow => ({
    id,
    rule: 'DECEASED_RECIPIENT',
    rule_version: 1,
    region_code: '431002',
    period_from: '2017-01',
    period_to: '2017-06',
    status: 'RUNNING',
    rows_read: 0,
    alerts_raised: 0,
    started_by: 'auditor-a',
    started_at: ago(10 * 60_000),
    finished_at: null,
    failure: null,
    owner_host: hostname(),
    owner_pid: process.pid,
    heartbeat_at: ago(5_000),
    ...changes,
  });
  const rows = async () => {
    const found: ComparisonRunRow[] = await db.db.knex('comparison_runs').orderBy('id');
    return found.map((r) => ({ id: r.id, status: r.status, failure: r.failure, alertsRaised: Number(r.alerts_raised), finished: r.finished_at !== null }));
  };

  beforeAll(async () => {
    db = await createTestDatabase(dialect, 'audit_runs');
    await prepareStore(db.db, {
      migrations: auditProcess.migrations,
      seed: auditProcess.seed,
      scale: 'none',
      logger,
      personKeySecret: TEST_PERSON_KEY_SECRET,
      divisionsUnder: '4310',
    });
    await db.db.knex('comparison_runs').insert([
      runRow('r1-earlier-process-same-pid', {}),
      runRow('r2-dead-pid-this-host', { owner_pid: deadPid }),
      runRow('r3-live-replica', { owner_host: 'audit-replica-2', owner_pid: 1, heartbeat_at: ago(10_000) }),
      runRow('r4-live-pid-this-host', { owner_pid: process.ppid }),
      runRow('r5-silent-replica', { owner_host: 'audit-replica-3', owner_pid: 1, heartbeat_at: ago(STALE_AFTER_MS + 60_000) }),
      runRow('r6-before-owners', { owner_host: null, owner_pid: null, heartbeat_at: null }),
      runRow('r7-done', { status: 'DONE', rows_read: 120, heartbeat_at: ago(60 * 60_000), finished_at: ago(50 * 60_000) }),
    ]);
    await db.db.knex('alerts').insert({
      id: 'alert-of-r5',
      rule: 'DECEASED_RECIPIENT',
      rule_version: 1,
      subject_type: 'PAYMENT',
      subject_id: 'PAY-1',
      person_key: null,
      region_code: '431002001001',
      fund_project_id: null,
      questioned_amount: 26_000,
      evidence: 'paid after death',
      facts: '[]',
      status: 'NEW',
      run_id: 'r5-silent-replica',
      raised_at: ago(5 * 60_000),
    });
    auditor = await signToken({ role: 'auditor', region: '431002', dept: 'audit' });
  });
  afterAll(async () => {
    await listening?.close();
    await server?.stop();
    await db.drop();
  });

  it('records at start the runs of dead processes FAILED, with the alerts they raised, and leaves live replicas\' runs RUNNING', async () => {
    server = await auditProcess.createServer({
      db: db.db,
      verifyToken: createTokenVerifier({ kind: 'secret', secret: TEST_JWT_SECRET }),
      logger,
      personKeySecret: TEST_PERSON_KEY_SECRET,
      production: false,
    });
    listening = await listen(server.handler, 0, logger, '127.0.0.1');
    query = queryFn(listening.url);
    const interrupted = { status: 'FAILED', failure: INTERRUPTED_FAILURE, finished: true };
    expect(await rows()).toEqual([
      { id: 'r1-earlier-process-same-pid', ...interrupted, alertsRaised: 0 },
      { id: 'r2-dead-pid-this-host', ...interrupted, alertsRaised: 0 },
      { id: 'r3-live-replica', status: 'RUNNING', failure: null, alertsRaised: 0, finished: false },
      { id: 'r4-live-pid-this-host', status: 'RUNNING', failure: null, alertsRaised: 0, finished: false },
      { id: 'r5-silent-replica', ...interrupted, alertsRaised: 1 },
      { id: 'r6-before-owners', ...interrupted, alertsRaised: 0 },
      { id: 'r7-done', status: 'DONE', failure: null, alertsRaised: 0, finished: true },
    ]);
    const finishedAt = (await db.db.knex('comparison_runs').where({ id: 'r1-earlier-process-same-pid' }).first()).finished_at;
    expect(Date.parse(`${finishedAt.replace(' ', 'T')}Z`)).toBeGreaterThanOrEqual(startedAt);
  });

  it('answers an interrupted run FAILED with what to do', async () => {
    const res = await query(`{ comparisonRun(id: "r2-dead-pid-this-host") { status failure rowsRead alertsRaised } }`, {}, { token: auditor });
    expect(res.body).toEqual({
      data: { comparisonRun: { status: 'FAILED', failure: INTERRUPTED_FAILURE, rowsRead: 0, alertsRaised: 0 } },
    });
  });

  it('records a live replica\'s run FAILED when it is read after its heartbeat went stale, not before', async () => {
    const read = `{ comparisonRun(id: "r3-live-replica") { status failure } }`;
    expect((await query(read, {}, { token: auditor })).body.data).toEqual({ comparisonRun: { status: 'RUNNING', failure: null } });
    await db.db.knex('comparison_runs').where({ id: 'r3-live-replica' }).update({ heartbeat_at: ago(STALE_AFTER_MS + 1_000) });
    expect((await query(read, {}, { token: auditor })).body.data).toEqual({ comparisonRun: { status: 'FAILED', failure: INTERRUPTED_FAILURE } });
    expect((await db.db.knex('comparison_runs').where({ id: 'r3-live-replica' }).first()).status).toBe('FAILED');
  });

  it('records its owner on a run and renews only its own runs\' heartbeat while the run goes on', async () => {
    const runs = new ComparisonRunSource(db.db.knex);
    const keeper = new RunKeeper(runs, logger, { owner: { host: 'audit-test', pid: 7 }, now: () => at('2030-01-01T00:00:00.000Z') });
    let resume!: () => void;
    const paused = new Promise<void>((resolve) => (resume = resolve));
    const graph = {
      officials: async () => [],
      async *payments(): AsyncGenerator<PaymentFact[]> {
        await paused;
        yield [];
      },
    } as unknown as GraphReader;
    const started = await startComparison(
      { runs, alerts: new AlertSource(db.db.knex, async () => undefined), deaths: new DeathRegisterSource(db.db.knex, TEST_PERSON_KEY_SECRET), graph, keeper },
      { rule: 'DECEASED_RECIPIENT', regionCode: '431002', from: '2017-01', to: '2017-01', startedBy: 'auditor-a' },
    );
    const othersHeartbeat = (await runs.reload('r4-live-pid-this-host'))!.heartbeat_at;
    await keeper.beat();
    const during = await db.db.knex('comparison_runs').whereIn('id', [started.run.id, 'r4-live-pid-this-host']).orderBy('owner_host');
    expect(during.map((r: ComparisonRunRow) => [r.owner_host, r.owner_pid, r.status, r.heartbeat_at])).toEqual([
      ['audit-test', 7, 'RUNNING', '2030-01-01 00:00:00.000'],
      [hostname(), process.ppid, 'RUNNING', othersHeartbeat],
    ]);
    resume();
    expect(await started.done).toMatchObject({ status: 'DONE', rows_read: 0, alerts_raised: 0 });
    await keeper.beat();
    const after = await db.db.knex('comparison_runs').where({ id: started.run.id }).first();
    expect([after.status, after.heartbeat_at]).toEqual(['DONE', '2030-01-01 00:00:00.000']);
  });

  it('records nothing at a second start: the live runs stay RUNNING', async () => {
    const keeper = new RunKeeper(new ComparisonRunSource(db.db.knex), logger, { owner: THIS_PROCESS });
    expect(await keeper.recoverAtStart()).toEqual([]);
  });
});
