import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { badUserInput } from '../../../../lib/errors';
import { clampFirst, decodeCursor, toConnection, type Connection } from '../../../../lib/pagination';
import { isRegionCode, regionRange } from '../../../../lib/region-range';
import type { Direction, LedgerEntryRow } from './ledger-chain';

export interface LedgerEntryFilter {
  regionCode: string;
  from?: string | null;
  to?: string | null;
  direction?: Direction | null;
  first?: number | null;
  after?: string | null;
}

/**
 * Ledger entries, per request: lookups by id batched into one `WHERE id IN (...)`, and lists
 * under a region keyset-paginated in chain order (village code, then seq) on the
 * (village_code, seq) unique index.
 */
export class LedgerEntrySource {
  private readonly byId: DataLoader<string, LedgerEntryRow | null>;

  constructor(private readonly knex: Knex) {
    this.byId = new DataLoader(async (ids) => {
      const rows: LedgerEntryRow[] = await this.knex('ledger_entries').whereIn('id', ids as string[]);
      const found = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => found.get(id) ?? null);
    });
  }

  get(id: string): Promise<LedgerEntryRow | null> {
    return this.byId.load(id);
  }

  async list(filter: LedgerEntryFilter): Promise<Connection<LedgerEntryRow>> {
    if (!isRegionCode(filter.regionCode)) throw badUserInput(`regionCode "${filter.regionCode}" is not a region code`);
    if (filter.from && filter.to && filter.from > filter.to) throw badUserInput('`from` must not be after `to`');
    const first = clampFirst(filter.first);
    const after = decodeCursor(filter.after, 2);
    const filtered = () => {
      const query = this.knex('ledger_entries').whereBetween('village_code', regionRange(filter.regionCode));
      if (filter.from) query.where('period', '>=', filter.from);
      if (filter.to) query.where('period', '<=', filter.to);
      if (filter.direction) query.where('direction', filter.direction);
      return query;
    };
    const page = filtered().orderBy([{ column: 'village_code' }, { column: 'seq' }]).limit(first + 1);
    if (after) {
      const [village, seq] = after;
      page.where((q) => q.where('village_code', '>', village).orWhere((same) => same.where('village_code', village).where('seq', '>', seq)));
    }
    const rows: LedgerEntryRow[] = await page;
    for (const row of rows) this.byId.prime(row.id, row);
    let total: Promise<number> | null = null;
    return toConnection(rows, first, (r) => [r.village_code, Number(r.seq)], () => {
      total ??= filtered()
        .count({ n: '*' })
        .then(([row]) => Number(row.n));
      return total;
    });
  }
}

/** The parent of LedgerEntryConnection's resolvers. */
export type LedgerEntryConnectionParent = Connection<LedgerEntryRow>;
