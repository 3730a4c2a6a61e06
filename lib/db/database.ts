import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import knexFactory, { type Knex } from 'knex';
import { redactUrl } from '../config';
import { createConnection, type ConnectionOptions } from 'mysql2/promise';
import { callerGone } from '../errors';
import type { Logger } from '../logger';
import { currentRequestStats } from '../request-stats';
import { StatementStopper, stoppableMysqlClient } from './statement-stopper';

export type Dialect = 'sqlite' | 'mysql';

/** One knex pool per process and store, with the statement counters that prove batching. */
export interface Database {
  readonly knex: Knex;
  readonly dialect: Dialect;
  /** A human-readable name of the store for logs, password removed. */
  readonly description: string;
  /** Every SQL statement this process has sent to the store. */
  readonly statements: { total: number };
  destroy(): Promise<void>;
}

export interface DatabaseOptions {
  /** Pool size for MySQL; SQLite always uses one connection (a single writer). */
  poolMax?: number;
  /**
   * MySQL/MariaDB: the longest one statement of a request may run (MariaDB's max_statement_time),
   * so nothing outlives the gateway's wait even when a gone caller's statements cannot be killed.
   * Unset: no cap. Statements outside requests (migrations, seeds, scripts) are never capped.
   */
  statementTimeoutMs?: number;
  /** Where a failed kill of a gone caller's statements is reported. */
  logger?: Logger;
}

export async function openDatabase(url: string, options: DatabaseOptions = {}): Promise<Database> {
  // SQLite runs in this process and blocks it while a statement runs: there is nothing to stop.
  const { knex, stopper } = url.startsWith('sqlite:')
    ? { knex: openSqlite(url.slice('sqlite:'.length)), stopper: undefined }
    : await openMysql(url, options);
  const statements = { total: 0 };
  knex.on('query', (query: { __knexTxId?: string }) => {
    const stats = currentRequestStats();
    // Throwing here rejects the statement before it is sent. A transaction already begun runs to
    // its end (a refused ROLLBACK would leave it open on a pooled connection); reads and single
    // statements of a request whose caller has gone are not sent.
    if (stats?.signal?.aborted && query.__knexTxId === undefined) throw callerGone();
    statements.total += 1;
    if (stats) stats.statements += 1;
  });
  return {
    knex,
    dialect: url.startsWith('sqlite:') ? 'sqlite' : 'mysql',
    description: redactUrl(url),
    statements,
    async destroy() {
      await knex.destroy();
      await stopper?.destroy();
    },
  };
}

function openSqlite(path: string): Knex {
  const filename = path === ':memory:' ? ':memory:' : resolve(path);
  if (filename !== ':memory:') mkdirSync(dirname(filename), { recursive: true });
  return knexFactory({
    client: 'better-sqlite3',
    connection: { filename },
    useNullAsDefault: true,
    pool: {
      min: 1,
      max: 1,
      // WAL lets readers proceed while a write commits; foreign keys are off by default in SQLite.
      afterCreate(conn: { pragma(sql: string): unknown }, done: (err: Error | null, conn: unknown) => void) {
        conn.pragma('journal_mode = WAL');
        conn.pragma('foreign_keys = ON');
        conn.pragma('busy_timeout = 5000');
        done(null, conn);
      },
    },
  });
}

function mysqlConnection(url: URL, database: string | undefined): Knex.MySql2ConnectionConfig {
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : 3306,
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database,
    charset: 'utf8mb4',
    // Times are UTC strings in and out; BIGINT fen and SUM() come back as numbers.
    timezone: 'Z',
    dateStrings: true,
    supportBigNumbers: true,
    bigNumberStrings: false,
    decimalNumbers: true,
  };
}

const ER_BAD_DB_ERROR = 1049;

/**
 * Creates the database when it is missing (dev and CI) and tells MariaDB from MySQL. Probed with
 * one plain connection so the pool never logs a failed acquire; production users lack CREATE and
 * never need it.
 */
async function probeMysql(url: URL, database: string): Promise<{ mariadb: boolean }> {
  const probe = await createConnection(mysqlConnection(url, undefined) as ConnectionOptions);
  try {
    const [rows] = await probe.query('SELECT VERSION() AS version');
    const mariadb = /mariadb/i.test(String((rows as { version: string }[])[0]?.version));
    try {
      await probe.changeUser({ database });
    } catch (err) {
      if ((err as { errno?: number }).errno !== ER_BAD_DB_ERROR) throw err;
      await probe.query(`CREATE DATABASE IF NOT EXISTS \`${database.replace(/`/g, '``')}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
    }
    return { mariadb };
  } finally {
    await probe.end();
  }
}

async function openMysql(rawUrl: string, options: DatabaseOptions): Promise<{ knex: Knex; stopper: StatementStopper }> {
  const url = new URL(rawUrl);
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  const { mariadb } = await probeMysql(url, database);
  const connection = mysqlConnection(url, database);
  const stopper = new StatementStopper({ mariadb, connection, statementTimeoutMs: options.statementTimeoutMs, logger: options.logger });
  const knex = knexFactory({
    client: stoppableMysqlClient(stopper),
    connection,
    pool: {
      min: 0,
      max: options.poolMax ?? 10,
      afterCreate(
        conn: { query(sql: string, cb: (err: Error | null) => void): void },
        done: (err: Error | null, conn: unknown) => void,
      ) {
        conn.query(
          "SET time_zone = '+00:00', SESSION sql_mode = 'STRICT_ALL_TABLES,NO_ZERO_DATE,NO_ENGINE_SUBSTITUTION,ONLY_FULL_GROUP_BY'",
          (err) => done(err, conn),
        );
      },
    },
  });
  return { knex, stopper };
}

/** Drops a MySQL database; tests use it to leave nothing behind. */
export async function dropMysqlDatabase(rawUrl: string): Promise<void> {
  const url = new URL(rawUrl);
  const admin = knexFactory({ client: 'mysql2', connection: mysqlConnection(url, undefined), pool: { min: 0, max: 1 } });
  try {
    await admin.raw('DROP DATABASE IF EXISTS ??', [decodeURIComponent(url.pathname.replace(/^\//, ''))]);
  } finally {
    await admin.destroy();
  }
}
