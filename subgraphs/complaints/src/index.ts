import { runSubgraph } from '../../../lib/subgraph/main';
import { complaintsProcess } from './process';

void runSubgraph('complaints', complaintsProcess);
