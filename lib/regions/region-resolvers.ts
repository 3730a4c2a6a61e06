import type { BaseContext } from '../subgraph/context';
import type { RegionRow } from './regions-table';

/**
 * What the gateway hands a subgraph for a Region is only its code. Fields computed from the
 * code (counts, totals) need nothing more, so the reference resolves without SQL; `name` and
 * `level` (shareable, answered by every store) load the row through the batched RegionSource.
 */
export type RegionParent = Pick<RegionRow, 'code'> & Partial<RegionRow>;

async function rowOf(region: RegionParent, ctx: BaseContext): Promise<RegionRow> {
  if (region.name !== undefined && region.level !== undefined) return region as RegionRow;
  const row = await ctx.regions.get(region.code);
  if (!row) throw new Error(`region ${region.code} is not in this store's regions table`);
  return row;
}

export const regionEntityResolvers = {
  __resolveReference: (reference: { code: string }): RegionParent => ({ code: reference.code }),
  name: async (region: RegionParent, _args: unknown, ctx: BaseContext) => (await rowOf(region, ctx)).name,
  level: async (region: RegionParent, _args: unknown, ctx: BaseContext) => (await rowOf(region, ctx)).level,
};
