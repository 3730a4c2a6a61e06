import { randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { notFound } from '../../../../lib/errors';
import { clampFirst, decodeCursor, toConnection, type Connection } from '../../../../lib/pagination';
import { regionRange } from '../../../../lib/region-range';
import { toStoreDateTime } from '../../../../lib/scalars';
import { nextFindingStatus, OPEN_FINDING_STATUSES } from '../workflow/status-rules';
import { underRegionAfter } from './keyset';
import type { FindingRow, FindingStatus, RectificationRow, SubjectRef } from './rows';
import { retryOnCollision } from './unique-retry';

export type FindingConnectionParent = Connection<FindingRow>;

export interface FindingListArgs {
  status?: FindingStatus | null;
  first?: number | null;
  after?: string | null;
}

/** What a new finding holds; the store adds its id, reference number, status and repeat flag. */
export interface NewFinding {
  projectId: string | null;
  regionCode: string;
  subject: SubjectRef | null;
  fundProjectId: string | null;
  type: string;
  severity: string;
  criteria: string;
  condition: string;
  cause: string | null;
  effect: string | null;
  recommendation: string | null;
  questionedAmount: number;
  rectificationDue: string | null;
  alertId: string | null;
  recordedBy: string;
}

export interface NewRectification {
  findingId: string;
  actionTaken: string;
  moneyRecovered: number;
  evidence: string | null;
  completes: boolean;
  verifiedBy: string;
}

/** Regions whose open-finding counts one statement computes; more become a second statement. */
const MAX_COUNT_BATCH = 200;

/**
 * Findings and their rectifications: per-request loaders (by id, by fund project, open counts
 * by region, rectifications by finding), keyset lists, and the writes, each one transaction.
 */
export class FindingSource {
  private readonly byId: DataLoader<string, FindingRow | null>;
  private readonly openCounts: DataLoader<string, number>;
  private readonly rectificationsByFinding: DataLoader<string, RectificationRow[]>;
  private readonly byFundProjectIn = new Map<string, DataLoader<string, FindingRow[]>>();

  constructor(private readonly knex: Knex) {
    this.byId = new DataLoader(async (ids) => {
      const rows: FindingRow[] = await this.knex('findings').whereIn('id', ids as string[]);
      const found = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => found.get(id) ?? null);
    });
    // Every region of one gateway fetch in one statement: one conditional SUM per region over
    // the union of their ranges (each a range of the (status, region_code) index).
    this.openCounts = new DataLoader(
      async (codes) => {
        const ranges = codes.map((code) => regionRange(code));
        const sums = ranges.map((_, i) => `SUM(CASE WHEN region_code BETWEEN ? AND ? THEN 1 ELSE 0 END) AS c${i}`);
        const row: Record<string, unknown> | undefined = await this.knex('findings')
          .select(this.knex.raw(sums.join(', '), ranges.flat()))
          .whereIn('status', OPEN_FINDING_STATUSES as FindingStatus[])
          .andWhere((q) => {
            for (const range of ranges) q.orWhereBetween('region_code', range);
          })
          .first();
        return codes.map((_, i) => Number(row?.[`c${i}`] ?? 0));
      },
      { maxBatchSize: MAX_COUNT_BATCH },
    );
    this.rectificationsByFinding = new DataLoader(async (ids) => {
      const rows: RectificationRow[] = await this.knex('rectifications')
        .whereIn('finding_id', ids as string[])
        .orderBy([{ column: 'finding_id' }, { column: 'verified_at' }, { column: 'id' }]);
      const grouped = new Map<string, RectificationRow[]>(ids.map((id) => [id, []]));
      for (const row of rows) grouped.get(row.finding_id)?.push(row);
      return ids.map((id) => grouped.get(id) ?? []);
    });
  }

  get(id: string): Promise<FindingRow | null> {
    return this.byId.load(id);
  }

  /** OPEN + RECTIFYING findings on the region and everything under it. */
  openCount(regionCode: string): Promise<number> {
    return this.openCounts.load(regionCode);
  }

  rectifications(findingId: string): Promise<RectificationRow[]> {
    return this.rectificationsByFinding.load(findingId);
  }

  /** Findings on a region and everything under it, ordered by (region_code, id). */
  async listUnderRegion(regionCode: string, args: FindingListArgs): Promise<FindingConnectionParent> {
    const first = clampFirst(args.first);
    const after = decodeCursor(args.after, 2) as [string, string] | null;
    const filtered = () => {
      const q = this.knex('findings');
      if (args.status) q.where('status', args.status);
      return q;
    };
    const rows: FindingRow[] = await underRegionAfter(filtered(), regionCode, after)
      .orderBy([{ column: 'region_code' }, { column: 'id' }])
      .limit(first + 1);
    this.prime(rows);
    return toConnection(rows, first, (r) => [r.region_code, r.id], () =>
      this.count(filtered().whereBetween('region_code', regionRange(regionCode))),
    );
  }

  /** A project's findings, ordered by id. */
  async listByProject(projectId: string, args: FindingListArgs): Promise<FindingConnectionParent> {
    const first = clampFirst(args.first);
    const after = decodeCursor(args.after, 1) as [string] | null;
    const filtered = () => {
      const q = this.knex('findings').where('project_id', projectId);
      if (args.status) q.where('status', args.status);
      return q;
    };
    const page = filtered();
    if (after) page.andWhere('id', '>', after[0]);
    const rows: FindingRow[] = await page.orderBy('id').limit(first + 1);
    this.prime(rows);
    return toConnection(rows, first, (r) => [r.id], () => this.count(filtered()));
  }

  /**
   * Findings about a fund project (or one of its payments), within `visible` region codes
   * (null: all). Every project of one gateway fetch in one statement; a project has few
   * findings, so each connection pages through its own in memory.
   */
  async listByFundProject(
    fundProjectId: string,
    visible: [string, string] | null,
    args: FindingListArgs,
  ): Promise<FindingConnectionParent> {
    const first = clampFirst(args.first);
    const after = decodeCursor(args.after, 1) as [string] | null;
    const all = (await this.fundProjectLoader(visible).load(fundProjectId)).filter(
      (r) => !args.status || r.status === args.status,
    );
    const rows = after ? all.filter((r) => r.id > after[0]) : all;
    return toConnection(rows.slice(0, first + 1), first, (r) => [r.id], () => Promise.resolve(all.length));
  }

  private fundProjectLoader(visible: [string, string] | null): DataLoader<string, FindingRow[]> {
    const key = visible ? visible.join('-') : '*';
    let loader = this.byFundProjectIn.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const q = this.knex('findings').whereIn('fund_project_id', ids as string[]);
        if (visible) q.whereBetween('region_code', visible);
        const rows: FindingRow[] = await q.orderBy([{ column: 'fund_project_id' }, { column: 'id' }]);
        this.prime(rows);
        const grouped = new Map<string, FindingRow[]>(ids.map((id) => [id, []]));
        for (const row of rows) grouped.get(row.fund_project_id as string)?.push(row);
        return ids.map((id) => grouped.get(id) ?? []);
      });
      this.byFundProjectIn.set(key, loader);
    }
    return loader;
  }

  /** Records a finding (OPEN) in one transaction; see insertFinding. */
  async record(finding: NewFinding): Promise<FindingRow> {
    const row = await retryOnCollision(() => this.knex.transaction((trx) => insertFinding(trx, finding, new Date())));
    this.byId.clear(row.id).prime(row.id, row);
    return row;
  }

  /**
   * Adds a verified rectification and moves the finding on (status rules in
   * workflow/status-rules.ts), in one transaction; the status update is conditional on the
   * status read, so a concurrent change makes it fail rather than overwrite.
   */
  async addRectification(input: NewRectification): Promise<FindingRow> {
    const row = await this.knex.transaction(async (trx) => {
      const finding = await lockFinding(trx, input.findingId);
      const status = nextFindingStatus(finding.status, input.completes ? 'COMPLETE_RECTIFICATION' : 'RECTIFY');
      const now = toStoreDateTime(new Date());
      await trx('rectifications').insert({
        id: randomUUID(),
        finding_id: finding.id,
        action_taken: input.actionTaken,
        money_recovered: input.moneyRecovered,
        evidence: input.evidence,
        completes: input.completes,
        verified_by: input.verifiedBy,
        verified_at: now,
      });
      await updateFromStatus(trx, finding, {
        status,
        recovered_amount: Number(finding.recovered_amount) + input.moneyRecovered,
      });
      return { ...finding, status, recovered_amount: Number(finding.recovered_amount) + input.moneyRecovered };
    });
    this.byId.clear(row.id).prime(row.id, row);
    this.rectificationsByFinding.clear(row.id);
    return row;
  }

  /** Closes a RECTIFIED finding. */
  async close(findingId: string, closedBy: string, note: string): Promise<FindingRow> {
    const row = await this.knex.transaction(async (trx) => {
      const finding = await lockFinding(trx, findingId);
      const status = nextFindingStatus(finding.status, 'CLOSE');
      const changes = { status, closed_by: closedBy, closed_at: toStoreDateTime(new Date()), closing_note: note };
      await updateFromStatus(trx, finding, changes);
      return { ...finding, ...changes };
    });
    this.byId.clear(row.id).prime(row.id, row);
    return row;
  }

  private prime(rows: FindingRow[]): void {
    for (const row of rows) this.byId.prime(row.id, row);
  }

  private async count(query: Knex.QueryBuilder): Promise<number> {
    const [{ n }] = await query.clone().clearSelect().clearOrder().count({ n: '*' });
    return Number(n);
  }
}

/** Reads a finding inside a write transaction (FOR UPDATE on MySQL; SQLite has one writer). */
async function lockFinding(trx: Knex.Transaction, id: string): Promise<FindingRow> {
  const query = trx('findings').where({ id });
  const finding: FindingRow | undefined = await (trx.client.config.client !== 'better-sqlite3' ? query.forUpdate() : query).first();
  if (!finding) throw notFound(`Finding ${id}`);
  return finding;
}

async function updateFromStatus(trx: Knex.Transaction, finding: FindingRow, changes: Partial<FindingRow>): Promise<void> {
  const updated = await trx('findings').where({ id: finding.id, status: finding.status }).update(changes);
  if (updated !== 1) throw new Error(`finding ${finding.id} changed status while it was being updated`);
}

/**
 * Inserts one OPEN finding inside `trx`: numbered per county and year (`审发〔2017〕431002-0003`,
 * id `FND-431002-2017-0003`), flagged as a repeat when an earlier finding of the same type names
 * the same subject (or, without one, the same region). Used by recordFinding, confirmAlert and
 * the seed.
 */
export async function insertFinding(trx: Knex.Transaction, finding: NewFinding, at: Date): Promise<FindingRow> {
  const year = at.getUTCFullYear();
  const county = finding.regionCode.slice(0, 6);
  const [{ n }] = await trx('findings')
    .whereBetween('region_code', regionRange(county))
    .andWhereBetween('recorded_at', [`${year}-01-01`, `${year}-12-31 23:59:59.999`])
    .count({ n: '*' });
  const seq = String(Number(n) + 1).padStart(4, '0');
  const earlier = trx('findings').where('type', finding.type);
  if (finding.subject) earlier.where({ subject_type: finding.subject.type, subject_id: finding.subject.id });
  else earlier.where({ region_code: finding.regionCode }).whereNull('subject_type');
  const repeat = await earlier.select('id').first();
  const row: FindingRow = {
    id: `FND-${county}-${year}-${seq}`,
    ref_no: `审发〔${year}〕${county}-${seq}`,
    project_id: finding.projectId,
    region_code: finding.regionCode,
    subject_type: finding.subject?.type ?? null,
    subject_id: finding.subject?.id ?? null,
    fund_project_id: finding.fundProjectId,
    type: finding.type,
    severity: finding.severity,
    criteria: finding.criteria,
    condition_text: finding.condition,
    cause: finding.cause,
    effect: finding.effect,
    recommendation: finding.recommendation,
    questioned_amount: finding.questionedAmount,
    recovered_amount: 0,
    status: 'OPEN',
    rectification_due: finding.rectificationDue,
    is_repeat: repeat !== undefined,
    alert_id: finding.alertId,
    recorded_by: finding.recordedBy,
    recorded_at: toStoreDateTime(at),
    closed_by: null,
    closed_at: null,
    closing_note: null,
  };
  await trx('findings').insert(row);
  return row;
}
