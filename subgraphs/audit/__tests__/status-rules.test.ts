import { GraphQLError } from 'graphql';
import { nextAlertStatus, nextFindingStatus, type FindingEvent } from '../src/workflow/status-rules';
import type { FindingStatus } from '../src/datasources/rows';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return err instanceof GraphQLError ? String(err.extensions.code) : 'not a GraphQLError';
  }
  return undefined;
}

describe('finding status rules', () => {
  const table: Array<[FindingStatus, FindingEvent, FindingStatus | 'INVALID_TRANSITION']> = [
    ['OPEN', 'RECTIFY', 'RECTIFYING'],
    ['RECTIFYING', 'RECTIFY', 'RECTIFYING'],
    ['RECTIFIED', 'RECTIFY', 'INVALID_TRANSITION'],
    ['CLOSED', 'RECTIFY', 'INVALID_TRANSITION'],
    ['OPEN', 'COMPLETE_RECTIFICATION', 'RECTIFIED'],
    ['RECTIFYING', 'COMPLETE_RECTIFICATION', 'RECTIFIED'],
    ['RECTIFIED', 'COMPLETE_RECTIFICATION', 'INVALID_TRANSITION'],
    ['CLOSED', 'COMPLETE_RECTIFICATION', 'INVALID_TRANSITION'],
    ['OPEN', 'CLOSE', 'INVALID_TRANSITION'],
    ['RECTIFYING', 'CLOSE', 'INVALID_TRANSITION'],
    ['RECTIFIED', 'CLOSE', 'CLOSED'],
    ['CLOSED', 'CLOSE', 'INVALID_TRANSITION'],
  ];
  it.each(table)('%s + %s → %s', (from, event, expected) => {
    if (expected === 'INVALID_TRANSITION') expect(codeOf(() => nextFindingStatus(from, event))).toBe('INVALID_TRANSITION');
    else expect(nextFindingStatus(from, event)).toBe(expected);
  });

  it('says what the finding must be in', () => {
    expect(() => nextFindingStatus('OPEN', 'CLOSE')).toThrow('Cannot close a finding that is OPEN; it must be RECTIFIED');
  });
});

describe('alert status rules', () => {
  it('triages only NEW alerts', () => {
    expect(nextAlertStatus('NEW', 'CONFIRM')).toBe('CONFIRMED');
    expect(nextAlertStatus('NEW', 'DISMISS')).toBe('DISMISSED');
    for (const from of ['CONFIRMED', 'DISMISSED', 'SUPERSEDED'] as const) {
      expect(codeOf(() => nextAlertStatus(from, 'CONFIRM'))).toBe('INVALID_TRANSITION');
      expect(codeOf(() => nextAlertStatus(from, 'DISMISS'))).toBe('INVALID_TRANSITION');
    }
  });

  it('supersedes only NEW alerts: a decision is final', () => {
    expect(nextAlertStatus('NEW', 'SUPERSEDE')).toBe('SUPERSEDED');
    for (const from of ['CONFIRMED', 'DISMISSED', 'SUPERSEDED'] as const) {
      expect(codeOf(() => nextAlertStatus(from, 'SUPERSEDE'))).toBe('INVALID_TRANSITION');
    }
  });

  it('sends the triage of a SUPERSEDED alert to its successor', () => {
    expect(() => nextAlertStatus('SUPERSEDED', 'CONFIRM')).toThrow(
      'Cannot confirm an alert that is already SUPERSEDED; a newer version of its rule superseded it; triage the alert named by its supersededBy, if any',
    );
  });
});
