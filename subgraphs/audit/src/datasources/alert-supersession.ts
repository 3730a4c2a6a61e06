import type { Knex } from 'knex';
import { nextAlertStatus } from '../workflow/status-rules';
import type { AlertRow, AlertStatus, SubjectRef } from './rows';

/**
 * A newer version of a rule supersedes the alerts its older versions raised on the same subject,
 * so that an auditor sees one current alert per rule and subject, and keeps the work done on the
 * older one:
 * - the newer version flags the subject again: its alert names the one it supersedes, the older
 *   one names its successor. An older NEW alert becomes SUPERSEDED (its clue is the newer one's
 *   now); a decided one keeps its status, since CONFIRMED and DISMISSED are final and the
 *   decision stays on record (status-rules.ts). The decision is carried to the newer alert when
 *   that is safe (carriesDecision).
 * - the newer version reads the payment and no longer flags it (it was reversed, say): nothing is
 *   raised, and the older alert is superseded without a successor: NEW becomes SUPERSEDED, so it
 *   leaves the auditors' queue instead of waiting there for ever; a decided one keeps its
 *   decision (and a confirmed one its finding, whose own workflow decides what follows) and says
 *   which run of which version no longer flags it.
 * Every older alert is superseded once (superseded_at), by the first run of a newer version
 * that reads its subject; a re-run finds nothing left to supersede.
 */

export interface Supersession {
  readonly runId: string;
  readonly rule: string;
  readonly ruleVersion: number;
  /** The store time of the batch. */
  readonly at: string;
}

/** The query, locking the rows it reads on MariaDB (SQLite has one writer: the transaction is alone). */
export function locking(trx: Knex.Transaction, query: Knex.QueryBuilder): Knex.QueryBuilder {
  return trx.client.config.client !== 'better-sqlite3' ? query.forUpdate() : query;
}

/**
 * Links the current version's alerts on `subjects` (raised by this batch or by an earlier run of
 * the version) to the older versions' alerts on the same subjects that nothing superseded yet.
 * Runs in the batch's transaction, after its insert.
 */
export async function supersedeEarlier(trx: Knex.Transaction, s: Supersession, subjects: readonly SubjectRef[]): Promise<void> {
  const idsByType = new Map<SubjectRef['type'], string[]>();
  for (const subject of subjects) idsByType.set(subject.type, [...(idsByType.get(subject.type) ?? []), subject.id]);
  for (const [type, ids] of idsByType) {
    const current: AlertRow[] = await locking(
      trx,
      trx('alerts').where({ rule: s.rule, rule_version: s.ruleVersion, subject_type: type }).whereIn('subject_id', ids).whereNull('supersedes_id'),
    );
    if (!current.length) continue;
    const earlier: AlertRow[] = await locking(
      trx,
      trx('alerts')
        .where({ rule: s.rule, subject_type: type })
        .where('rule_version', '<', s.ruleVersion)
        .whereIn('subject_id', current.map((a) => a.subject_id))
        .whereNull('superseded_at')
        .orderBy([{ column: 'rule_version', order: 'desc' }, { column: 'id' }]),
    );
    for (const alert of current) {
      const older = earlier.filter((e) => e.subject_id === alert.subject_id);
      if (older.length) await link(trx, s, alert, older);
    }
  }
}

/** `older` newest version first: the newer alert supersedes the newest, and replaces them all. */
async function link(trx: Knex.Transaction, s: Supersession, newer: AlertRow, older: readonly AlertRow[]): Promise<void> {
  for (const alert of older) {
    await updateExactly(trx, alert, {
      status: supersededStatus(alert.status),
      superseded_by_id: newer.id,
      superseded_by_run_id: s.runId,
      superseded_at: s.at,
    });
  }
  const [latest] = older;
  const decision: Partial<AlertRow> = carriesDecision(latest, newer)
    ? {
        status: latest.status,
        decided_by: latest.decided_by,
        decided_at: latest.decided_at,
        note: latest.note,
        finding_id: latest.finding_id,
        decision_carried: true,
      }
    : {};
  await updateExactly(trx, newer, { supersedes_id: latest.id, ...decision });
}

/**
 * Whether the auditor's decision on the older alert holds for the newer one. Confirming and
 * dismissing are final, and each was decided on what the alert showed: its evidence and the
 * amount a finding questions. When the newer version shows exactly that, it is the same clue,
 * already decided: the decision carries, with the confirming auditor, time and note, and a
 * confirmed alert's finding (the finding is on the subject and its rectification goes on;
 * confirming again would open a second finding on the same payment). When the evidence or the
 * amount differs, no one has judged what the newer version sees (e.g. another first payment of a
 * duplicate): carrying a dismissal would bury a clue, carrying a confirmation would stand behind
 * a condition no one verified. The newer alert then stays NEW, linked, so the auditor sees the
 * earlier decision and note and decides again. A NEW older alert has no decision to carry, and a
 * newer alert someone already decided keeps its own.
 */
export function carriesDecision(older: AlertRow, newer: AlertRow): boolean {
  return (
    newer.status === 'NEW' &&
    (older.status === 'CONFIRMED' || older.status === 'DISMISSED') &&
    older.evidence === newer.evidence &&
    Number(older.questioned_amount) === Number(newer.questioned_amount)
  );
}

/** NEW leaves the queue; a decision is final and stays. */
function supersededStatus(status: AlertStatus): AlertStatus {
  return status === 'NEW' ? nextAlertStatus(status, 'SUPERSEDE') : status;
}

/**
 * The older versions' alerts on `paymentIds` that nothing superseded yet: those of payments the
 * run then does not flag are superseded without a successor at the end of the period (retire).
 */
export async function earlierOnPayments(knex: Knex, rule: string, ruleVersion: number, paymentIds: readonly string[]): Promise<Array<Pick<AlertRow, 'id' | 'subject_id'>>> {
  if (!paymentIds.length) return [];
  return knex('alerts')
    .select('id', 'subject_id')
    .where({ rule, subject_type: 'PAYMENT' })
    .where('rule_version', '<', ruleVersion)
    .whereIn('subject_id', paymentIds)
    .whereNull('superseded_at');
}

/** Supersedes older alerts without a successor (their subject is no longer flagged); skips any superseded meanwhile. */
export async function retire(trx: Knex.Transaction, s: Pick<Supersession, 'runId' | 'at'>, alertIds: readonly string[]): Promise<void> {
  const still = () => trx('alerts').whereIn('id', alertIds).whereNull('superseded_at');
  const superseded = { superseded_by_run_id: s.runId, superseded_at: s.at };
  await still().where('status', 'NEW').update({ ...superseded, status: supersededStatus('NEW') });
  await still().update(superseded);
}

/** An update of a row read (and locked) in this transaction; anything else changing it is a bug. */
async function updateExactly(trx: Knex.Transaction, alert: AlertRow, changes: Partial<AlertRow>): Promise<void> {
  const updated = await trx('alerts').where({ id: alert.id, status: alert.status }).update(changes);
  if (updated !== 1) throw new Error(`alert ${alert.id} changed while a comparison run superseded it`);
}
