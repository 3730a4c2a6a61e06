import { regionEntityResolvers } from '../../../../lib/regions/region-resolvers';
import type { RegionResolvers } from '../generated/resolvers-types';

export const Region: RegionResolvers = {
  ...regionEntityResolvers,
  officials: (region, { serving, first, after }, ctx) => ctx.officials.list({ regionCode: region.code, serving, first, after }),
  disclosures: (region, { domain, period, first, after }, ctx) =>
    ctx.disclosures.list({ regionCode: region.code, domain, period, first, after }),
  disclosureCompliance: (region, { period }, ctx) => ctx.disclosures.complianceOf(region.code, period),
};
