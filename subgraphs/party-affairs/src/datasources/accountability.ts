import { randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { badUserInput } from '../../../../lib/errors';
import { toStoreDateTime } from '../../../../lib/scalars';
import type { BaseContext } from '../../../../lib/subgraph/context';
import type { BasisChecker } from './basis-checker';
import type { AccountabilityActionRow, OfficialRow } from './rows';
import { todayUtc } from './today';

export const ACCOUNTABILITY_MEASURES = ['CRITICISM', 'ADMONITION', 'WARNING', 'SERIOUS_WARNING', 'DEMOTION', 'REMOVAL'] as const;
export type AccountabilityMeasure = (typeof ACCOUNTABILITY_MEASURES)[number];

export interface RecordActionFields {
  reason: string;
  measure: AccountabilityMeasure;
  decidedAt: string;
  findingId?: string | null;
  complaintId?: string | null;
}

/** An action with its official's region, so readers can be limited to what their scope covers. */
export type ActionWithRegion = AccountabilityActionRow & { official_region_code: string };

type ActionColumn = 'official_id' | 'finding_id' | 'complaint_id';

const MAX_REASON = 4_000;

/** Accountability actions, listed by official, finding or complaint: one statement per batch each. */
export class AccountabilitySource {
  private readonly byOfficial: DataLoader<string, ActionWithRegion[]>;
  private readonly byFinding: DataLoader<string, ActionWithRegion[]>;
  private readonly byComplaint: DataLoader<string, ActionWithRegion[]>;

  constructor(
    private readonly knex: Knex,
    private readonly ctx: BaseContext,
    private readonly bases: BasisChecker,
  ) {
    this.byOfficial = new DataLoader((ids) => this.loadBy('official_id', ids as string[]));
    this.byFinding = new DataLoader((ids) => this.loadBy('finding_id', ids as string[]));
    this.byComplaint = new DataLoader((ids) => this.loadBy('complaint_id', ids as string[]));
  }

  private async loadBy(column: ActionColumn, ids: string[]): Promise<ActionWithRegion[][]> {
    const rows: ActionWithRegion[] = await this.knex('accountability_actions as a')
      .join('officials as o', 'o.id', 'a.official_id')
      .select('a.*', 'o.region_code as official_region_code')
      .whereIn(`a.${column}`, ids)
      .orderBy([
        { column: 'a.decided_at', order: 'desc' },
        { column: 'a.recorded_at', order: 'desc' },
        { column: 'a.id', order: 'asc' },
      ]);
    const grouped = new Map<string, ActionWithRegion[]>(ids.map((id) => [id, []]));
    for (const row of rows) grouped.get(row[column] as string)?.push(row);
    return ids.map((id) => grouped.get(id) ?? []);
  }

  ofOfficial(officialId: string): Promise<ActionWithRegion[]> {
    return this.byOfficial.load(officialId);
  }

  ofFinding(findingId: string): Promise<ActionWithRegion[]> {
    return this.byFinding.load(findingId);
  }

  ofComplaint(complaintId: string): Promise<ActionWithRegion[]> {
    return this.byComplaint.load(complaintId);
  }

  async record(official: OfficialRow, fields: RecordActionFields): Promise<AccountabilityActionRow> {
    const findingId = fields.findingId?.trim() || null;
    const complaintId = fields.complaintId?.trim() || null;
    if ((findingId === null) === (complaintId === null)) {
      throw badUserInput('Give exactly one of findingId and complaintId: the finding or the complaint the decision is based on');
    }
    const reason = fields.reason.trim();
    if (!reason || reason.length > MAX_REASON) throw badUserInput(`reason must be 1 to ${MAX_REASON} characters`);
    if (fields.decidedAt > todayUtc()) throw badUserInput(`decidedAt ${fields.decidedAt} is in the future; record a decision once it is taken`);
    // A wrong id would record an action whose basis resolves to nothing.
    if (findingId !== null) await this.bases.requireExists('Finding', findingId);
    else await this.bases.requireExists('Complaint', complaintId!);
    const row: AccountabilityActionRow = {
      id: randomUUID(),
      official_id: official.id,
      reason,
      measure: fields.measure,
      decided_at: fields.decidedAt,
      finding_id: findingId,
      complaint_id: complaintId,
      recorded_by: this.ctx.principal.sub ?? 'unknown',
      recorded_at: toStoreDateTime(new Date()),
    };
    await this.knex('accountability_actions').insert(row);
    return row;
  }
}
