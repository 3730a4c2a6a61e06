import { runSubgraph } from '../../../lib/subgraph/main';
import { partyAffairsProcess } from './process';

void runSubgraph('party-affairs', partyAffairsProcess);
