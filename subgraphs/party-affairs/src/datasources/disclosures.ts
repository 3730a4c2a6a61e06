import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { workingCalendar } from '../../../../lib/calendar/working-days';
import { isUniqueViolation } from '../../../../lib/db/db-errors';
import { badUserInput } from '../../../../lib/errors';
import { clampFirst, decodeCursor, toConnection } from '../../../../lib/pagination';
import { regionRange } from '../../../../lib/region-range';
import { toStoreDateTime } from '../../../../lib/scalars';
import type { BaseContext } from '../../../../lib/subgraph/context';
import {
  dueDate,
  hasPeriodEnded,
  isObligated,
  isPeriodOfDomain,
  publicationDate,
  untrackedPeriodProblem,
  type DisclosureDomain,
} from '../rules/disclosure-rules';
import { ensureObligations } from './obligations';
import type { DisclosureConnectionParent, DisclosureNoticeRow } from './rows';
import { currentPeriod, todayUtc } from './today';

export interface DisclosureComplianceFigures {
  period: string;
  expected: number;
  published: number;
  late: number;
  missing: number;
  pending: number;
  rate: number | null;
  onTimeRate: number | null;
}

export interface ListDisclosuresOptions {
  regionCode: string;
  domain: DisclosureDomain | null | undefined;
  period: string | null | undefined;
  first: number | null | undefined;
  after: string | null | undefined;
}

export interface PublishFields {
  regionCode: string;
  domain: DisclosureDomain;
  period: string;
  title: string;
  content: string;
}

export const noticeId = (regionCode: string, domain: string, period: string) => `DIS-${regionCode}-${domain}-${period}`;

const MAX_TITLE = 200;
const MAX_CONTENT = 20_000;

interface ComplianceSums {
  code: string;
  period: string;
  expected: number | string;
  published: number | string | null;
  late: number | string | null;
  missing: number | string | null;
}

/** Disclosure notices and the compliance figures over the materialised obligations. */
export class DisclosureSource {
  private readonly byId: DataLoader<string, DisclosureNoticeRow | null>;
  private readonly compliance: DataLoader<string, DisclosureComplianceFigures>;

  constructor(
    private readonly knex: Knex,
    private readonly ctx: BaseContext,
  ) {
    this.byId = new DataLoader(async (ids) => {
      const rows: DisclosureNoticeRow[] = await this.knex('disclosure_notices').whereIn('id', ids as string[]);
      const found = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => found.get(id) ?? null);
    });
    // SQLite caps a compound SELECT at 500 terms: a bigger batch (every village of a city) is split.
    this.compliance = new DataLoader((keys) => this.loadCompliance(keys as string[]), { maxBatchSize: 400 });
  }

  get(id: string): Promise<DisclosureNoticeRow | null> {
    return this.byId.load(id);
  }

  /** Compliance of a region for the month; every region asked for in one tick shares one statement. */
  complianceOf(regionCode: string, period: string): Promise<DisclosureComplianceFigures> {
    const problem = untrackedPeriodProblem(period, currentPeriod());
    if (problem) return Promise.reject(badUserInput(problem));
    return this.compliance.load(`${period}|${regionCode}`);
  }

  /**
   * One UNION ALL statement for the batch: each branch is an aggregate over one range of the
   * (period, region_code, domain) primary key, so 50 regions cost one round trip and 50 range scans, with no
   * scan of what lies between them.
   */
  private async loadCompliance(keys: string[]): Promise<DisclosureComplianceFigures[]> {
    const pairs = keys.map((key) => {
      const [period, code] = key.split('|');
      return { period, code };
    });
    await ensureObligations(this.knex, pairs.map((p) => p.period));
    const today = todayUtc();
    const branches = pairs.map(({ period, code }) =>
      this.knex('disclosure_obligations')
        .select(
          this.knex.raw('? as code', [code]),
          this.knex.raw('? as period', [period]),
          this.knex.raw('count(*) as expected'),
          this.knex.raw('sum(case when published_on is not null then 1 else 0 end) as published'),
          this.knex.raw('sum(case when published_on > due_by then 1 else 0 end) as late'),
          this.knex.raw('sum(case when published_on is null and due_by < ? then 1 else 0 end) as missing', [today]),
        )
        .where('period', period)
        .whereBetween('region_code', regionRange(code)),
    );
    const [head, ...rest] = branches;
    const rows: ComplianceSums[] = rest.length ? await head.unionAll(rest) : await head;
    const byKey = new Map(rows.map((r) => [`${r.period}|${r.code}`, r]));
    return pairs.map(({ period, code }) => {
      const sums = byKey.get(`${period}|${code}`);
      const expected = Number(sums?.expected ?? 0);
      const published = Number(sums?.published ?? 0);
      const late = Number(sums?.late ?? 0);
      const missing = Number(sums?.missing ?? 0);
      return {
        period,
        expected,
        published,
        late,
        missing,
        pending: expected - published - missing,
        rate: expected ? published / expected : null,
        onTimeRate: expected ? (published - late) / expected : null,
      };
    });
  }

  /** Notices under a region, keyset-paginated on (region_code, domain, period), the unique key. */
  async list(options: ListDisclosuresOptions): Promise<DisclosureConnectionParent> {
    const first = clampFirst(options.first);
    const cursor = decodeCursor(options.after, 3);
    const filtered = () => {
      const query = this.knex('disclosure_notices').whereBetween('region_code', regionRange(options.regionCode));
      if (options.domain) query.andWhere('domain', options.domain);
      if (options.period) query.andWhere('period', options.period);
      return query;
    };
    const page = filtered();
    if (cursor) {
      const [code, domain, period] = cursor.map(String);
      page.andWhere((b) =>
        b
          .where('region_code', '>', code)
          .orWhere((c) => c.where('region_code', code).andWhere('domain', '>', domain))
          .orWhere((c) => c.where({ region_code: code, domain }).andWhere('period', '>', period)),
      );
    }
    const rows: DisclosureNoticeRow[] = await page.orderBy(['region_code', 'domain', 'period']).limit(first + 1);
    for (const row of rows) this.byId.prime(row.id, row);
    return toConnection(rows, first, (r) => [r.region_code, r.domain, r.period], async () => {
      const [{ n }] = await filtered().count({ n: '*' });
      return Number(n);
    });
  }

  /** Publishes a notice and marks its obligation published, in one transaction. */
  async publish(fields: PublishFields): Promise<DisclosureNoticeRow> {
    const title = fields.title.trim();
    const content = fields.content.trim();
    if (!title || Array.from(title).length > MAX_TITLE) throw badUserInput(`title must be 1 to ${MAX_TITLE} characters`);
    if (!content || content.length > MAX_CONTENT) throw badUserInput(`content must be 1 to ${MAX_CONTENT} characters`);
    if (!isPeriodOfDomain(fields.domain, fields.period)) {
      throw badUserInput(`${fields.domain} notices cover a quarter: give the quarter's last month (03, 06, 09 or 12), not ${fields.period}`);
    }
    const region = await this.ctx.regions.get(fields.regionCode);
    if (!region || (region.level !== 'VILLAGE' && region.level !== 'TOWNSHIP')) {
      throw badUserInput(`regionCode ${fields.regionCode} is not a village or township code; notices are published by villages and townships`);
    }
    if (!isObligated(region.level, fields.domain)) {
      throw badUserInput(`A ${region.level.toLowerCase()} does not publish ${fields.domain} notices`);
    }
    const now = new Date();
    const publishedOn = publicationDate(now);
    if (!hasPeriodEnded(fields.period, publishedOn)) {
      throw badUserInput(`period ${fields.period} has not ended yet; publish its notice once it is over`);
    }
    const untracked = untrackedPeriodProblem(fields.period, currentPeriod());
    if (untracked) throw badUserInput(untracked);
    await ensureObligations(this.knex, [fields.period]);
    const row: DisclosureNoticeRow = {
      id: noticeId(fields.regionCode, fields.domain, fields.period),
      region_code: fields.regionCode,
      domain: fields.domain,
      period: fields.period,
      title,
      content,
      due_by: dueDate(fields.period, workingCalendar()),
      published_at: toStoreDateTime(now),
      published_on: publishedOn,
      published_by: this.ctx.principal.sub ?? 'unknown',
    };
    const alreadyPublished = () =>
      badUserInput(`${fields.domain} for ${fields.period} of region ${fields.regionCode} is already published as ${row.id}`);
    try {
      await this.knex.transaction(async (trx) => {
        const existing = await trx('disclosure_notices').select('id').where({ id: row.id }).first();
        if (existing) throw alreadyPublished();
        await trx('disclosure_notices').insert(row);
        await trx('disclosure_obligations')
          .where({ region_code: row.region_code, domain: row.domain, period: row.period })
          .whereNull('published_on')
          .update({ published_on: publishedOn });
      });
    } catch (err) {
      // A concurrent publication of the same notice won the insert.
      if (isUniqueViolation(err)) throw alreadyPublished();
      throw err;
    }
    this.byId.prime(row.id, row);
    return row;
  }
}
