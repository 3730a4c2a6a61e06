import { randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { notFound } from '../../../../lib/errors';
import { clampFirst, decodeCursor, toConnection, type Connection } from '../../../../lib/pagination';
import { regionRange } from '../../../../lib/region-range';
import { toStoreDateTime } from '../../../../lib/scalars';
import type { AlertCandidate } from '../rules/rule';
import { nextAlertStatus } from '../workflow/status-rules';
import { earlierOnPayments, locking, retire, supersedeEarlier } from './alert-supersession';
import { insertFinding, type NewFinding } from './findings';
import { underRegionAfter } from './keyset';
import type { AlertRow, AlertStatus, FindingRow } from './rows';
import { retryOnCollision } from './unique-retry';

export type AlertConnectionParent = Connection<AlertRow>;

export interface AlertListArgs {
  status?: AlertStatus | null;
  superseded?: boolean | null;
  first?: number | null;
  after?: string | null;
}

/** What confirming an alert writes besides the alert: the finding, built from the alert. */
export type FindingFromAlert = (alert: AlertRow) => Omit<NewFinding, 'alertId'>;

/**
 * Comparison alerts: batched lookups (by id; by payment, for Payment.alerts), keyset lists under
 * a region, raising (idempotent through the unique index on rule, version and subject, and
 * superseding the older versions' alerts: alert-supersession.ts) and triage, each one transaction.
 */
export class AlertSource {
  private readonly byId: DataLoader<string, AlertRow | null>;
  private readonly byPaymentIn = new Map<string, DataLoader<string, AlertRow[]>>();

  /**
   * `logReads` writes the access log of alerts read (an alert is personal detail: it names a
   * person by key and says what they were paid); one insert per list or batch of lookups.
   */
  constructor(
    private readonly knex: Knex,
    private readonly logReads: (rows: readonly AlertRow[]) => Promise<void>,
  ) {
    this.byId = new DataLoader(async (ids) => {
      const rows: AlertRow[] = await this.knex('alerts').whereIn('id', ids as string[]);
      await this.logReads(rows);
      const found = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => found.get(id) ?? null);
    });
  }

  get(id: string): Promise<AlertRow | null> {
    return this.byId.load(id);
  }

  /** Alerts on a payment within `visible` region codes (null: all); every payment of a fetch in one statement. */
  forPayment(paymentId: string, visible: [string, string] | null): Promise<AlertRow[]> {
    const key = visible ? visible.join('-') : '*';
    let loader = this.byPaymentIn.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const q = this.knex('alerts').where('subject_type', 'PAYMENT').whereIn('subject_id', ids as string[]);
        if (visible) q.whereBetween('region_code', visible);
        const rows: AlertRow[] = await q.orderBy([{ column: 'subject_id' }, { column: 'raised_at' }, { column: 'id' }]);
        await this.logReads(rows);
        const grouped = new Map<string, AlertRow[]>(ids.map((id) => [id, []]));
        for (const row of rows) {
          grouped.get(row.subject_id)?.push(row);
          this.byId.prime(row.id, row);
        }
        return ids.map((id) => grouped.get(id) ?? []);
      });
      this.byPaymentIn.set(key, loader);
    }
    return loader.load(paymentId);
  }

  /** Alerts on a region and everything under it, ordered by (region_code, id). */
  async listUnderRegion(regionCode: string, args: AlertListArgs): Promise<AlertConnectionParent> {
    const first = clampFirst(args.first);
    const after = decodeCursor(args.after, 2) as [string, string] | null;
    const filtered = () => {
      const q = this.knex('alerts');
      if (args.status) q.where('status', args.status);
      if (args.superseded === true) q.whereNotNull('superseded_at');
      if (args.superseded === false) q.whereNull('superseded_at');
      return q;
    };
    const rows: AlertRow[] = await underRegionAfter(filtered(), regionCode, after)
      .orderBy([{ column: 'region_code' }, { column: 'id' }])
      .limit(first + 1);
    for (const row of rows) this.byId.prime(row.id, row);
    await this.logReads(rows.slice(0, first));
    return toConnection(rows, first, (r) => [r.region_code, r.id], async () => {
      const [{ n }] = await filtered().whereBetween('region_code', regionRange(regionCode)).count({ n: '*' });
      return Number(n);
    });
  }

  /**
   * Raises a page of candidates, each chunk in one transaction: the insert skips a subject
   * already alerted by the same rule version (the unique index), so a re-run or a concurrent run
   * never doubles an alert; then the chunk's current-version alerts supersede the older
   * versions' alerts on their subjects (supersedeEarlier), so links and carried decisions are
   * written with the alerts or not at all. The run's count is taken from the rows that carry its
   * id (countRaised).
   */
  async raise(runId: string, rule: string, ruleVersion: number, candidates: readonly AlertCandidate[]): Promise<void> {
    if (!candidates.length) return;
    const raisedAt = toStoreDateTime(new Date());
    const rows = candidates.map((c) => ({
      id: randomUUID(),
      rule,
      rule_version: ruleVersion,
      subject_type: c.subject.type,
      subject_id: c.subject.id,
      person_key: c.personKey,
      region_code: c.regionCode,
      fund_project_id: c.fundProjectId,
      questioned_amount: c.questionedAmount,
      evidence: c.evidence,
      facts: JSON.stringify(c.facts),
      status: 'NEW',
      decided_by: null,
      decided_at: null,
      note: null,
      finding_id: null,
      run_id: runId,
      raised_at: raisedAt,
    }));
    const supersession = { runId, rule, ruleVersion, at: raisedAt };
    const size = 500;
    for (let i = 0; i < rows.length; i += size) {
      const chunk = rows.slice(i, i + size);
      // Months of one run write at the same time; a transaction InnoDB picks as a deadlock victim
      // rolled back whole and is safe to run again (subjects already alerted are skipped either way).
      await retryOnCollision(() =>
        this.knex.transaction(async (trx) => {
          await trx('alerts').insert(chunk).onConflict(['rule', 'rule_version', 'subject_type', 'subject_id']).ignore();
          await supersedeEarlier(trx, supersession, chunk.map((r) => ({ type: r.subject_type, id: r.subject_id })));
        }),
      );
    }
  }

  /** The older versions' alerts on these payments that nothing superseded yet (see alert-supersession.ts). */
  earlierOnPayments(rule: string, ruleVersion: number, paymentIds: readonly string[]): Promise<Array<Pick<AlertRow, 'id' | 'subject_id'>>> {
    return earlierOnPayments(this.knex, rule, ruleVersion, paymentIds);
  }

  /** Supersedes these older alerts without a successor: the run's version no longer flags their payments. */
  async retire(runId: string, alertIds: readonly string[]): Promise<void> {
    if (!alertIds.length) return;
    const supersession = { runId, at: toStoreDateTime(new Date()) };
    const size = 500;
    await retryOnCollision(() =>
      this.knex.transaction(async (trx) => {
        for (let i = 0; i < alertIds.length; i += size) await retire(trx, supersession, alertIds.slice(i, i + size));
      }),
    );
  }

  async countRaised(runId: string): Promise<number> {
    const [{ n }] = await this.knex('alerts').where('run_id', runId).count({ n: '*' });
    return Number(n);
  }

  /** How many older alerts a run superseded so far, with a successor or without. */
  async countSuperseded(runId: string): Promise<number> {
    const [{ n }] = await this.knex('alerts').where('superseded_by_run_id', runId).count({ n: '*' });
    return Number(n);
  }

  /**
   * Confirms a NEW alert and opens a finding on its subject, in one transaction: either both
   * are written or neither.
   */
  async confirm(id: string, decidedBy: string, note: string | null, findingOf: FindingFromAlert): Promise<AlertRow> {
    const row = await retryOnCollision(() =>
      this.knex.transaction(async (trx) => {
        const alert = await lockAlert(trx, id);
        const status = nextAlertStatus(alert.status, 'CONFIRM');
        const at = new Date();
        const finding: FindingRow = await insertFinding(trx, { ...findingOf(alert), alertId: alert.id }, at);
        const changes = { status, decided_by: decidedBy, decided_at: toStoreDateTime(at), note, finding_id: finding.id };
        await updateFromStatus(trx, alert, changes);
        return { ...alert, ...changes };
      }),
    );
    this.byId.clear(id).prime(id, row);
    return row;
  }

  async dismiss(id: string, decidedBy: string, note: string): Promise<AlertRow> {
    const row = await this.knex.transaction(async (trx) => {
      const alert = await lockAlert(trx, id);
      const status = nextAlertStatus(alert.status, 'DISMISS');
      const changes = { status, decided_by: decidedBy, decided_at: toStoreDateTime(new Date()), note };
      await updateFromStatus(trx, alert, changes);
      return { ...alert, ...changes };
    });
    this.byId.clear(id).prime(id, row);
    return row;
  }
}

async function lockAlert(trx: Knex.Transaction, id: string): Promise<AlertRow> {
  const alert: AlertRow | undefined = await locking(trx, trx('alerts').where({ id })).first();
  if (!alert) throw notFound(`Alert ${id}`);
  return alert;
}

async function updateFromStatus(trx: Knex.Transaction, alert: AlertRow, changes: Partial<AlertRow>): Promise<void> {
  const updated = await trx('alerts').where({ id: alert.id, status: alert.status }).update(changes);
  if (updated !== 1) throw new Error(`alert ${alert.id} changed status while it was being updated`);
}
