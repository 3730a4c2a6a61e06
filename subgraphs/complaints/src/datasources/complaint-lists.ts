import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import type { CursorKey } from '../../../../lib/pagination';
import { regionRange } from '../../../../lib/region-range';
import type { ComplaintRow, ComplaintStatus, SubjectType } from './rows';

/**
 * Lists of complaints for many parents at once. Within one request the gateway may ask for the
 * complaints of fifty villages or fifty payments; each loader turns all of them into one
 * statement per shape (same page size, status, cursor), ranking rows per parent with
 * ROW_NUMBER() (SQLite 3.25+, MariaDB 10.2+, MySQL 8) and keeping the first `first + 1`.
 */

export interface RegionPageKey {
  readonly code: string;
  readonly status: ComplaintStatus | null;
  /** Rows to fetch: the page size plus one, which only tells whether a next page exists. */
  readonly limit: number;
  readonly after: CursorKey | null;
}

export interface SubjectListKey {
  readonly type: SubjectType;
  readonly id: string;
  readonly limit: number;
  /** Only complaints under this region (the caller's scope); null for all. */
  readonly scope: string | null;
}

type RankedRow = ComplaintRow & { rn: number; parent_key: string };

const NEWEST_FIRST = 'order by submitted_at desc, id desc';

function groupBy<K, G extends string>(keys: readonly K[], groupOf: (key: K) => G): Map<G, K[]> {
  const groups = new Map<G, K[]>();
  for (const key of keys) {
    const g = groupOf(key);
    groups.set(g, [...(groups.get(g) ?? []), key]);
  }
  return groups;
}

function stripRank(row: RankedRow): ComplaintRow {
  const { rn: _rn, parent_key: _parent, ...complaint } = row;
  return complaint;
}

/** `(region_code between lo1 and hi1 or ...)`: each range an index range scan. */
/**
 * Regions one statement looks under at most; a larger batch becomes several statements. SQLite
 * refuses an expression tree deeper than 1000, which an OR of 1000 ranges is (all 2,008 townships
 * of the province side by side, say).
 */
export const MAX_REGIONS_PER_STATEMENT = 400;

export function underAnyOf(query: Knex.QueryBuilder, codes: readonly string[]): void {
  query.where((q) => {
    for (const code of codes) q.orWhereBetween('region_code', regionRange(code));
  });
}

/** The parent region of a row within a batch whose codes all have `length` digits. */
export function scopeExpression(length: number): string {
  // `length` is a code's length (2..12), never caller text.
  return `substr(region_code, 1, ${Number(length)})`;
}

export class ComplaintLists {
  private readonly regionPages: DataLoader<RegionPageKey, ComplaintRow[], string>;
  private readonly regionCounts: DataLoader<{ code: string; status: ComplaintStatus | null }, number, string>;
  private readonly subjectLists: DataLoader<SubjectListKey, ComplaintRow[], string>;

  constructor(private readonly knex: Knex) {
    const maxBatchSize = MAX_REGIONS_PER_STATEMENT;
    this.regionPages = new DataLoader((keys) => this.loadRegionPages(keys), { cacheKeyFn: (k) => JSON.stringify(k), maxBatchSize });
    this.regionCounts = new DataLoader((keys) => this.loadRegionCounts(keys), { cacheKeyFn: (k) => JSON.stringify(k), maxBatchSize });
    this.subjectLists = new DataLoader((keys) => this.loadSubjectLists(keys), { cacheKeyFn: (k) => JSON.stringify(k) });
  }

  /** Up to `limit` complaints under the region, newest first, after the cursor [submitted_at, id]. */
  regionPage(key: RegionPageKey): Promise<ComplaintRow[]> {
    return this.regionPages.load(key);
  }

  regionCount(code: string, status: ComplaintStatus | null): Promise<number> {
    return this.regionCounts.load({ code, status });
  }

  bySubject(key: SubjectListKey): Promise<ComplaintRow[]> {
    return this.subjectLists.load(key);
  }

  private async loadRegionPages(keys: readonly RegionPageKey[]): Promise<ComplaintRow[][]> {
    const found = new Map<string, ComplaintRow[]>();
    const groups = groupBy(keys, (k) => JSON.stringify([k.code.length, k.status, k.limit, k.after]));
    for (const group of groups.values()) {
      const { code, status, limit, after } = group[0];
      const scope = scopeExpression(code.length);
      const filter = (query: Knex.QueryBuilder) => {
        underAnyOf(query, group.map((k) => k.code));
        if (status) query.andWhere('status', status);
        if (after) {
          const [at, id] = after;
          query.andWhere((q) => q.where('submitted_at', '<', at).orWhere((q2) => q2.where('submitted_at', at).andWhere('id', '<', id)));
        }
        return query;
      };
      if (group.length === 1) {
        // One region (the usual page): a plain ORDER BY ... LIMIT needs no ranking.
        const rows: ComplaintRow[] = await filter(this.knex('complaints').select('complaints.*'))
          .orderBy([{ column: 'submitted_at', order: 'desc' }, { column: 'id', order: 'desc' }])
          .limit(limit);
        found.set(JSON.stringify(group[0]), rows);
        continue;
      }
      const ranked = filter(
        this.knex('complaints').select(
          'complaints.*',
          this.knex.raw(`${scope} as parent_key`),
          this.knex.raw(`row_number() over (partition by ${scope} ${NEWEST_FIRST}) as rn`),
        ),
      );
      const rows: RankedRow[] = await this.knex
        .select('*')
        .from(ranked.as('ranked'))
        .where('rn', '<=', limit)
        .orderBy([{ column: 'parent_key' }, { column: 'rn' }]);
      const byCode = new Map<string, ComplaintRow[]>(group.map((k) => [k.code, []]));
      for (const row of rows) byCode.get(row.parent_key)?.push(stripRank(row));
      for (const k of group) found.set(JSON.stringify(k), byCode.get(k.code)!);
    }
    // Keyed by the whole key: one request may ask for the same region twice (by status, say).
    return keys.map((k) => found.get(JSON.stringify(k)) ?? []);
  }

  private async loadRegionCounts(keys: readonly { code: string; status: ComplaintStatus | null }[]): Promise<number[]> {
    const counts = new Map<string, number>();
    const groups = groupBy(keys, (k) => JSON.stringify([k.code.length, k.status]));
    for (const group of groups.values()) {
      const scope = scopeExpression(group[0].code.length);
      const query = this.knex('complaints').select(this.knex.raw(`${scope} as parent_key`)).count({ n: '*' }).groupByRaw(scope);
      underAnyOf(query, group.map((k) => k.code));
      if (group[0].status) query.andWhere('status', group[0].status);
      const rows = (await query) as Array<{ parent_key: string; n: number | string }>;
      for (const row of rows) counts.set(JSON.stringify([row.parent_key, group[0].status]), Number(row.n));
    }
    return keys.map((k) => counts.get(JSON.stringify([k.code, k.status])) ?? 0);
  }

  private async loadSubjectLists(keys: readonly SubjectListKey[]): Promise<ComplaintRow[][]> {
    const found = new Map<string, ComplaintRow[]>();
    const groups = groupBy(keys, (k) => JSON.stringify([k.type, k.limit, k.scope]));
    for (const group of groups.values()) {
      const { type, limit, scope } = group[0];
      const ranked = this.knex('complaints')
        .select('complaints.*', 'subject_id as parent_key', this.knex.raw(`row_number() over (partition by subject_id ${NEWEST_FIRST}) as rn`))
        .where('subject_type', type)
        .whereIn('subject_id', group.map((k) => k.id));
      if (scope !== null) ranked.andWhereBetween('region_code', regionRange(scope));
      const rows: RankedRow[] = await this.knex
        .select('*')
        .from(ranked.as('ranked'))
        .where('rn', '<=', limit)
        .orderBy([{ column: 'parent_key' }, { column: 'rn' }]);
      const key = (id: string) => JSON.stringify([type, limit, scope, id]);
      for (const k of group) found.set(key(k.id), []);
      for (const row of rows) found.get(key(row.parent_key))?.push(stripRank(row));
    }
    return keys.map((k) => found.get(JSON.stringify([k.type, k.limit, k.scope, k.id])) ?? []);
  }
}
