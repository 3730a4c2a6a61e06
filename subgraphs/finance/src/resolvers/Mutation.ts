import type { MutationResolvers } from '../generated/resolvers-types';
import { paymentMutations } from './Payment';

export const Mutation: MutationResolvers = {
  ...paymentMutations,
};
