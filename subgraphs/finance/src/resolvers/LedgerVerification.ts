import type { LedgerVerificationResolvers } from '../generated/resolvers-types';

export const LedgerVerification: LedgerVerificationResolvers = {
  brokenVillage: (result) => (result.brokenVillage ? { code: result.brokenVillage } : null),
};
