import { accessLogQuery } from '../../../../lib/access-log-query';
import { badUserInput } from '../../../../lib/errors';
import { isRegionCode } from '../../../../lib/region-range';
import { requireRegisterReader } from '../access';
import { MAX_REGISTER_PAGE_SIZE } from '../datasources/officials';
import type { QueryResolvers } from '../generated/resolvers-types';

export const Query: QueryResolvers = {
  official: (_root, { id }, ctx) => ctx.officials.get(id),
  officials: async (_root, { regionCode, serving, first, after }, ctx) => {
    // Checked first: the code is the access-log row's subject, and an admin's scope covers any text.
    if (!isRegionCode(regionCode)) throw badUserInput(`regionCode must be a division code of 2, 4, 6, 9 or 12 digits, such as "4310"`);
    requireRegisterReader(ctx.principal, regionCode);
    const page = await ctx.officials.list({ regionCode, serving, first, after, maxFirst: MAX_REGISTER_PAGE_SIZE });
    await ctx.officials.logRegisterRead(regionCode);
    return page;
  },
  disclosure: (_root, { id }, ctx) => ctx.disclosures.get(id),
  partyAffairsAccessLog: accessLogQuery('party-affairs'),
};
