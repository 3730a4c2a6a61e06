import type { Seed } from '../../../lib/subgraph/store';
import { seedFundsAndPayments } from './fund-payments';
import { seedLedgers } from './ledger';

/** finance's demo seed: deterministic; resets what it fills. */
export const seed: Seed = async (knex, scope) => {
  await seedFundsAndPayments(knex, scope);
  await seedLedgers(knex, scope);
};
