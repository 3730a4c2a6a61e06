import { runSubgraph } from '../../../lib/subgraph/main';
import { migrations } from '../migrations';
import { seed } from '../seeds';
import { createServer } from './server';

void runSubgraph('finance', {
  createServer,
  migrations,
  seed,
  // Payments are insert-only (corrections are reversals); import batches record what was accepted.
  appendOnlyTables: ['payments', 'import_batches'],
});
