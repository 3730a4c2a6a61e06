import { runSubgraph } from '../../../lib/subgraph/main';
import { financeProcess } from './process';

void runSubgraph('finance', financeProcess);
