import type { SubgraphProcess } from '../../lib/subgraph/main';
import type { SubgraphName } from '../../lib/subgraphs';
import { auditProcess } from '../../subgraphs/audit/src/process';
import { complaintsProcess } from '../../subgraphs/complaints/src/process';
import { financeProcess } from '../../subgraphs/finance/src/process';
import { partyAffairsProcess } from '../../subgraphs/party-affairs/src/process';

/** The same parts each subgraph's index.ts hands to runSubgraph, for starting them in-process. */
export const SUBGRAPH_MODULES: Record<SubgraphName, SubgraphProcess> = {
  finance: financeProcess,
  audit: auditProcess,
  'party-affairs': partyAffairsProcess,
  complaints: complaintsProcess,
};
