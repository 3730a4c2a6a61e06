import type { MutationResolvers } from '../generated/resolvers-types';
import { ledgerMutations } from './LedgerEntry';
import { paymentMutations } from './Payment';

export const Mutation: MutationResolvers = {
  ...paymentMutations,
  ...ledgerMutations,
};
