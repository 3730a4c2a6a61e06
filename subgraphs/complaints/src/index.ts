import { runSubgraph } from '../../../lib/subgraph/main';
import { APPEND_ONLY_TABLES, migrations } from '../migrations';
import { seed } from '../seeds';
import { createServer } from './server';

void runSubgraph('complaints', { createServer, migrations, seed, usesGateway: true, appendOnlyTables: APPEND_ONLY_TABLES });
