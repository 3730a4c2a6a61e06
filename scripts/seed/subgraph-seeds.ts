import type { Migration } from '../../lib/db/migrate';
import type { Seed } from '../../lib/subgraph/store';
import type { SubgraphName } from '../../lib/subgraphs';
import { migrations as auditMigrations } from '../../subgraphs/audit/migrations';
import { seed as auditSeed } from '../../subgraphs/audit/seeds';
import { migrations as complaintsMigrations } from '../../subgraphs/complaints/migrations';
import { seed as complaintsSeed } from '../../subgraphs/complaints/seeds';
import { migrations as financeMigrations } from '../../subgraphs/finance/migrations';
import { seed as financeSeed } from '../../subgraphs/finance/seeds';
import { migrations as partyMigrations } from '../../subgraphs/party-affairs/migrations';
import { seed as partySeed } from '../../subgraphs/party-affairs/seeds';

/** Each subgraph's own migrations and seed: the province seed reuses them, it knows no tables. */
export const SUBGRAPH_SEEDS: Record<SubgraphName, { migrations: readonly Migration[]; seed: Seed }> = {
  finance: { migrations: financeMigrations, seed: financeSeed },
  audit: { migrations: auditMigrations, seed: auditSeed },
  'party-affairs': { migrations: partyMigrations, seed: partySeed },
  complaints: { migrations: complaintsMigrations, seed: complaintsSeed },
};
