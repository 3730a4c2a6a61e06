import type { Knex } from 'knex';
import { regionRange } from '../../../../lib/region-range';

/**
 * Keyset pages of rows "under a region" ordered by (region_code, id). The lower bound of the
 * range moves up to the cursor's region, so every page stays one range scan of the
 * (region_code, id) index on MariaDB as on SQLite, however deep it is.
 */
export function underRegionAfter(query: Knex.QueryBuilder, regionCode: string, after: [string, string] | null): Knex.QueryBuilder {
  const [lo, hi] = regionRange(regionCode);
  if (!after) return query.whereBetween('region_code', [lo, hi]);
  const [region, id] = after;
  return query
    .whereBetween('region_code', [region > lo ? region : lo, hi])
    .andWhere((q) => q.where('region_code', '>', region).orWhere('id', '>', id));
}
