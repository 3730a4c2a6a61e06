import { regionEntityResolvers } from '../../../../lib/regions/region-resolvers';
import type { RegionResolvers } from '../generated/resolvers-types';

export const Region: RegionResolvers = {
  ...regionEntityResolvers,
};
