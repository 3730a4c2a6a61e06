import { once } from 'node:events';
import { ApolloServer, type ApolloServerOptions, type BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Knex } from 'knex';
import { openDatabase, type Database } from '../lib/db/database';
import { createGraphQLHttpHandler } from '../lib/http/graphql-handler';
import { listen } from '../lib/http/listen';
import { createLogger } from '../lib/logger';
import { currentRequestStats } from '../lib/request-stats';
import { DIALECTS, createTestDatabase, type TestDatabase } from './helpers/databases';

/** A GraphQL server of the subgraphs' own HTTP handler (lib/http), on an ephemeral port. */
interface TestServer {
  readonly url: string;
  close(): Promise<void>;
}

async function serve(typeDefs: string, resolvers: ApolloServerOptions<BaseContext>['resolvers']): Promise<TestServer> {
  const server = new ApolloServer({ typeDefs, resolvers });
  await server.start();
  const handler = createGraphQLHttpHandler({ server, maxBodyBytes: 10_000, buildContext: async () => ({}) });
  const listening = await listen(handler, 0, createLogger('test', 'silent'), '127.0.0.1');
  return {
    url: listening.url,
    close: async () => {
      await listening.close();
      await server.stop();
    },
  };
}

/**
 * A subgraph keeps no work for a caller that has gone: once the connection closes before the
 * answer (the gateway aborts a fetch past its timeout), the request's further SQL is not sent.
 * The resolver waits on a gate the test opens only after the server has seen the close, so
 * the order is certain.
 */
describe.each(DIALECTS)('a subgraph request whose caller has gone (%s)', (dialect) => {
  let database: TestDatabase;
  let listening: TestServer;
  /** Each request's step: the resolver reports its signal, waits for the gate, then reads and writes. */
  let step: {
    signal?: AbortSignal;
    reached: () => void;
    gate: Promise<void>;
    outcome: (result: { read: unknown; written: unknown }) => void;
  };

  beforeAll(async () => {
    database = await createTestDatabase(dialect, 'caller_gone');
    await database.db.knex.schema.createTable('marks', (t) => t.integer('n'));
    listening = await serve('type Query { slow: Int }', {
      Query: {
        slow: async () => {
          step.signal = currentRequestStats()?.signal;
          step.reached();
          await step.gate;
          const settle = (p: Promise<unknown>) => p.then((v) => v, (err: unknown) => err);
          const read = await settle(database.db.knex('marks').count({ n: '*' }));
          // a transaction begun after the caller left still runs whole (see lib/db/database.ts)
          const written = await settle(database.db.knex.transaction((trx) => trx('marks').insert({ n: 1 })));
          step.outcome({ read, written });
          return 1;
        },
      },
    });
  });
  afterAll(async () => {
    await listening?.close();
    await database?.drop();
  });

  /** Starts a request; resolves once its resolver waits at the gate. */
  async function start() {
    let open!: () => void;
    let reached!: () => void;
    let outcome!: (result: { read: unknown; written: unknown }) => void;
    const atGate = new Promise<void>((r) => (reached = r));
    const done = new Promise<{ read: unknown; written: unknown }>((r) => (outcome = r));
    step = { reached, gate: new Promise<void>((r) => (open = r)), outcome };
    const client = new AbortController();
    const response = fetch(listening.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ slow }' }),
      signal: client.signal,
    }).catch((err: unknown) => err);
    await atGate;
    return { open, done, response, client, signal: step.signal! };
  }

  it('sends no further read once the caller has closed the connection; a transaction still runs whole', async () => {
    const request = await start();
    const before = database.db.statements.total;
    request.client.abort();
    await once(request.signal, 'abort');
    request.open();
    const { read, written } = await request.done;
    expect(read).toBeInstanceOf(GraphQLError);
    expect((read as GraphQLError).message).toBe(
      'The caller stopped waiting for this answer (its timeout passed or it disconnected); the rest of the request was not run',
    );
    expect((read as GraphQLError).extensions).toEqual({ code: 'SUBGRAPH_TIMEOUT' });
    expect(written).not.toBeInstanceOf(Error);
    // BEGIN, INSERT, COMMIT: the read was never sent
    expect(database.db.statements.total - before).toBe(3);
    expect(await database.db.knex('marks').count({ n: '*' })).toEqual([{ n: 1 }]);
  });

  it('runs every statement of a request whose caller waits, and does not abort it after the answer', async () => {
    const request = await start();
    const before = database.db.statements.total;
    request.open();
    const { read, written } = await request.done;
    expect(read).toEqual([{ n: 1 }]);
    expect(written).not.toBeInstanceOf(Error);
    expect(database.db.statements.total - before).toBe(4);
    const response = (await request.response) as Response;
    expect(await response.json()).toEqual({ data: { slow: 1 } });
    expect(request.signal.aborted).toBe(false);
  });
});

/**
 * On MariaDB a statement already running when the caller goes is killed, not left to run to its
 * end on a pooled connection. The heavy statement is a real aggregate (a three-way cross join of
 * a thousand rows, tens of seconds) sent by this file's own resolvers.
 */
(process.env.TEST_MYSQL_URL ? describe : describe.skip)('a running statement whose caller has gone (mysql)', () => {
  let database: TestDatabase;
  /** The same store with a one-second cap on each statement of a request. */
  let capped: Database;
  let listening: TestServer;
  let outcome: (result: unknown) => void;

  const heavy = (k: Knex | Knex.Transaction) =>
    k.from(k.raw('numbers AS a, numbers AS b, numbers AS c')).count({ n: '*' });
  const settle = (p: Promise<unknown>) => p.then((v) => v, (err: unknown) => err);
  const report = async (work: Promise<unknown>) => {
    outcome(await settle(work));
    return 1;
  };

  beforeAll(async () => {
    database = await createTestDatabase('mysql', 'caller_gone_kill');
    capped = await openDatabase(database.url, { statementTimeoutMs: 1000 });
    const { knex } = database.db;
    await knex.schema.createTable('numbers', (t) => t.integer('n'));
    await knex.schema.createTable('marks', (t) => t.integer('n'));
    await knex('numbers').insert(Array.from({ length: 1000 }, (_, i) => ({ n: i + 1 })));
    listening = await serve('type Query { heavyRead: Int, heavyWrite: Int, heavyWriteCaught: Int, cappedRead: Int }', {
      Query: {
        heavyRead: () => report(heavy(knex)),
        heavyWrite: () =>
          report(
            knex.transaction(async (trx) => {
              await trx('marks').insert({ n: 2 });
              await heavy(trx);
            }),
          ),
        // code that swallows the stopped statement's error and goes on must still commit nothing
        heavyWriteCaught: () =>
          report(
            knex.transaction(async (trx) => {
              await trx('marks').insert({ n: 3 });
              await settle(heavy(trx));
              await trx('marks').insert({ n: 4 });
            }),
          ),
        cappedRead: () => report(heavy(capped.knex)),
      },
    });
  });
  afterAll(async () => {
    await listening?.close();
    await capped?.destroy();
    await database?.drop();
  });

  /** Sessions of this test's database running the heavy join now (this look-up's own text names it too). */
  async function heavyRunning(): Promise<number> {
    const [rows] = (await database.db.knex.raw(
      "SELECT COUNT(*) AS n FROM information_schema.PROCESSLIST WHERE DB = DATABASE() AND ID <> CONNECTION_ID() AND COMMAND = 'Query' AND INFO LIKE ?",
      ['%numbers AS c%'],
    )) as [{ n: number }[]];
    return rows[0].n;
  }

  async function until(check: () => Promise<boolean> | boolean): Promise<void> {
    while (!(await check())) await new Promise((r) => setTimeout(r, 20));
  }

  const poolUsed = (db: Database) => (db.knex.client as { pool: { numUsed(): number } }).pool.numUsed();

  /** Asks for `field`, leaves once its heavy statement runs, and measures from then until the pool is free again. */
  async function leaveWhileRunning(field: string) {
    const done = new Promise<unknown>((r) => (outcome = r));
    const client = new AbortController();
    void fetch(listening.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ ${field} }` }),
      signal: client.signal,
    }).catch(() => undefined);
    await until(async () => (await heavyRunning()) === 1);
    const left = performance.now();
    client.abort();
    const result = await done;
    await until(() => poolUsed(database.db) === 0);
    return { result, ms: performance.now() - left };
  }

  const CALLER_GONE =
    'The caller stopped waiting for this answer (its timeout passed or it disconnected); the rest of the request was not run';

  it('kills a running read within a second of the caller leaving, with the caller-gone error and no SQL', async () => {
    const { result, ms } = await leaveWhileRunning('heavyRead');
    expect(ms).toBeLessThan(1000);
    expect(result).toBeInstanceOf(GraphQLError);
    expect((result as GraphQLError).message).toBe(CALLER_GONE);
    expect((result as GraphQLError).extensions).toEqual({ code: 'SUBGRAPH_TIMEOUT' });
    expect(await heavyRunning()).toBe(0);
  });

  it('rolls back the whole transaction whose statement was killed', async () => {
    const { result, ms } = await leaveWhileRunning('heavyWrite');
    expect(ms).toBeLessThan(1000);
    expect((result as GraphQLError).message).toBe(CALLER_GONE);
    expect(await heavyRunning()).toBe(0);
    expect(await database.db.knex('marks').count({ n: '*' })).toEqual([{ n: 0 }]);
  });

  it('commits nothing of a transaction that caught the killed statement and went on', async () => {
    const { result, ms } = await leaveWhileRunning('heavyWriteCaught');
    expect(ms).toBeLessThan(1000);
    expect((result as GraphQLError).message).toBe(CALLER_GONE);
    expect((result as GraphQLError).extensions).toEqual({ code: 'SUBGRAPH_TIMEOUT' });
    expect(await database.db.knex('marks').count({ n: '*' })).toEqual([{ n: 0 }]);
  });

  it("stops a request's statement at the store's time cap while the caller still waits", async () => {
    const done = new Promise<unknown>((r) => (outcome = r));
    const asked = performance.now();
    const response = await fetch(listening.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ cappedRead }' }),
    });
    const result = await done;
    const ms = performance.now() - asked;
    expect(ms).toBeGreaterThanOrEqual(1000);
    expect(ms).toBeLessThan(3000);
    expect((result as GraphQLError).message).toBe(
      'A database statement of this request ran longer than the gateway waits for any answer and was stopped; nothing it started was kept',
    );
    expect((result as GraphQLError).extensions).toEqual({ code: 'SUBGRAPH_TIMEOUT' });
    expect(await response.json()).toEqual({ data: { cappedRead: 1 } });
    expect(await heavyRunning()).toBe(0);
  });

  it('leaves statements outside a request uncapped (migrations, seeds, scripts)', async () => {
    // SLEEP past a cap fails with max_statement_time exceeded; here it runs its 1.2 s and answers 0
    const [rows] = (await capped.knex.raw('SELECT SLEEP(1.2) AS slept')) as [{ slept: number }[]];
    expect(rows).toEqual([{ slept: 0 }]);
  });
});
