import type { RegionReportingCountResolvers } from '../generated/resolvers-types';

export const RegionReportingCount: RegionReportingCountResolvers = {
  region: (count) => ({ code: count.code }),
};
