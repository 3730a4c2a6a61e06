import { mayReadActions, requireSignedIn } from '../access';
import type { FindingResolvers } from '../generated/resolvers-types';

export const Finding: FindingResolvers = {
  // The audit subgraph owns the finding; this subgraph needs only its id.
  __resolveReference: (reference) => ({ id: reference.id }),
  accountabilityActions: async (finding, _args, ctx) => {
    requireSignedIn(ctx.principal, 'accountability actions');
    const actions = await ctx.accountability.ofFinding(finding.id);
    return actions.filter((action) => mayReadActions(ctx.principal, action.official_region_code));
  },
};
