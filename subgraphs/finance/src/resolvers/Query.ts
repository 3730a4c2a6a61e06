import type { QueryResolvers } from '../generated/resolvers-types';

export const Query: QueryResolvers = {
  region: (_root, { code }, ctx) => ctx.regions.get(code),
  regions: (_root, { level, parentCode }, ctx) => ctx.regions.listByLevel(level, parentCode ?? null),
};
