import { runSubgraph } from '../../../lib/subgraph/main';
import { auditProcess } from './process';

void runSubgraph('audit', auditProcess);
