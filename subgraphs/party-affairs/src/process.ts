import type { SubgraphProcess } from '../../../lib/subgraph/main';
import { migrations } from '../migrations';
import { seed } from '../seeds';
import { createServer } from './server';

/** Everything that runs the party-affairs subgraph: index.ts listens with it, tests start it in-process. */
export const partyAffairsProcess: SubgraphProcess = {
  createServer,
  migrations,
  seed,
  // recordAccountabilityAction checks that its finding or complaint exists through the gateway.
  usesGateway: true,
  // A published notice, a registered relative and an accountability decision are records: the
  // serving MySQL user may add them, never rewrite them. Officials' terms and obligations change.
  appendOnlyTables: ['disclosure_notices', 'official_relatives', 'accountability_actions'],
};
