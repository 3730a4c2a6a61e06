import { runSubgraph } from '../../../lib/subgraph/main';
import { migrations } from '../migrations';
import { seed } from '../seeds';
import { createServer } from './server';

void runSubgraph('audit', { createServer, migrations, seed, usesGateway: true });
