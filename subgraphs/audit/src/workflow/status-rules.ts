import { invalidTransition } from '../../../../lib/errors';
import type { AlertStatus, FindingStatus } from '../datasources/rows';

/**
 * Every status change of a finding or an alert is decided here and nowhere else, so the rules
 * the SDL describes are the rules the code enforces:
 *
 *   finding: OPEN ─rectify→ RECTIFYING ─rectify→ RECTIFYING
 *            OPEN | RECTIFYING ─complete→ RECTIFIED ─close→ CLOSED (final)
 *   alert:   NEW ─confirm→ CONFIRMED,  NEW ─dismiss→ DISMISSED (both final)
 */

export type FindingEvent = 'RECTIFY' | 'COMPLETE_RECTIFICATION' | 'CLOSE';
export type AlertEvent = 'CONFIRM' | 'DISMISS';

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
};

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
    throw invalidTransition(
      `Cannot ${event === 'CONFIRM' ? 'confirm' : 'dismiss'} an alert that is already ${current}; only NEW alerts are triaged`,
      { from: current, event },
    );
  }
  return next;
}
