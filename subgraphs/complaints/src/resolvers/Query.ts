import { accessLogQuery } from '../../../../lib/access-log-query';
import { canSeeRegion } from '../../../../lib/auth';
import { forbidden, notFound } from '../../../../lib/errors';
import { requireReader } from '../access';
import type { QueryResolvers } from '../generated/resolvers-types';

export const Query: QueryResolvers = {
  async complaintByQueryCode(_parent, { queryCode }, ctx) {
    const row = await ctx.complaints.getByQueryCode(queryCode);
    if (!row) throw notFound('A complaint with this query code');
    return { row, view: 'SUBMITTER' };
  },

  async complaint(_parent, { id }, ctx) {
    requireReader(ctx.principal, 'read complaints');
    const row = await ctx.complaints.get(id);
    if (!row) return null;
    if (!canSeeRegion(ctx.principal, row.region_code)) {
      throw forbidden(`Your account covers region ${ctx.principal.region}; complaint "${id}" is in region ${row.region_code}`);
    }
    return { row, view: 'OFFICE' };
  },
  complaintsAccessLog: accessLogQuery('complaints'),
};
