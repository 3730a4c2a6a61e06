import { mayReadActions, requireSignedIn } from '../access';
import type { ComplaintResolvers } from '../generated/resolvers-types';

export const Complaint: ComplaintResolvers = {
  // The complaints subgraph owns the complaint; this subgraph needs only its id.
  __resolveReference: (reference) => ({ id: reference.id }),
  accountabilityActions: async (complaint, _args, ctx) => {
    requireSignedIn(ctx.principal, 'accountability actions');
    const actions = await ctx.accountability.ofComplaint(complaint.id);
    return actions.filter((action) => mayReadActions(ctx.principal, action.official_region_code));
  },
};
