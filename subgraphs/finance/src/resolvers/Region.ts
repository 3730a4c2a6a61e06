import { regionEntityResolvers } from '../../../../lib/regions/region-resolvers';
import type { RegionResolvers } from '../generated/resolvers-types';
import { regionFundProjects } from './FundProject';
import { regionLedgerFields } from './RegionLedger';

export const Region: RegionResolvers = {
  ...regionEntityResolvers,
  // finance owns the hierarchy: a reference it cannot find is a region that does not exist
  __resolveReference: (reference, ctx) => ctx.regions.get(reference.code),
  parent: async (region, _args, ctx) => {
    const row = await ctx.regions.get(region.code);
    return row?.parent_code ? ctx.regions.get(row.parent_code) : null;
  },
  children: (region, _args, ctx) => ctx.regions.children(region.code),
  ...regionFundProjects,
  ...regionLedgerFields,
};
