import type { SubgraphProcess } from '../../../lib/subgraph/main';
import { migrations } from '../migrations';
import { seed } from '../seeds';
import { createServer } from './server';

/** Everything that runs the audit subgraph: index.ts listens with it, tests start it in-process. */
export const auditProcess: SubgraphProcess = {
  createServer,
  migrations,
  seed,
  // Comparison runs read payments and officials through the gateway.
  usesGateway: true,
  // Reference registers and rectification records are never changed once written: the serving
  // MySQL user gets no UPDATE or DELETE on them. Findings, alerts and runs change status.
  appendOnlyTables: ['import_batches', 'death_register', 'rectifications'],
};
