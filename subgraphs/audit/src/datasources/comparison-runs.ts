import { randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { toStoreDateTime } from '../../../../lib/scalars';
import type { ComparisonRunRow } from './rows';

/** The process that runs a comparison: runs live in its memory and die with it. */
export interface RunOwner {
  readonly host: string;
  readonly pid: number;
}

export interface NewComparisonRun {
  rule: string;
  ruleVersion: number;
  regionCode: string;
  from: string;
  to: string;
  startedBy: string;
  owner: RunOwner;
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

  /** The run as the store has it now, not as this request read it before. */
  reload(id: string): Promise<ComparisonRunRow | null> {
    return this.byId.clear(id).load(id);
  }

  /** Records the start of a run (RUNNING), so a run that dies half-way is still on record. */
  async start(run: NewComparisonRun): Promise<ComparisonRunRow> {
    const startedAt = toStoreDateTime(new Date());
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
      started_at: startedAt,
      failure: null,
      finished_at: null,
      owner_host: run.owner.host,
      owner_pid: run.owner.pid,
      heartbeat_at: startedAt,
    };
    await this.knex('comparison_runs').insert(row);
    return row;
  }

  /** Every run recorded RUNNING, whichever process runs it (few: runs end within minutes). */
  async listRunning(): Promise<ComparisonRunRow[]> {
    return this.knex('comparison_runs').where({ status: 'RUNNING' }).orderBy('started_at');
  }

  /** Says that the given runs, still RUNNING, are being worked on as of `at`. */
  async beat(ids: readonly string[], at: Date): Promise<void> {
    if (!ids.length) return;
    await this.knex('comparison_runs')
      .whereIn('id', ids)
      .where({ status: 'RUNNING' })
      .update({ heartbeat_at: toStoreDateTime(at) });
  }

  /**
   * Records a run whose process died as FAILED with `failure`, counting the alerts it raised
   * before it died (how many rows it had read died with it). Null when the run is no longer
   * RUNNING: another process recorded it first, or it ended after all.
   */
  async interrupt(run: ComparisonRunRow, failure: string, at: Date): Promise<ComparisonRunRow | null> {
    const [{ n }] = await this.knex('alerts').where({ run_id: run.id }).count({ n: '*' });
    const changes = { status: 'FAILED' as const, alerts_raised: Number(n), failure, finished_at: toStoreDateTime(at) };
    const updated = await this.knex('comparison_runs').where({ id: run.id, status: 'RUNNING' }).update(changes);
    if (!updated) return null;
    const row = { ...run, ...changes };
    this.byId.clear(run.id).prime(run.id, row);
    return row;
  }

  /**
   * Records how a run ended. Not conditional on RUNNING: a process that was stalled past the
   * heartbeat bound (and so recorded FAILED by another) but finished after all tells the truth.
   */
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
