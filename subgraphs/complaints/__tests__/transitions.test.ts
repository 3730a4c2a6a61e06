import { COMPLAINT_STATUSES, type ComplaintStatus } from '../src/datasources/rows';
import { planStep, TRANSITIONS, type ComplaintState, type StepCommand } from '../src/workflow/transitions';

const NOW = new Date('2017-03-10T02:00:00.000Z'); // 10:00 in Beijing, a Friday

function state(status: ComplaintStatus, overrides: Partial<ComplaintState> = {}): ComplaintState {
  return {
    status,
    accepted_at: '2017-03-01 02:00:00.000',
    extension_days: 0,
    first_replied_at: null,
    reply_due_date: '2017-05-02',
    replied_at: '2017-03-08 02:00:00.000',
    satisfaction: null,
    review_requested_at: null,
    ...overrides,
  };
}

const COMMANDS: Record<keyof typeof TRANSITIONS, StepCommand> = {
  ACCEPT: { action: 'ACCEPT' },
  REJECT: { action: 'REJECT', reason: '不属于受理范围' },
  ASSIGN: { action: 'ASSIGN', department: '县民政局' },
  TRANSFER: { action: 'TRANSFER', regionCode: '431003', reason: '属地' },
  EXTEND: { action: 'EXTEND', days: 15, reason: '复杂' },
  REPLY: { action: 'REPLY', reply: '已处理', substantiated: true },
  CLOSE: { action: 'CLOSE' },
  RATE: { action: 'RATE', satisfaction: 'SATISFIED', comment: null },
  REQUEST_REVIEW: { action: 'REQUEST_REVIEW', reason: '不满意' },
};

/** The whole table, written out once more: a change to the state machine must change this too. */
const ALLOWED: Record<keyof typeof TRANSITIONS, Array<[ComplaintStatus, ComplaintStatus]>> = {
  ACCEPT: [['SUBMITTED', 'ACCEPTED']],
  REJECT: [['SUBMITTED', 'REJECTED']],
  ASSIGN: [['ACCEPTED', 'ASSIGNED'], ['TRANSFERRED', 'ASSIGNED']],
  TRANSFER: [['ACCEPTED', 'TRANSFERRED'], ['ASSIGNED', 'TRANSFERRED'], ['TRANSFERRED', 'TRANSFERRED']],
  EXTEND: [['ACCEPTED', 'ACCEPTED'], ['ASSIGNED', 'ASSIGNED'], ['TRANSFERRED', 'TRANSFERRED']],
  REPLY: [['ASSIGNED', 'REPLIED'], ['TRANSFERRED', 'REPLIED'], ['UNDER_REVIEW', 'REPLIED']],
  CLOSE: [['REPLIED', 'CLOSED']],
  RATE: [['REPLIED', 'REPLIED'], ['CLOSED', 'CLOSED']],
  REQUEST_REVIEW: [['REPLIED', 'UNDER_REVIEW']],
};

describe('the complaint state machine', () => {
  for (const [action, pairs] of Object.entries(ALLOWED) as Array<[keyof typeof TRANSITIONS, Array<[ComplaintStatus, ComplaintStatus]>]>) {
    for (const status of COMPLAINT_STATUSES) {
      const allowed = pairs.find(([from]) => from === status);
      if (allowed) {
        it(`${action} takes a ${status} complaint to ${allowed[1]}`, () => {
          const plan = planStep(state(status), COMMANDS[action], NOW);
          expect([plan.from, plan.to, plan.changes.status]).toEqual([status, allowed[1], allowed[1]]);
        });
      } else {
        it(`${action} refuses a ${status} complaint with INVALID_TRANSITION`, () => {
          expect(() => planStep(state(status), COMMANDS[action], NOW)).toThrow(
            expect.objectContaining({ extensions: expect.objectContaining({ code: 'INVALID_TRANSITION', status, action }) }),
          );
        });
      }
    }
  }

  it('says what the status allows when it refuses', () => {
    expect(() => planStep(state('SUBMITTED'), COMMANDS.CLOSE, NOW)).toThrow(
      'A complaint that is SUBMITTED cannot be closed: this step applies only to REPLIED complaints',
    );
  });

  it('starts the 60-day reply deadline at acceptance', () => {
    // 2017-03-10 + 60 days = 2017-05-09, a Tuesday.
    expect(planStep(state('SUBMITTED'), COMMANDS.ACCEPT, NOW).changes).toEqual({
      status: 'ACCEPTED',
      accepted_at: '2017-03-10 02:00:00.000',
      reply_due_date: '2017-05-09',
      due_date: '2017-05-09',
    });
  });

  it('extends once, from the acceptance date, and refuses a second extension', () => {
    // Accepted 2017-03-01: 60 + 15 days = 2017-05-15, a Monday.
    expect(planStep(state('ASSIGNED'), COMMANDS.EXTEND, NOW).changes).toEqual({
      status: 'ASSIGNED',
      extension_days: 15,
      reply_due_date: '2017-05-15',
      due_date: '2017-05-15',
    });
    expect(() => planStep(state('ASSIGNED', { extension_days: 15 }), COMMANDS.EXTEND, NOW)).toThrow(
      'A complaint that is ASSIGNED cannot be extended: the reply deadline was already extended once, by 15 days',
    );
  });

  it('records whether the first reply came in time, and keeps that through a review', () => {
    expect(planStep(state('ASSIGNED'), COMMANDS.REPLY, NOW).changes).toMatchObject({ replied_on_time: true, first_replied_at: '2017-03-10 02:00:00.000' });
    expect(planStep(state('ASSIGNED', { reply_due_date: '2017-03-09' }), COMMANDS.REPLY, NOW).changes).toMatchObject({ replied_on_time: false });
    const review = planStep(state('UNDER_REVIEW', { first_replied_at: '2017-03-08 02:00:00.000' }), COMMANDS.REPLY, NOW).changes;
    expect(review).not.toHaveProperty('first_replied_at');
    expect(review).not.toHaveProperty('replied_on_time');
    expect(review).toMatchObject({ satisfaction: null, replied_at: '2017-03-10 02:00:00.000' });
  });

  it('takes one rating per reply', () => {
    expect(planStep(state('CLOSED'), COMMANDS.RATE, NOW).note).toBe('SATISFIED');
    expect(() => planStep(state('REPLIED', { satisfaction: 'DISSATISFIED' }), COMMANDS.RATE, NOW)).toThrow(
      'A complaint that is REPLIED cannot be rated: this reply was already rated DISSATISFIED',
    );
  });

  it('allows a review once, up to 30 days after the reply, answered within 30 days', () => {
    // Replied 2017-03-08: the window ends 2017-04-07 (a Friday).
    const onLastDay = new Date('2017-04-07T15:00:00.000Z'); // 23:00 in Beijing
    expect(planStep(state('REPLIED'), COMMANDS.REQUEST_REVIEW, onLastDay).changes).toEqual({
      status: 'UNDER_REVIEW',
      review_requested_at: '2017-04-07 15:00:00.000',
      due_date: '2017-05-08',
    });
    expect(() => planStep(state('REPLIED'), COMMANDS.REQUEST_REVIEW, new Date('2017-04-07T16:00:00.000Z'))).toThrow(
      'review could be asked for until 2017-04-07, 30 days after the reply',
    );
    expect(() => planStep(state('REPLIED', { review_requested_at: '2017-03-09 02:00:00.000' }), COMMANDS.REQUEST_REVIEW, NOW)).toThrow(
      'a review may be asked for only once',
    );
  });
});
