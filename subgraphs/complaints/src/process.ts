import type { SubgraphProcess } from '../../../lib/subgraph/main';
import { APPEND_ONLY_TABLES, migrations } from '../migrations';
import { seed } from '../seeds';
import { createServer } from './server';

/** Everything that runs the complaints subgraph: index.ts listens with it, tests start it in-process. */
export const complaintsProcess: SubgraphProcess = {
  createServer,
  migrations,
  seed,
  // Complaint subjects are checked through the gateway.
  usesGateway: true,
  appendOnlyTables: APPEND_ONLY_TABLES,
};
