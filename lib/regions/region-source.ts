import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import type { RegionLevel } from '../region-range';
import type { RegionRow } from './regions-table';

/**
 * Region rows from this store's `regions` table, batched per request: every lookup by code in
 * one tick becomes one `WHERE code IN (...)`, every children lookup one `WHERE parent_code IN`.
 */
export class RegionSource {
  private readonly byCode: DataLoader<string, RegionRow | null>;
  private readonly byParent: DataLoader<string, RegionRow[]>;

  constructor(private readonly knex: Knex) {
    this.byCode = new DataLoader(async (codes) => {
      const rows: RegionRow[] = await this.knex('regions').whereIn('code', codes as string[]);
      const found = new Map(rows.map((r) => [r.code, r]));
      return codes.map((c) => found.get(c) ?? null);
    });
    this.byParent = new DataLoader(async (parents) => {
      const rows: RegionRow[] = await this.knex('regions')
        .whereIn('parent_code', parents as string[])
        .orderBy('code');
      const grouped = new Map<string, RegionRow[]>(parents.map((p) => [p, []]));
      for (const row of rows) grouped.get(row.parent_code as string)?.push(row);
      return parents.map((p) => grouped.get(p) ?? []);
    });
  }

  get(code: string): Promise<RegionRow | null> {
    return this.byCode.load(code);
  }

  children(code: string): Promise<RegionRow[]> {
    return this.byParent.load(code);
  }

  async listByLevel(level: RegionLevel, parentCode: string | null): Promise<RegionRow[]> {
    const query = this.knex('regions').where({ level }).orderBy('code');
    if (parentCode !== null) query.andWhere({ parent_code: parentCode });
    const rows: RegionRow[] = await query;
    for (const row of rows) this.byCode.prime(row.code, row);
    return rows;
  }
}
