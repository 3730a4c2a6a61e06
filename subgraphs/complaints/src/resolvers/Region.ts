import { regionEntityResolvers } from '../../../../lib/regions/region-resolvers';
import { badUserInput } from '../../../../lib/errors';
import { clampFirst, decodeCursor, toConnection } from '../../../../lib/pagination';
import { requireReaderInRegion } from '../access';
import type { RegionResolvers } from '../generated/resolvers-types';
import type { ComplaintParent } from '../views';
import { beijingDate } from '../workflow/deadlines';

export const Region: RegionResolvers = {
  ...regionEntityResolvers,

  async complaints(region, { status, first, after }, ctx) {
    requireReaderInRegion(ctx.principal, region.code, 'list complaints');
    const size = clampFirst(first);
    const rows = await ctx.lists.regionPage({ code: region.code, status: status ?? null, limit: size + 1, after: decodeCursor(after, 2) });
    ctx.complaints.prime(rows);
    return toConnection<ComplaintParent>(
      rows.map((row) => ({ row, view: 'OFFICE' })),
      size,
      ({ row }) => [row.submitted_at, row.id],
      () => ctx.lists.regionCount(region.code, status ?? null),
    );
  },

  complaintStats(region, { from, to }, ctx) {
    if (from > to) throw badUserInput(`from (${from}) must not be after to (${to})`, { field: 'from' });
    return ctx.stats.counts({ code: region.code, from, to, today: beijingDate(ctx.now) });
  },
};
