import type { SubgraphProcess } from '../../lib/subgraph/main';
import type { SubgraphName } from '../../lib/subgraphs';
import { migrations as auditMigrations } from '../../subgraphs/audit/migrations';
import { seed as auditSeed } from '../../subgraphs/audit/seeds';
import { createServer as createAuditServer } from '../../subgraphs/audit/src/server';
import { migrations as complaintsMigrations } from '../../subgraphs/complaints/migrations';
import { seed as complaintsSeed } from '../../subgraphs/complaints/seeds';
import { createServer as createComplaintsServer } from '../../subgraphs/complaints/src/server';
import { migrations as financeMigrations } from '../../subgraphs/finance/migrations';
import { seed as financeSeed } from '../../subgraphs/finance/seeds';
import { createServer as createFinanceServer } from '../../subgraphs/finance/src/server';
import { migrations as partyMigrations } from '../../subgraphs/party-affairs/migrations';
import { seed as partySeed } from '../../subgraphs/party-affairs/seeds';
import { createServer as createPartyServer } from '../../subgraphs/party-affairs/src/server';

/** The same parts each subgraph's index.ts hands to runSubgraph, for starting them in-process. */
export const SUBGRAPH_MODULES: Record<SubgraphName, SubgraphProcess> = {
  finance: { createServer: createFinanceServer, migrations: financeMigrations, seed: financeSeed },
  audit: { createServer: createAuditServer, migrations: auditMigrations, seed: auditSeed },
  'party-affairs': { createServer: createPartyServer, migrations: partyMigrations, seed: partySeed },
  complaints: { createServer: createComplaintsServer, migrations: complaintsMigrations, seed: complaintsSeed },
};
