import { requireDisciplineInspector, requirePartyStaff } from '../access';
import type { MutationResolvers } from '../generated/resolvers-types';

export const Mutation: MutationResolvers = {
  registerOfficial: (_root, { input }, ctx) => {
    requirePartyStaff(ctx.principal, input.regionCode, 'register officials');
    return ctx.officials.register(input);
  },
  endTerm: async (_root, { officialId, termEnd }, ctx) => {
    const official = await ctx.officials.getOrFail(officialId);
    requirePartyStaff(ctx.principal, official.region_code, 'end terms of officials');
    return ctx.officials.endTerm(official, termEnd);
  },
  registerRelative: async (_root, { input }, ctx) => {
    const official = await ctx.officials.getOrFail(input.officialId);
    requirePartyStaff(ctx.principal, official.region_code, "register officials' relatives");
    return ctx.officials.registerRelative(official, input);
  },
  publishDisclosure: (_root, { input }, ctx) => {
    requirePartyStaff(ctx.principal, input.regionCode, 'publish disclosures');
    return ctx.disclosures.publish(input);
  },
  recordAccountabilityAction: async (_root, { input }, ctx) => {
    const official = await ctx.officials.getOrFail(input.officialId);
    requireDisciplineInspector(ctx.principal, official.region_code, 'record accountability actions');
    return ctx.accountability.record(official, input);
  },
};
