import { createHash } from 'node:crypto';
import { villagesUnder } from '../../../lib/regions/divisions';
import { demoComplaints } from '../seeds/demo-complaints';

/**
 * The demo complaints are built as submitComplaint builds a submission and taken through the
 * steps as the store takes them (the same functions), and they must stay what the tests
 * through the gateway count on: byte for byte.
 */

const SECRET = 'test-person-key-secret-0123456789abcdef';

describe('demo complaints', () => {
  it('are the same bytes as before the seed shared submitComplaint\'s and the store\'s builders', () => {
    // sha256 of the JSON of every Chenzhou demo complaint, taken before the change; it moves
    // only when lib/demo's people, payments or officials change on purpose.
    const json = JSON.stringify(demoComplaints(SECRET, villagesUnder('4310')));
    expect([json.length, createHash('sha256').update(json).digest('hex')]).toEqual([
      2_384_714,
      '6d5fd795e71307596288dfce6b31f57d1d897a6e614138955eebd39895889c71',
    ]);
  });

  it('reach every status in 北湖区', () => {
    const counts: Record<string, number> = {};
    for (const c of demoComplaints(SECRET, villagesUnder('431002'))) counts[c.row.status] = (counts[c.row.status] ?? 0) + 1;
    expect(counts).toEqual({ SUBMITTED: 3, REJECTED: 5, ACCEPTED: 5, ASSIGNED: 8, TRANSFERRED: 2, REPLIED: 8, UNDER_REVIEW: 1, CLOSED: 29 });
  });

  it('carry a reviewed and closed complaint with its whole timeline', () => {
    const complaint = demoComplaints(SECRET, villagesUnder('431002008')).find((c) => c.row.id === 'CMP-2017-431002008008-1')!;
    expect(complaint.row).toEqual({
      id: 'CMP-2017-431002008008-1',
      version: 9,
      status: 'CLOSED',
      category: 'DISCLOSURE',
      region_code: '431002008008',
      subject_type: null,
      subject_id: null,
      content: '低保名单没有按规定公示。',
      allow_publish: false,
      anonymous: false,
      contact_name: '何秀',
      contact_phone: '13913691725',
      person_key: '6e0e6cc64b76c112a15aa43864fbec9fb536aae60c5b7af48b587cc08f884bd9',
      masked_id_number: '431002********0517',
      query_code_hash: '522a25e811e5dc1bd7ed235df3234501425095194173a28688c54b7df60b62a7',
      query_code_salt: 'eb64f193fda0a6240419b6f5f54df68e',
      idempotency_key: 'seed-CMP-2017-431002008008-1',
      request_fingerprint: '3ef61dccf482f535dcd8a9caffdc322fd07223d6fd907a5ef745e46ddfa0f6be',
      submitted_at: '2017-02-21 04:57:00.000',
      submitted_date: '2017-02-21',
      accept_due_date: '2017-03-08',
      accepted_at: '2017-03-08 06:57:00.000',
      reply_due_date: '2017-05-08',
      extension_days: 0,
      assigned_department: '县财政局',
      due_date: null,
      replied_at: '2017-05-12 16:57:00.000',
      first_replied_at: '2017-04-17 10:57:00.000',
      replied_on_time: true,
      reply: '复查后维持原处理意见。',
      substantiated: false,
      satisfaction: 'BASICALLY_SATISFIED',
      review_requested_at: '2017-04-27 14:57:00.000',
      closed_at: '2017-06-01 18:57:00.000',
    });
    const staff = 'demo-complaints-staff-431002';
    expect(complaint.events.map((e) => [e.seq, e.at, e.action, e.from_status, e.to_status, e.actor_kind, e.actor_sub, e.note])).toEqual([
      [1, '2017-02-21 04:57:00.000', 'SUBMIT', null, 'SUBMITTED', 'SUBMITTER', null, null],
      [2, '2017-03-08 06:57:00.000', 'ACCEPT', 'SUBMITTED', 'ACCEPTED', 'OFFICE', staff, null],
      [3, '2017-03-12 07:57:00.000', 'ASSIGN', 'ACCEPTED', 'ASSIGNED', 'OFFICE', staff, '县财政局'],
      [4, '2017-04-17 10:57:00.000', 'REPLY', 'ASSIGNED', 'REPLIED', 'OFFICE', staff, 'not substantiated'],
      [5, '2017-04-22 13:57:00.000', 'RATE', 'REPLIED', 'REPLIED', 'SUBMITTER', null, 'DISSATISFIED'],
      [6, '2017-04-27 14:57:00.000', 'REQUEST_REVIEW', 'REPLIED', 'UNDER_REVIEW', 'SUBMITTER', null, '对处理结果不满意，请求复查。'],
      [7, '2017-05-12 16:57:00.000', 'REPLY', 'UNDER_REVIEW', 'REPLIED', 'OFFICE', staff, 'not substantiated'],
      [8, '2017-05-21 16:57:00.000', 'RATE', 'REPLIED', 'REPLIED', 'SUBMITTER', null, 'BASICALLY_SATISFIED'],
      [9, '2017-06-01 18:57:00.000', 'CLOSE', 'REPLIED', 'CLOSED', 'OFFICE', staff, null],
    ]);
    expect(complaint.events.every((e) => e.complaint_id === 'CMP-2017-431002008008-1')).toBe(true);
  });
});
