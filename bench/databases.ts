import knexFactory, { type Knex } from 'knex';
import { SUBGRAPHS } from '../lib/subgraphs';
import { benchDatabaseName } from './bench-env';
import type { Scale } from './options';

/** The benchmark's own MariaDB databases (bench_city_*, bench_province_*), nobody else's. */
export function adminKnex(mysqlUrl: string): Knex {
  const url = new URL(mysqlUrl);
  return knexFactory({
    client: 'mysql2',
    connection: {
      host: url.hostname,
      port: url.port ? Number(url.port) : 3306,
      user: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
      dateStrings: true,
    },
    pool: { min: 0, max: 2 },
  });
}

export async function dropBenchDatabases(mysqlUrl: string, scale: Scale): Promise<void> {
  const admin = adminKnex(mysqlUrl);
  try {
    for (const s of SUBGRAPHS) await admin.raw('DROP DATABASE IF EXISTS ??', [benchDatabaseName(scale, s.name)]);
  } finally {
    await admin.destroy();
  }
}

/** The subgraphs whose database of this scale has no completed demo seed of that scale. */
export async function unseededSubgraphs(mysqlUrl: string, scale: Scale): Promise<string[]> {
  const admin = adminKnex(mysqlUrl);
  try {
    const missing: string[] = [];
    for (const s of SUBGRAPHS) {
      const db = benchDatabaseName(scale, s.name);
      const [tables] = (await admin.raw('SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = ? AND table_name = ?', [db, 'seed_runs'])) as [Array<{ n: number }>];
      const seeded = Number(tables[0].n) > 0 && (await admin(`${db}.seed_runs`).where({ name: 'demo', scale }).first());
      if (!seeded) missing.push(s.name);
    }
    return missing;
  } finally {
    await admin.destroy();
  }
}

export async function describeServer(mysqlUrl: string): Promise<string> {
  const admin = adminKnex(mysqlUrl);
  try {
    const [rows] = (await admin.raw('SELECT VERSION() AS v, @@innodb_buffer_pool_size AS pool, @@innodb_flush_log_at_trx_commit AS flush')) as [
      Array<{ v: string; pool: number; flush: number }>,
    ];
    const { v, pool, flush } = rows[0];
    return `MariaDB ${v} (buffer pool ${Math.round(Number(pool) / 1024 / 1024)} MiB, innodb_flush_log_at_trx_commit=${flush})`;
  } finally {
    await admin.destroy();
  }
}
