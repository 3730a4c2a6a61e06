import type { SubgraphProcess } from '../../../lib/subgraph/main';
import { migrations } from '../migrations';
import { APPEND_ONLY_TABLES } from '../migrations/20261127_0103_append_only_triggers';
import { seed } from '../seeds';
import { createServer } from './server';

/** Everything that runs the finance subgraph: index.ts listens with it, tests start it in-process. */
export const financeProcess: SubgraphProcess = {
  createServer,
  migrations,
  seed,
  // Ledger entries and payments are insert-only (corrections are reversals); import batches
  // record what was accepted. The serving MySQL user gets no UPDATE or DELETE on any of them.
  appendOnlyTables: [...APPEND_ONLY_TABLES, 'payments'],
};
