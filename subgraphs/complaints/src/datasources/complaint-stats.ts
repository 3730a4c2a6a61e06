import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { OPEN_STATUSES } from '../workflow/transitions';
import { MAX_REGIONS_PER_STATEMENT, scopeExpression, underAnyOf } from './complaint-lists';

export interface StatsKey {
  readonly code: string;
  /** Beijing dates of submission, inclusive. */
  readonly from: string;
  readonly to: string;
  /** Today's Beijing date: what "overdue" is measured against. */
  readonly today: string;
}

/** Counts of one region's complaints; the rates are derived from them. */
export interface ComplaintCounts {
  received: number;
  open: number;
  overdue: number;
  closed: number;
  answered: number;
  answeredOnTime: number;
  judged: number;
  substantiated: number;
  rated: number;
  satisfied: number;
}

const ZERO: ComplaintCounts = {
  received: 0,
  open: 0,
  overdue: 0,
  closed: 0,
  answered: 0,
  answeredOnTime: 0,
  judged: 0,
  substantiated: 0,
  rated: 0,
  satisfied: 0,
};

/**
 * Region.complaintStats: every count in SQL, over the range of region codes under the region
 * and the window of submission dates (index complaints_region_date_idx); regions of the same
 * level asked in one request (the villages of a township side by side) share one GROUP BY, up to
 * MAX_REGIONS_PER_STATEMENT regions a statement.
 */
export class ComplaintStats {
  private readonly loader: DataLoader<StatsKey, ComplaintCounts, string>;

  constructor(private readonly knex: Knex) {
    this.loader = new DataLoader((keys) => this.load(keys), { cacheKeyFn: (k) => JSON.stringify(k), maxBatchSize: MAX_REGIONS_PER_STATEMENT });
  }

  counts(key: StatsKey): Promise<ComplaintCounts> {
    return this.loader.load(key);
  }

  private async load(keys: readonly StatsKey[]): Promise<ComplaintCounts[]> {
    const results = new Map<string, ComplaintCounts>();
    const groups = new Map<string, StatsKey[]>();
    for (const k of keys) {
      const g = JSON.stringify([k.code.length, k.from, k.to, k.today]);
      groups.set(g, [...(groups.get(g) ?? []), k]);
    }
    const open = OPEN_STATUSES.map(() => '?').join(', ');
    for (const group of groups.values()) {
      const { from, to, today } = group[0];
      const scope = scopeExpression(group[0].code.length);
      const query = this.knex('complaints')
        .select(this.knex.raw(`${scope} as parent_key`))
        .select(
          this.knex.raw(
            `count(*) as received,
             sum(case when status in (${open}) then 1 else 0 end) as open,
             sum(case when status in (${open}) and due_date < ? then 1 else 0 end) as overdue,
             sum(case when status = 'CLOSED' then 1 else 0 end) as closed,
             count(first_replied_at) as answered,
             sum(case when replied_on_time = 1 then 1 else 0 end) as answered_on_time,
             count(substantiated) as judged,
             sum(case when substantiated = 1 then 1 else 0 end) as substantiated,
             count(satisfaction) as rated,
             sum(case when satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED') then 1 else 0 end) as satisfied`,
            [...OPEN_STATUSES, ...OPEN_STATUSES, today],
          ),
        )
        .whereBetween('submitted_date', [from, to])
        .groupByRaw(scope);
      underAnyOf(query, group.map((k) => k.code));
      const rows = (await query) as Array<Record<string, string | number | null>>;
      for (const row of rows) {
        results.set(JSON.stringify([row.parent_key, from, to, today]), {
          received: Number(row.received),
          open: Number(row.open),
          overdue: Number(row.overdue),
          closed: Number(row.closed),
          answered: Number(row.answered),
          answeredOnTime: Number(row.answered_on_time),
          judged: Number(row.judged),
          substantiated: Number(row.substantiated),
          rated: Number(row.rated),
          satisfied: Number(row.satisfied),
        });
      }
    }
    return keys.map((k) => results.get(JSON.stringify([k.code, k.from, k.to, k.today])) ?? ZERO);
  }
}
