import type { FundProgramResolvers } from '../generated/resolvers-types';

export const FundProgram: FundProgramResolvers = {
  policyBasis: (program) => program.policy_basis,
  standardAmount: (program) => program.standard_amount,
  meansTested: (program) => Boolean(program.means_tested),
};
