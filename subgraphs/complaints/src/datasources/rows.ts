/** Rows of the complaints store, as knex returns them (booleans come back as 0/1 from both dialects). */

export const COMPLAINT_STATUSES = [
  'SUBMITTED',
  'ACCEPTED',
  'REJECTED',
  'ASSIGNED',
  'TRANSFERRED',
  'REPLIED',
  'UNDER_REVIEW',
  'CLOSED',
] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export const COMPLAINT_CATEGORIES = [
  'FUND_MISUSE',
  'SUBSIDY_FRAUD',
  'VILLAGE_FINANCE',
  'DISCLOSURE',
  'OFFICIAL_CONDUCT',
  'OTHER',
] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

export const SATISFACTIONS = ['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'] as const;
export type Satisfaction = (typeof SATISFACTIONS)[number];

/** GraphQL type names of the records a complaint may be about (the ComplaintSubject union). */
export const SUBJECT_TYPES = ['FundProject', 'Payment', 'LedgerEntry', 'Official'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

export type DbBoolean = boolean | 0 | 1;

export interface ComplaintRow {
  id: string;
  /** Bumped by every step: an UPDATE names the version it read, so of two concurrent steps one loses. */
  version: number;
  status: ComplaintStatus;
  category: ComplaintCategory;
  region_code: string;
  subject_type: SubjectType | null;
  subject_id: string | null;
  content: string;
  allow_publish: DbBoolean;
  anonymous: DbBoolean;
  contact_name: string | null;
  contact_phone: string | null;
  person_key: string | null;
  masked_id_number: string | null;
  /** SHA-256 of the normalised query code; the code itself is never stored. */
  query_code_hash: string;
  /** Random salt the query code is derived from (with the server's secret), so a retry can show it again. */
  query_code_salt: string;
  idempotency_key: string;
  /** HMAC of the submission's content, to tell a retry from another complaint with a reused key. */
  request_fingerprint: string;
  /** UTC 'YYYY-MM-DD HH:MM:SS.mmm'. */
  submitted_at: string;
  /** Beijing date of submission: the day deadlines and statistics count from. */
  submitted_date: string;
  accept_due_date: string;
  accepted_at: string | null;
  reply_due_date: string | null;
  extension_days: number;
  assigned_department: string | null;
  /** The last day of the step the office owes now; null when it owes nothing. */
  due_date: string | null;
  replied_at: string | null;
  first_replied_at: string | null;
  replied_on_time: DbBoolean | null;
  reply: string | null;
  substantiated: DbBoolean | null;
  satisfaction: Satisfaction | null;
  review_requested_at: string | null;
  closed_at: string | null;
}

export type ComplaintAction =
  | 'SUBMIT'
  | 'ACCEPT'
  | 'REJECT'
  | 'ASSIGN'
  | 'TRANSFER'
  | 'EXTEND'
  | 'REPLY'
  | 'CLOSE'
  | 'RATE'
  | 'REQUEST_REVIEW';

/** Who took a step: the submitter (query code) or the office (a signed-in account). */
export type ActorKind = 'SUBMITTER' | 'OFFICE';

export interface ComplaintEventRow {
  complaint_id: string;
  /** The complaint's version after the step; (complaint_id, seq) is the key, a second guard against double steps. */
  seq: number;
  at: string;
  action: ComplaintAction;
  from_status: ComplaintStatus | null;
  to_status: ComplaintStatus;
  actor_kind: ActorKind;
  /** The token subject of an office actor; null for the submitter. */
  actor_sub: string | null;
  note: string | null;
}

export const asBoolean = (value: DbBoolean | null): boolean | null => (value === null ? null : Boolean(value));
