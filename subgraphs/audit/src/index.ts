import { runSubgraph } from '../../../lib/subgraph/main';
import { migrations } from '../migrations';
import { seed } from '../seeds';
import { createServer } from './server';

/**
 * Reference registers and rectification records are never changed once written: the serving
 * MySQL user gets no UPDATE or DELETE on them. Findings, alerts and runs change status.
 */
const APPEND_ONLY_TABLES = ['import_batches', 'death_register', 'rectifications'];

void runSubgraph('audit', { createServer, migrations, seed, usesGateway: true, appendOnlyTables: APPEND_ONLY_TABLES });
