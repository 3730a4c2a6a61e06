import { createLogger } from '../../lib/logger';
import { dropMysqlDatabase, openDatabase } from '../../lib/db/database';
import { prepareStore } from '../../lib/subgraph/store';
import { SUBGRAPHS, type SubgraphName } from '../../lib/subgraphs';
import { countInserts } from './insert-counter';
import { SUBGRAPH_SEEDS } from './subgraph-seeds';

/**
 * One subgraph's province seed, in a process of its own (seed-province.ts runs several at once):
 * a fresh database, the subgraph's migrations, and its own seed with scope.scale 'province'.
 * Progress goes to the parent over IPC once a second.
 */
export interface WorkerMessage {
  readonly type: 'progress' | 'done';
  readonly subgraph: SubgraphName;
  readonly rows: number;
  readonly byTable: Record<string, number>;
  readonly table: string | null;
  readonly village: string | null;
}

async function main(): Promise<void> {
  const name = process.argv[2] as SubgraphName;
  const url = process.argv[3];
  const secret = process.env.PERSON_KEY_SECRET;
  if (!SUBGRAPHS.some((s) => s.name === name) || !url || !secret) {
    throw new Error('usage: worker.js <subgraph> <mysql-url> (PERSON_KEY_SECRET set)');
  }
  await dropMysqlDatabase(url);
  const db = await openDatabase(url, { poolMax: 4 });
  const progress = countInserts(db.knex);
  const report = (type: WorkerMessage['type']) =>
    process.send?.({ type, subgraph: name, rows: progress.rows, byTable: progress.byTable, table: progress.table, village: progress.village } satisfies WorkerMessage);
  const timer = setInterval(() => report('progress'), 1000);
  try {
    await prepareStore(db, {
      ...SUBGRAPH_SEEDS[name],
      scale: 'province',
      logger: createLogger(`seed:${name}`, process.env.LOG_LEVEL ?? 'warn'),
      personKeySecret: secret,
    });
  } finally {
    clearInterval(timer);
    await db.destroy();
  }
  report('done');
}

main().catch((err: Error) => {
  console.error(err.stack ?? err.message);
  process.exit(1);
});
