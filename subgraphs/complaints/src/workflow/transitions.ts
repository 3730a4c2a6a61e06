import { invalidTransition } from '../../../../lib/errors';
import { toStoreDateTime } from '../../../../lib/scalars';
import type { ActorKind, ComplaintAction, ComplaintEventRow, ComplaintRow, ComplaintStatus, Satisfaction } from '../datasources/rows';
import {
  REVIEW_DAYS,
  REVIEW_WINDOW_DAYS,
  beijingDate,
  beijingDateOfStored,
  deadline,
  replyDueDate,
} from './deadlines';

/**
 * The complaint state machine (domain.md), the only place that decides whether a step is
 * allowed and what it changes:
 *
 *   SUBMITTED → ACCEPTED | REJECTED
 *   ACCEPTED → ASSIGNED | TRANSFERRED;  TRANSFERRED → ASSIGNED | TRANSFERRED | REPLIED
 *   ASSIGNED → TRANSFERRED | REPLIED
 *   REPLIED → CLOSED | UNDER_REVIEW (submitter, once, within 30 days);  UNDER_REVIEW → REPLIED
 *
 * plus steps that keep the status: an extension (once) while the reply is owed, and the
 * submitter's rating of a reply (once per reply). The store applies a plan atomically.
 */

/** A step keeps the status it found. */
const SAME = 'SAME' as const;

export interface TransitionRule {
  readonly from: readonly ComplaintStatus[];
  readonly to: ComplaintStatus | typeof SAME;
  readonly by: ActorKind;
}

export type StepAction = Exclude<ComplaintAction, 'SUBMIT'>;

export const INITIAL_STATUS: ComplaintStatus = 'SUBMITTED';

export const TRANSITIONS: Readonly<Record<StepAction, TransitionRule>> = {
  ACCEPT: { from: ['SUBMITTED'], to: 'ACCEPTED', by: 'OFFICE' },
  REJECT: { from: ['SUBMITTED'], to: 'REJECTED', by: 'OFFICE' },
  ASSIGN: { from: ['ACCEPTED', 'TRANSFERRED'], to: 'ASSIGNED', by: 'OFFICE' },
  TRANSFER: { from: ['ACCEPTED', 'ASSIGNED', 'TRANSFERRED'], to: 'TRANSFERRED', by: 'OFFICE' },
  EXTEND: { from: ['ACCEPTED', 'ASSIGNED', 'TRANSFERRED'], to: SAME, by: 'OFFICE' },
  REPLY: { from: ['ASSIGNED', 'TRANSFERRED', 'UNDER_REVIEW'], to: 'REPLIED', by: 'OFFICE' },
  CLOSE: { from: ['REPLIED'], to: 'CLOSED', by: 'OFFICE' },
  RATE: { from: ['REPLIED', 'CLOSED'], to: SAME, by: 'SUBMITTER' },
  REQUEST_REVIEW: { from: ['REPLIED'], to: 'UNDER_REVIEW', by: 'SUBMITTER' },
};

/** Statuses in which the office owes a step (and a deadline runs). */
export const OPEN_STATUSES: readonly ComplaintStatus[] = ['SUBMITTED', 'ACCEPTED', 'ASSIGNED', 'TRANSFERRED', 'UNDER_REVIEW'];

export type StepCommand =
  | { action: 'ACCEPT' }
  | { action: 'REJECT'; reason: string }
  | { action: 'ASSIGN'; department: string }
  | { action: 'TRANSFER'; regionCode: string; reason: string }
  | { action: 'EXTEND'; days: number; reason: string }
  | { action: 'REPLY'; reply: string; substantiated: boolean }
  | { action: 'CLOSE' }
  | { action: 'RATE'; satisfaction: Satisfaction; comment: string | null }
  | { action: 'REQUEST_REVIEW'; reason: string };

export type ComplaintChanges = Partial<Omit<ComplaintRow, 'id' | 'version'>>;

export interface StepPlan {
  readonly from: ComplaintStatus;
  readonly to: ComplaintStatus;
  readonly changes: ComplaintChanges;
  readonly note: string | null;
}

/** Who takes a step: the office (with the staff member's token subject) or the submitter. */
export interface Actor {
  readonly kind: ActorKind;
  readonly sub: string | null;
}

/** A step taken on a row: the plan, the row after it and the event that records it on the timeline. */
export interface TakenStep {
  readonly plan: StepPlan;
  readonly next: ComplaintRow;
  readonly event: ComplaintEventRow;
}

const VERB: Record<StepAction, string> = {
  ACCEPT: 'accepted',
  REJECT: 'rejected',
  ASSIGN: 'assigned',
  TRANSFER: 'transferred',
  EXTEND: 'extended',
  REPLY: 'answered',
  CLOSE: 'closed',
  RATE: 'rated',
  REQUEST_REVIEW: 'sent to review',
};

/** The state a plan needs: the row as read, at the version the store will update. */
export type ComplaintState = Pick<
  ComplaintRow,
  'status' | 'accepted_at' | 'extension_days' | 'first_replied_at' | 'reply_due_date' | 'replied_at' | 'satisfaction' | 'review_requested_at'
>;

function refuse(action: StepAction, state: ComplaintState, why: string): never {
  throw invalidTransition(`A complaint that is ${state.status} cannot be ${VERB[action]}: ${why}`, {
    status: state.status,
    action,
  });
}

/**
 * Decides a step: throws INVALID_TRANSITION when the complaint's state does not allow it,
 * otherwise returns the new status, the column changes and the timeline note.
 */
export function planStep(state: ComplaintState, command: StepCommand, now: Date): StepPlan {
  const rule = TRANSITIONS[command.action];
  if (!rule.from.includes(state.status)) {
    refuse(command.action, state, `this step applies only to ${rule.from.join(' or ')} complaints`);
  }
  const to = rule.to === SAME ? state.status : rule.to;
  const at = toStoreDateTime(now);
  const today = beijingDate(now);
  const plan = (changes: ComplaintChanges, note: string | null): StepPlan => ({
    from: state.status,
    to,
    changes: { ...changes, status: to },
    note,
  });

  switch (command.action) {
    case 'ACCEPT': {
      const due = replyDueDate(today, 0);
      return plan({ accepted_at: at, reply_due_date: due, due_date: due }, null);
    }
    case 'REJECT':
      return plan({ due_date: null }, command.reason);
    case 'ASSIGN':
      return plan({ assigned_department: command.department }, command.department);
    case 'TRANSFER':
      return plan({ region_code: command.regionCode, assigned_department: null }, `to ${command.regionCode}: ${command.reason}`);
    case 'EXTEND': {
      if (state.extension_days > 0) refuse('EXTEND', state, `the reply deadline was already extended once, by ${state.extension_days} days`);
      const due = replyDueDate(beijingDateOfStored(state.accepted_at!), command.days);
      return plan({ extension_days: command.days, reply_due_date: due, due_date: due }, `+${command.days} days: ${command.reason}`);
    }
    case 'REPLY': {
      const first = state.first_replied_at === null;
      return plan(
        {
          reply: command.reply,
          substantiated: command.substantiated,
          replied_at: at,
          satisfaction: null,
          due_date: null,
          ...(first ? { first_replied_at: at, replied_on_time: today <= state.reply_due_date! } : {}),
        },
        command.substantiated ? 'substantiated' : 'not substantiated',
      );
    }
    case 'CLOSE':
      return plan({ closed_at: at, due_date: null }, null);
    case 'RATE':
      if (state.satisfaction !== null) refuse('RATE', state, `this reply was already rated ${state.satisfaction}`);
      return plan({ satisfaction: command.satisfaction }, command.comment ? `${command.satisfaction}: ${command.comment}` : command.satisfaction);
    case 'REQUEST_REVIEW': {
      if (state.review_requested_at !== null) refuse('REQUEST_REVIEW', state, 'a review may be asked for only once');
      const lastDay = deadline(beijingDateOfStored(state.replied_at!), REVIEW_WINDOW_DAYS);
      if (today > lastDay) refuse('REQUEST_REVIEW', state, `review could be asked for until ${lastDay}, ${REVIEW_WINDOW_DAYS} days after the reply`);
      return plan({ review_requested_at: at, due_date: deadline(today, REVIEW_DAYS) }, command.reason);
    }
  }
}

/**
 * Plans a step on a row (planStep) and builds what it writes: the next row (one version on) and
 * its timeline event. The store writes both in one transaction; the demo seed collects them.
 */
export function takeStep(row: ComplaintRow, command: StepCommand, actor: Actor, now: Date): TakenStep {
  const plan = planStep(row, command, now);
  const version = row.version + 1;
  return {
    plan,
    next: { ...row, ...plan.changes, version } as ComplaintRow,
    event: {
      complaint_id: row.id,
      seq: version,
      at: toStoreDateTime(now),
      action: command.action,
      from_status: plan.from,
      to_status: plan.to,
      actor_kind: actor.kind,
      actor_sub: actor.sub,
      note: plan.note,
    },
  };
}
