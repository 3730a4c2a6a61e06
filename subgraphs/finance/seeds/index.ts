import type { Seed } from '../../../lib/subgraph/store';
import { seedFundsAndPayments } from './fund-payments';
import { seedLedgers } from './ledger';

/**
 * finance's demo seed: deterministic; resets what it fills. Payments and ledgers are separate
 * tables in separate transactions, so they load side by side: on MySQL two connections keep
 * two server threads busy (the province's 16 million rows), on SQLite the one connection takes
 * them in turn.
 */
export const seed: Seed = async (knex, scope) => {
  await Promise.all([seedFundsAndPayments(knex, scope), seedLedgers(knex, scope)]);
};
