import { randomBytes } from 'node:crypto';
import { badUserInput } from '../../../../lib/errors';
import { toStoreDateTime } from '../../../../lib/scalars';
import type { ComplaintsContext } from '../context';
import type { ComplaintEventRow, ComplaintRow } from '../datasources/rows';
import { acceptDueDate, beijingDate } from './deadlines';
import { deriveQueryCode, hashQueryCode, newQueryCodeSalt, submissionFingerprint } from './query-code';
import { canonicalSubmission, checkSubmission, type Submission, type SubmitComplaintFields } from './submission';
import { INITIAL_STATUS } from './transitions';

export interface Receipt {
  readonly queryCode: string;
  readonly row: ComplaintRow;
}

function receiptOf(ctx: ComplaintsContext, row: ComplaintRow, fingerprint: string): Receipt {
  if (row.request_fingerprint !== fingerprint) {
    throw badUserInput(
      'This idempotencyKey was already used for a different complaint; use a new key for a new complaint',
      { field: 'idempotencyKey' },
    );
  }
  return { queryCode: deriveQueryCode(ctx.personKeySecret, row.query_code_salt, row.idempotency_key), row };
}

/** An id that says when the complaint came in, with 40 random bits so ids reveal no count. */
function newComplaintId(submittedDate: string): string {
  return `CMP-${submittedDate.replace(/-/g, '')}-${randomBytes(5).toString('hex').toUpperCase()}`;
}

/** What makes a complaint new besides what was submitted: its id, the salt of its query code, when it came in. */
export interface Arrival {
  readonly id: string;
  readonly salt: string;
  readonly at: Date;
}

/**
 * The row of a complaint just submitted (SUBMITTED, due to be accepted within the deadline):
 * the one place a checked submission becomes a row, for submitComplaint and the demo seed.
 */
export function newComplaintRow(
  secret: string,
  s: Submission,
  arrival: Arrival,
  fingerprint: string = submissionFingerprint(secret, canonicalSubmission(s)),
): ComplaintRow {
  const submittedDate = beijingDate(arrival.at);
  const acceptDue = acceptDueDate(submittedDate);
  return {
    id: arrival.id,
    version: 1,
    status: INITIAL_STATUS,
    category: s.category,
    region_code: s.regionCode,
    subject_type: s.subject?.type ?? null,
    subject_id: s.subject?.id ?? null,
    content: s.content,
    allow_publish: s.allowPublish,
    anonymous: s.anonymous,
    contact_name: s.contactName,
    contact_phone: s.contactPhone,
    person_key: s.personKey,
    masked_id_number: s.maskedIdNumber,
    query_code_hash: hashQueryCode(deriveQueryCode(secret, arrival.salt, s.idempotencyKey)),
    query_code_salt: arrival.salt,
    idempotency_key: s.idempotencyKey,
    request_fingerprint: fingerprint,
    submitted_at: toStoreDateTime(arrival.at),
    submitted_date: submittedDate,
    accept_due_date: acceptDue,
    accepted_at: null,
    reply_due_date: null,
    extension_days: 0,
    assigned_department: null,
    due_date: acceptDue,
    replied_at: null,
    first_replied_at: null,
    replied_on_time: null,
    reply: null,
    substantiated: null,
    satisfaction: null,
    review_requested_at: null,
    closed_at: null,
  };
}

/** The first event of every timeline: the submitter filed it, when the row says. */
export function submitEvent(row: ComplaintRow): ComplaintEventRow {
  return {
    complaint_id: row.id,
    seq: row.version,
    at: row.submitted_at,
    action: 'SUBMIT',
    from_status: null,
    to_status: row.status,
    actor_kind: 'SUBMITTER',
    actor_sub: null,
    note: null,
  };
}

/**
 * Files a complaint once per idempotency key: a retry (even one racing the first attempt)
 * gets the first receipt back; nothing is written twice.
 */
export async function submitComplaint(ctx: ComplaintsContext, input: SubmitComplaintFields): Promise<Receipt> {
  const submission = checkSubmission(input, ctx.personKeySecret);
  const fingerprint = submissionFingerprint(ctx.personKeySecret, canonicalSubmission(submission));
  const earlier = await ctx.complaints.findByIdempotencyKey(submission.idempotencyKey);
  if (earlier) return receiptOf(ctx, earlier, fingerprint);

  const region = await ctx.regions.get(submission.regionCode);
  if (!region) throw badUserInput(`No region has code "${submission.regionCode}"`, { field: 'regionCode' });
  if (submission.subject) await ctx.subjects.requireExists(submission.subject.type, submission.subject.id);

  const row = newComplaintRow(
    ctx.personKeySecret,
    submission,
    { id: newComplaintId(beijingDate(ctx.now)), salt: newQueryCodeSalt(), at: ctx.now },
    fingerprint,
  );
  if (await ctx.complaints.insertSubmission(row)) {
    return { queryCode: deriveQueryCode(ctx.personKeySecret, row.query_code_salt, row.idempotency_key), row };
  }
  const winner = await ctx.complaints.findByIdempotencyKey(submission.idempotencyKey);
  if (!winner) throw new Error(`complaint ${row.id} collided on a unique key other than its idempotency key`);
  return receiptOf(ctx, winner, fingerprint);
}
