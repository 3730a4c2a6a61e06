import { invalidTransition } from '../../../../lib/errors';
import type { AlertStatus, FindingStatus } from '../datasources/rows';

/**
 * Every status change of a finding or an alert is decided here and nowhere else, so the rules
 * the SDL describes are the rules the code enforces:
 *
 *   finding: OPEN ─rectify→ RECTIFYING ─rectify→ RECTIFYING
 *            OPEN | RECTIFYING ─complete→ RECTIFIED ─close→ CLOSED (final)
 *   alert:   NEW ─confirm→ CONFIRMED,  NEW ─dismiss→ DISMISSED (both final)
 *            NEW ─supersede→ SUPERSEDED (final; by a run of a newer rule version, never by a person)
 *
 * A decided alert (CONFIRMED, DISMISSED) keeps its status when a newer version supersedes it:
 * the decision was made and stays on record (alert-supersession.ts).
 */

export type FindingEvent = 'RECTIFY' | 'COMPLETE_RECTIFICATION' | 'CLOSE';
export type AlertEvent = 'CONFIRM' | 'DISMISS' | 'SUPERSEDE';

const FINDING_TRANSITIONS: Record<FindingEvent, Partial<Record<FindingStatus, FindingStatus>>> = {
  RECTIFY: { OPEN: 'RECTIFYING', RECTIFYING: 'RECTIFYING' },
  COMPLETE_RECTIFICATION: { OPEN: 'RECTIFIED', RECTIFYING: 'RECTIFIED' },
  CLOSE: { RECTIFIED: 'CLOSED' },
};

const FINDING_EVENT_WORDS: Record<FindingEvent, string> = {
  RECTIFY: 'record a rectification on',
  COMPLETE_RECTIFICATION: 'complete the rectification of',
  CLOSE: 'close',
};

const ALERT_TRANSITIONS: Record<AlertEvent, Partial<Record<AlertStatus, AlertStatus>>> = {
  CONFIRM: { NEW: 'CONFIRMED' },
  DISMISS: { NEW: 'DISMISSED' },
  SUPERSEDE: { NEW: 'SUPERSEDED' },
};

const ALERT_EVENT_WORDS: Record<AlertEvent, string> = { CONFIRM: 'confirm', DISMISS: 'dismiss', SUPERSEDE: 'supersede' };

/** Statuses in which a finding still counts as open (Region.openFindingCount). */
export const OPEN_FINDING_STATUSES: readonly FindingStatus[] = ['OPEN', 'RECTIFYING'];

/** The status a finding moves to; INVALID_TRANSITION when the event is not allowed from `current`. */
export function nextFindingStatus(current: FindingStatus, event: FindingEvent): FindingStatus {
  const next = FINDING_TRANSITIONS[event][current];
  if (!next) {
    const allowed = Object.keys(FINDING_TRANSITIONS[event]).join(' or ');
    throw invalidTransition(
      `Cannot ${FINDING_EVENT_WORDS[event]} a finding that is ${current}; it must be ${allowed}`,
      { from: current, event },
    );
  }
  return next;
}

/** The status an alert moves to; INVALID_TRANSITION unless it is NEW. */
export function nextAlertStatus(current: AlertStatus, event: AlertEvent): AlertStatus {
  const next = ALERT_TRANSITIONS[event][current];
  if (!next) {
    // A superseded alert's clue lives on in its successor, if any: say where to go instead.
    const instead =
      current === 'SUPERSEDED'
        ? 'a newer version of its rule superseded it; triage the alert named by its supersededBy, if any'
        : 'only NEW alerts are triaged';
    throw invalidTransition(`Cannot ${ALERT_EVENT_WORDS[event]} an alert that is already ${current}; ${instead}`, { from: current, event });
  }
  return next;
}
