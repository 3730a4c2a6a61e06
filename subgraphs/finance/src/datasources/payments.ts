import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { clampFirst, decodeCursor, toConnection, type Connection } from '../../../../lib/pagination';
import { regionRange } from '../../../../lib/region-range';
import { projectPayments, type ProjectRow } from './projects';

/** A row of `payments`: one one-card payment to a person. Insert-only; amounts are fen. */
export interface PaymentRow {
  id: string;
  program_code: string;
  project_id: string;
  person_key: string;
  recipient_name: string;
  village_code: string;
  amount: number;
  period: string;
  paid_at: string;
  status: 'PAID' | 'REVERSAL';
  /** The payment a reversal cancels; null for a payment. */
  reversal_of: string | null;
  batch_id: string | null;
  created_at: string;
}

export type PaymentConnectionParent = Connection<PaymentRow>;

export interface RegionPaymentsFilter {
  regionCode: string;
  programCode?: string | null;
  period?: string | null;
  first?: number | null;
  after?: string | null;
  /** The largest page this caller may ask for. */
  maxFirst?: number;
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/**
 * Payments, read with keyset pagination on indexes that end in the sort key (see the
 * payments migration), and batched per request for entity references and per-person lists.
 */
export class PaymentSource {
  private readonly byId: DataLoader<string, PaymentRow | null>;
  private readonly byPerson: DataLoader<string, PaymentRow[]>;
  private readonly reversalByOriginal: DataLoader<string, PaymentRow | null>;

  constructor(private readonly knex: Knex) {
    this.byId = new DataLoader(async (ids) => {
      const rows: PaymentRow[] = await this.knex('payments').whereIn('id', ids as string[]);
      const found = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => found.get(id) ?? null);
    });
    // A person's payments are a few dozen a year: one statement loads them all for every
    // person of the batch, and each connection pages through its own in memory.
    this.byPerson = new DataLoader(async (keys) => {
      const rows: PaymentRow[] = await this.knex('payments')
        .whereIn('person_key', keys as string[])
        .orderBy([{ column: 'person_key' }, { column: 'id' }]);
      const grouped = new Map<string, PaymentRow[]>(keys.map((k) => [k, []]));
      for (const row of rows) grouped.get(row.person_key)?.push(row);
      return keys.map((k) => grouped.get(k) ?? []);
    });
    // Payment.reversedBy of a whole page: one statement on the unique index of reversal_of.
    this.reversalByOriginal = new DataLoader(async (ids) => {
      const rows: PaymentRow[] = await this.knex('payments').whereIn('reversal_of', ids as string[]);
      const found = new Map(rows.map((r) => [r.reversal_of, r]));
      for (const row of rows) this.byId.prime(row.id, row);
      return ids.map((id) => found.get(id) ?? null);
    });
  }

  get(id: string): Promise<PaymentRow | null> {
    return this.byId.load(id);
  }

  /** The reversal that cancels the payment, if any (at most one: reversal_of is unique). */
  reversingPayment(paymentId: string): Promise<PaymentRow | null> {
    return this.reversalByOriginal.load(paymentId);
  }

  /** Payments in villages under a region, ordered by (village_code, id). */
  async listUnderRegion(filter: RegionPaymentsFilter): Promise<PaymentConnectionParent> {
    const first = clampFirst(filter.first, filter.maxFirst);
    const after = decodeCursor(filter.after, 2) as [string, string] | null;
    const [lo, hi] = regionRange(filter.regionCode);
    const filtered = () => {
      const q = this.knex('payments');
      if (filter.programCode) q.where('program_code', filter.programCode);
      if (filter.period) q.where('period', filter.period);
      return q;
    };
    const page = filtered();
    if (after) {
      const [village, id] = after;
      // The bound on village_code alone keeps it a range scan on MariaDB as on SQLite.
      page
        .whereBetween('village_code', [village > lo ? village : lo, hi])
        .andWhere((q) => q.where('village_code', '>', village).orWhere('id', '>', id));
    } else {
      page.whereBetween('village_code', [lo, hi]);
    }
    const rows: PaymentRow[] = await page.orderBy([{ column: 'village_code' }, { column: 'id' }]).limit(first + 1);
    for (const row of rows) this.byId.prime(row.id, row);
    return toConnection(rows, first, (r) => [r.village_code, r.id], () =>
      this.count(filtered().whereBetween('village_code', [lo, hi])),
    );
  }

  /** A project's payments, ordered by village and id. */
  async listByProject(project: ProjectRow, args: PageArgs): Promise<PaymentConnectionParent> {
    const first = clampFirst(args.first);
    const after = decodeCursor(args.after, 2) as [string, string] | null;
    const page = projectPayments(this.knex, project);
    if (after) {
      const [village, id] = after;
      page.andWhere('village_code', '>=', village).andWhere((q) => q.where('village_code', '>', village).orWhere('id', '>', id));
    }
    const rows: PaymentRow[] = await page.orderBy([{ column: 'village_code' }, { column: 'id' }]).limit(first + 1);
    for (const row of rows) this.byId.prime(row.id, row);
    return toConnection(rows, first, (r) => [r.village_code, r.id], () => this.count(projectPayments(this.knex, project)));
  }

  /** A person's payments, ordered by id; every person of one tick in one statement. */
  async listByPerson(personKey: string, args: PageArgs): Promise<PaymentConnectionParent> {
    const first = clampFirst(args.first);
    const after = decodeCursor(args.after, 1) as [string] | null;
    const all = await this.byPerson.load(personKey);
    const rows = after ? all.filter((r) => r.id > after[0]) : all;
    return toConnection(rows.slice(0, first + 1), first, (r) => [r.id], () => Promise.resolve(all.length));
  }

  /** The villages of all of a person's payments (the same batched load as listByPerson). */
  async villageCodesOfPerson(personKey: string): Promise<string[]> {
    return (await this.byPerson.load(personKey)).map((r) => r.village_code);
  }

  /** The self-lookup: payments whose person key and name as paid both match, by payment date. */
  async listForSelf(personKey: string, name: string): Promise<PaymentRow[]> {
    return this.knex('payments')
      .where({ person_key: personKey, recipient_name: name })
      .orderBy([{ column: 'paid_at' }, { column: 'id' }]);
  }

  private async count(query: Knex.QueryBuilder): Promise<number> {
    const [{ n }] = await query.count({ n: '*' });
    return Number(n);
  }
}
