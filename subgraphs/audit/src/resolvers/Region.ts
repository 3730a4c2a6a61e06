import { regionEntityResolvers } from '../../../../lib/regions/region-resolvers';
import { requireAlertReader, requireRegionReader } from '../access';
import type { RegionResolvers } from '../generated/resolvers-types';

export const Region: RegionResolvers = {
  ...regionEntityResolvers,
  findings: (region, args, ctx) => {
    requireRegionReader(ctx.principal, region.code, 'read findings');
    return ctx.findings.listUnderRegion(region.code, args);
  },
  // A region total, public by decision (see the SDL): no check, one batched statement.
  openFindingCount: (region, _args, ctx) => ctx.findings.openCount(region.code),
  alerts: (region, args, ctx) => {
    requireAlertReader(ctx.principal, region.code, 'read alerts');
    return ctx.alerts.listUnderRegion(region.code, args);
  },
};
