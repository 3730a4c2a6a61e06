import { randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { toStoreDateTime } from '../../../../lib/scalars';
import type { ComparisonRunRow } from './rows';

export interface NewComparisonRun {
  rule: string;
  ruleVersion: number;
  regionCode: string;
  from: string;
  to: string;
  startedBy: string;
}

export interface RunEnd {
  status: 'DONE' | 'FAILED';
  rowsRead: number;
  alertsRaised: number;
  /** Why a FAILED run stopped, in words a client may see. */
  failure?: string;
}

/** The record of comparison runs: who ran which rule version over what, and what it found. */
export class ComparisonRunSource {
  private readonly byId: DataLoader<string, ComparisonRunRow | null>;

  constructor(private readonly knex: Knex) {
    this.byId = new DataLoader(async (ids) => {
      const rows: ComparisonRunRow[] = await this.knex('comparison_runs').whereIn('id', ids as string[]);
      const found = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => found.get(id) ?? null);
    });
  }

  get(id: string): Promise<ComparisonRunRow | null> {
    return this.byId.load(id);
  }

  /** Records the start of a run (RUNNING), so a run that dies half-way is still on record. */
  async start(run: NewComparisonRun): Promise<ComparisonRunRow> {
    const row: ComparisonRunRow = {
      id: randomUUID(),
      rule: run.rule,
      rule_version: run.ruleVersion,
      region_code: run.regionCode,
      period_from: run.from,
      period_to: run.to,
      status: 'RUNNING',
      rows_read: 0,
      alerts_raised: 0,
      started_by: run.startedBy,
      started_at: toStoreDateTime(new Date()),
      failure: null,
      finished_at: null,
    };
    await this.knex('comparison_runs').insert(row);
    return row;
  }

  async finish(run: ComparisonRunRow, end: RunEnd): Promise<ComparisonRunRow> {
    const changes = {
      status: end.status,
      rows_read: end.rowsRead,
      alerts_raised: end.alertsRaised,
      failure: end.failure ?? null,
      finished_at: toStoreDateTime(new Date()),
    };
    await this.knex('comparison_runs').where({ id: run.id }).update(changes);
    const row = { ...run, ...changes };
    this.byId.clear(run.id).prime(run.id, row);
    return row;
  }
}
