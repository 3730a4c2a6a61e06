import knexFactory, { type Knex } from 'knex';
import ClientMySql2 from 'knex/lib/dialects/mysql2';
import type { GraphQLError } from 'graphql';
import { callerGone, statementTimedOut } from '../errors';
import type { Logger } from '../logger';
import { currentRequestStats, type RequestStats } from '../request-stats';

/**
 * Stops a request's statements that are still running on MySQL/MariaDB when its caller has gone
 * (the gateway's timeout closed the connection). Refusing the request's next statements
 * (database.ts) is not enough: a heavy aggregate already running would hold its pooled connection
 * and the server's CPU to its end, tens of seconds after anyone waits for it.
 *
 * - On the request's abort, the statements it has on the server are killed from a pool of one
 *   connection of its own (the serving pool may be the one exhausted). MariaDB kills by query
 *   id (`KILL QUERY ID`), which names one statement: a statement that ended in the meantime is
 *   simply not found, and a connection handed to another request is never touched. MySQL only
 *   kills by session (`KILL QUERY <thread>`); the kill is sent only while knex still waits for
 *   the statement, which leaves a window of one round trip.
 * - On MariaDB each statement of a request also carries `max_statement_time` (the gateway's
 *   longest wait), so nothing outlives the gateway even when the kill cannot be sent.
 *
 * A stopped statement rolls back by itself (InnoDB undoes the statement); inside a transaction
 * its error rolls the transaction back, and should code catch that error and go on, the
 * transaction's COMMIT is sent as ROLLBACK: a transaction that lost a statement never commits.
 * Transaction control (BEGIN, COMMIT, ROLLBACK, savepoints) is never killed or capped.
 */

/** The part of a mysql2 connection read here: the server's id of its session, and knex's transaction mark. */
interface MysqlConnection {
  readonly threadId: number;
  readonly __knexTxId?: string;
}

type QueryParam = string | { readonly sql: string };

/** A request's statement, sent on `connection` and not answered yet. */
interface RunningStatement {
  readonly connection: MysqlConnection;
  /** Set when the caller went while this statement ran, so its interruption is ours to explain. */
  stopped: boolean;
}

const ER_QUERY_INTERRUPTED = 1317;
/** MariaDB: the statement ran past max_statement_time. */
const ER_STATEMENT_TIMEOUT = 1969;
/** MySQL: KILL QUERY of a session already gone. */
const ER_NO_SUCH_THREAD = 1094;
/** MariaDB: KILL QUERY ID of a statement already finished. */
const ER_NO_SUCH_QUERY = 1957;

const TRANSACTION_CONTROL = /^\s*(BEGIN|START\s+TRANSACTION|SET\s+TRANSACTION|COMMIT|ROLLBACK|SAVEPOINT|RELEASE\s+SAVEPOINT)\b/i;
const TRANSACTION_START = /^\s*(BEGIN|START\s+TRANSACTION)\b/i;
const COMMIT = /^\s*COMMIT\b/i;
/** The end of the whole transaction (not ROLLBACK TO SAVEPOINT). */
const ROLLBACK = /^\s*ROLLBACK\s*;?\s*$/i;
/** Statements `SET STATEMENT ... FOR` may carry. */
const CAPPABLE = /^\s*(SELECT|WITH|INSERT|UPDATE|DELETE|REPLACE)\b/i;

export interface StatementStopperOptions {
  /** MariaDB has KILL QUERY ID and max_statement_time; MySQL has neither. */
  readonly mariadb: boolean;
  /** The longest one statement of a request may run (MariaDB); unset, no cap. */
  readonly statementTimeoutMs?: number;
  /** The store's connection settings, for the stopper's own pool of one. */
  readonly connection: Knex.MySql2ConnectionConfig;
  /** Where a kill that could not be sent is reported. */
  readonly logger?: Logger;
}

export class StatementStopper {
  private readonly running = new WeakMap<RequestStats, Set<RunningStatement>>();
  /** Connections whose open transaction lost a statement, with the error its COMMIT gets instead. */
  private readonly doomed = new WeakMap<MysqlConnection, GraphQLError>();
  private killer: Knex | undefined;

  constructor(private readonly options: StatementStopperOptions) {}

  /** Sends one statement through `send`, tracked for its request and explained when stopped. */
  async send(connection: MysqlConnection, param: QueryParam, send: (param: QueryParam) => Promise<unknown>): Promise<unknown> {
    const sql = sqlOf(param);
    if (TRANSACTION_CONTROL.test(sql)) return this.sendControl(connection, sql, param, send);
    const stats = currentRequestStats();
    if (!stats?.signal) return send(param);
    const statement: RunningStatement = { connection, stopped: false };
    // A statement sent after the caller went belongs to a transaction that runs whole (database.ts).
    const running = stats.signal.aborted ? undefined : this.runningOf(stats, stats.signal);
    running?.add(statement);
    try {
      return await send(param);
    } catch (err) {
      const errno = (err as { errno?: unknown }).errno;
      // A fresh error: knex has written the SQL into the driver's message.
      if (statement.stopped && errno === ER_QUERY_INTERRUPTED) throw this.lost(connection, callerGone());
      if (errno === ER_STATEMENT_TIMEOUT) throw this.lost(connection, statementTimedOut());
      throw err;
    } finally {
      running?.delete(statement);
    }
  }

  /** The statement with MariaDB's per-statement time cap, when it is a request's and one can carry it. */
  capped(param: QueryParam): QueryParam {
    const ms = this.options.statementTimeoutMs;
    if (!this.options.mariadb || ms === undefined || !currentRequestStats()?.signal) return param;
    const sql = sqlOf(param);
    if (!CAPPABLE.test(sql)) return param;
    const limited = `SET STATEMENT max_statement_time=${ms / 1000} FOR ${sql}`;
    return typeof param === 'string' ? limited : { ...param, sql: limited };
  }

  async destroy(): Promise<void> {
    await this.killer?.destroy();
  }

  private async sendControl(
    connection: MysqlConnection,
    sql: string,
    param: QueryParam,
    send: (param: QueryParam) => Promise<unknown>,
  ): Promise<unknown> {
    const lost = this.doomed.get(connection);
    if (lost === undefined) return send(param);
    if (COMMIT.test(sql)) {
      this.doomed.delete(connection);
      await send('ROLLBACK');
      throw lost;
    }
    if (ROLLBACK.test(sql) || TRANSACTION_START.test(sql)) this.doomed.delete(connection);
    return send(param);
  }

  /** Marks the connection's open transaction (if any) as one that must not commit; returns the error. */
  private lost(connection: MysqlConnection, error: GraphQLError): GraphQLError {
    if (connection.__knexTxId !== undefined) this.doomed.set(connection, error);
    return error;
  }

  private runningOf(stats: RequestStats, signal: AbortSignal): Set<RunningStatement> {
    let running = this.running.get(stats);
    if (running === undefined) {
      const statements = new Set<RunningStatement>();
      this.running.set(stats, statements);
      signal.addEventListener('abort', () => void this.stop(statements), { once: true });
      running = statements;
    }
    return running;
  }

  /** Kills the statements a request whose caller has gone still has on the server. */
  private async stop(running: Set<RunningStatement>): Promise<void> {
    if (running.size === 0) return;
    for (const statement of running) statement.stopped = true;
    try {
      if (this.options.mariadb) await this.killByQueryId(running);
      else await this.killBySession(running);
    } catch (err) {
      this.options.logger?.warn({ err }, 'could not stop the statements of a request whose caller has gone; they run to their end');
    }
  }

  private async killByQueryId(running: Set<RunningStatement>): Promise<void> {
    const killer = this.killerPool();
    const threads = [...running].map((s) => s.connection.threadId);
    const [rows] = (await killer.raw(
      "SELECT ID AS thread, QUERY_ID AS query FROM information_schema.PROCESSLIST WHERE ID IN (?) AND COMMAND = 'Query'",
      [threads],
    )) as [{ thread: number; query: number }[]];
    for (const row of rows) {
      // While knex still waits on the connection, the session's running statement is this
      // request's (or its predecessor's, still cleaning up: its id names nothing else to kill).
      if (!isRunningOn(running, row.thread)) continue;
      await ignoring(ER_NO_SUCH_QUERY, killer.raw('KILL QUERY ID ?', [row.query]));
    }
  }

  private async killBySession(running: Set<RunningStatement>): Promise<void> {
    const killer = this.killerPool();
    for (const statement of [...running]) {
      if (!running.has(statement)) continue;
      await ignoring(ER_NO_SUCH_THREAD, killer.raw('KILL QUERY ?', [statement.connection.threadId]));
    }
  }

  private killerPool(): Knex {
    // Kills are rare and quick: one connection, closed when idle, given up on quickly when the
    // server refuses more connections.
    this.killer ??= knexFactory({
      client: 'mysql2',
      connection: this.options.connection,
      pool: { min: 0, max: 1 },
      acquireConnectionTimeout: 5000,
    });
    return this.killer;
  }
}

/**
 * The knex client class for mysql2 that sends every statement through the stopper. knex accepts
 * a client class in `client`; its transactions use the class's prototype, so they go through it too.
 */
export function stoppableMysqlClient(stopper: StatementStopper): typeof ClientMySql2 {
  return class StoppableMysqlClient extends ClientMySql2 {
    override query(connection: MysqlConnection, param: QueryParam): Promise<unknown> {
      return stopper.send(connection, param, (sent) => super.query(connection, sent) as Promise<unknown>);
    }

    override _query(connection: MysqlConnection, param: QueryParam): Promise<unknown> {
      return super._query(connection, stopper.capped(param));
    }
  };
}

function sqlOf(param: QueryParam): string {
  return typeof param === 'string' ? param : param.sql;
}

function isRunningOn(running: Set<RunningStatement>, thread: number): boolean {
  for (const statement of running) if (statement.connection.threadId === thread) return true;
  return false;
}

/** Runs the kill; an error saying its target had already ended is the race lost, not a failure. */
async function ignoring(errno: number, kill: Promise<unknown>): Promise<void> {
  try {
    await kill;
  } catch (err) {
    if ((err as { errno?: unknown }).errno !== errno) throw err;
  }
}
