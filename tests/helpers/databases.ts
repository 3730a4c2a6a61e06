import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultGatewaySettings, longestSubgraphWaitMs } from '../../gateway/src/settings';
import { dropMysqlDatabase, openDatabase, type Database, type Dialect } from '../../lib/db/database';

/** SQLite always; MariaDB too when TEST_MYSQL_URL is set (CI sets it). */
export const DIALECTS: Dialect[] = process.env.TEST_MYSQL_URL ? ['sqlite', 'mysql'] : ['sqlite'];

export interface TestDatabase {
  readonly db: Database;
  readonly url: string;
  /** Closes the pool and removes the database, so runs never see each other's rows. */
  drop(): Promise<void>;
}

/** A fresh, empty database of the dialect, unique to this call. */
export async function createTestDatabase(dialect: Dialect, label: string): Promise<TestDatabase> {
  const suffix = `${process.pid}_${randomBytes(4).toString('hex')}`;
  const safeLabel = label.replace(/[^a-z0-9]/gi, '_');
  if (dialect === 'sqlite') {
    const file = join(tmpdir(), `sg_${safeLabel}_${suffix}.sqlite`);
    const url = `sqlite:${file}`;
    const db = await openDatabase(url);
    return {
      db,
      url,
      async drop() {
        await db.destroy();
        for (const ext of ['', '-wal', '-shm']) rmSync(`${file}${ext}`, { force: true });
      },
    };
  }
  const base = process.env.TEST_MYSQL_URL!.replace(/\/+$/, '');
  const url = `${base}/t_${safeLabel}_${suffix}`;
  // Every statement a request sends carries the per-statement cap, as a subgraph process's does.
  const db = await openDatabase(url, { statementTimeoutMs: longestSubgraphWaitMs(defaultGatewaySettings(false)) });
  return {
    db,
    url,
    async drop() {
      await db.destroy();
      await dropMysqlDatabase(url);
    },
  };
}
