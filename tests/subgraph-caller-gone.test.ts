import { once } from 'node:events';
import { ApolloServer } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { createGraphQLHttpHandler } from '../lib/http/graphql-handler';
import { listen, type Listening } from '../lib/http/listen';
import { createLogger } from '../lib/logger';
import { currentRequestStats } from '../lib/request-stats';
import { DIALECTS, createTestDatabase, type TestDatabase } from './helpers/databases';

/**
 * A subgraph keeps no work for a caller that has gone: once the connection closes before the
 * answer (the gateway aborts a fetch past its timeout), the request's further SQL is not sent.
 * The resolver waits on a gate the test opens only after the server has seen the close, so
 * the order is certain.
 */
describe.each(DIALECTS)('a subgraph request whose caller has gone (%s)', (dialect) => {
  let database: TestDatabase;
  let server: ApolloServer;
  let listening: Listening;
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
    server = new ApolloServer({
      typeDefs: 'type Query { slow: Int }',
      resolvers: {
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
      },
    });
    await server.start();
    const handler = createGraphQLHttpHandler({ server, maxBodyBytes: 10_000, buildContext: async () => ({}) });
    listening = await listen(handler, 0, createLogger('test', 'silent'), '127.0.0.1');
  });
  afterAll(async () => {
    await listening?.close();
    await server?.stop();
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
