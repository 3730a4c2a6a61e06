import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { RegionParent } from '../../../../lib/regions/region-resolvers';
import type { AccessLogRow, AccessLogConnectionParent } from '../../../../lib/access-log-query';
import type { ComplaintParent, ComplaintEventParent, ComplaintConnectionParent, EntityStub } from '../views';
import type { Receipt } from '../workflow/submit';
import type { ComplaintCounts } from '../datasources/complaint-stats';
import type { ComplaintRow } from '../datasources/rows';
import type { ComplaintsContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** An instant in ISO 8601, always UTC, e.g. "2017-03-31T08:00:00.000Z". */
  DateTime: { input: string; output: string | Date; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A page of access-log entries, newest first. */
export type AccessLogConnection = {
  __typename?: 'AccessLogConnection';
  /** The entries of this page with their cursors. */
  edges: Array<AccessLogEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** How many entries match the filters, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One entry of a page of the access log. */
export type AccessLogEdge = {
  __typename?: 'AccessLogEdge';
  /** Pass it as `after` to continue after this entry. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: AccessLogEntry;
};

/**
 * One read of personal detail as a service recorded it in its access log (security.md): who read,
 * when, what, in which request. Rows are only ever added, never changed or deleted.
 */
export type AccessLogEntry = {
  __typename?: 'AccessLogEntry';
  /** What kind of read, e.g. payments.list or complaint.complainant (the root field's description lists its service's). */
  action: Scalars['String']['output'];
  /** Who read: the subject (sub) of their token; null for the public (a self-lookup). */
  actor?: Maybe<Scalars['String']['output']>;
  /** The reader's roles at the time, e.g. ["auditor"]; ["public"] for a caller without a token. */
  actorRoles: Array<Scalars['String']['output']>;
  /** When the read was made (UTC, to the millisecond). */
  at: Scalars['DateTime']['output'];
  /** Stable id of the row. */
  id: Scalars['ID']['output'];
  /**
   * Where the records read lie: the narrowest region that holds all of them (a payment's village, a
   * complaint's region, the region a list was asked for; a read across two counties is their city's).
   * A read that found nothing is under the region it searched, or the province. Null for entries
   * written before regions were recorded, which only inspectors of the province and admins read,
   * and for a read asked under a code that names no division (it found nothing).
   */
  region?: Maybe<Region>;
  /** The request the read was made in: the x-request-id the gateway was sent (or gave it), as in the logs. */
  requestId: Scalars['String']['output'];
  /** What was read, as the action names it: a person key, a payment, project, official or complaint id, a region with filters. */
  subject: Scalars['String']['output'];
};

/** The identity of a real-name complainant; the raw ID number is never stored. */
export type Complainant = {
  __typename?: 'Complainant';
  /** The ID number masked to its first 6 and last 4 characters, e.g. 431002********1234. */
  maskedIdNumber: Scalars['String']['output'];
  /** The name the submitter gave. */
  name: Scalars['String']['output'];
  /** HMAC person key of the ID number, the key of Person in the finance subgraph. */
  personKey: Scalars['String']['output'];
  /** The phone number the submitter gave, if any. */
  phone?: Maybe<Scalars['String']['output']>;
};

/**
 * A complaint from the public. Who sees what: the submitter (with the query code) sees all of
 * it but no one's personal data; staff, integration clients, auditors, inspectors and admins of its
 * region see it all, except the complainant's identity, which only discipline inspectors and
 * admins see (each read is logged); anyone else reaching it through another record sees its
 * status and dates, and its content and reply only when the submitter allowed publishing.
 */
export type Complaint = {
  __typename?: 'Complaint';
  /** The last day to accept or reject it (15 days after submission, moved past rest days). */
  acceptDueDate: Scalars['Date']['output'];
  /** When it was accepted; null before. */
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether the submitter allowed the content and reply to be shown to the public. */
  allowPublish: Scalars['Boolean']['output'];
  /** Whether it was filed without a name. */
  anonymous: Scalars['Boolean']['output'];
  /** The department handling it, once assigned. */
  assignedDepartment?: Maybe<Scalars['String']['output']>;
  /** What kind of problem it reports. */
  category: ComplaintCategory;
  /** When it was closed; null unless CLOSED. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * Who filed it: only for discipline inspectors (dept discipline, role inspector) and admins
   * of its region, and every read is logged; null for an anonymous complaint. Anyone else who
   * asks gets FORBIDDEN.
   */
  complainant?: Maybe<Complainant>;
  /** What happened, in the submitter's words; null for callers who may not read it (unpublished). */
  content?: Maybe<Scalars['String']['output']>;
  /**
   * The last day (Beijing time) of the step it waits for: acceptance while SUBMITTED, the reply
   * while ACCEPTED, ASSIGNED or TRANSFERRED, the review's answer while UNDER_REVIEW; null when
   * it waits for nothing from the office (REJECTED, REPLIED, CLOSED).
   */
  dueAt?: Maybe<Scalars['Date']['output']>;
  /** Every step so far, oldest first; null for callers who may see neither the content nor the handling. */
  events?: Maybe<Array<ComplaintEvent>>;
  /** Days the reply deadline was extended by; 0 when it was not. */
  extensionDays: Scalars['Int']['output'];
  /** Stable id, e.g. "CMP-2017-431002100201-1". */
  id: Scalars['ID']['output'];
  /** True when the office is still to act and today (Beijing time) is after dueAt. */
  isOverdue: Scalars['Boolean']['output'];
  /** The region it concerns (after a transfer, the region now handling it). */
  region: Region;
  /** When it was answered last; null before. */
  repliedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The office's latest answer; null before the reply, and for callers who may not read it (unpublished). */
  reply?: Maybe<Scalars['String']['output']>;
  /** The last day to reply (60 days after acceptance plus any extension, moved past rest days); null until accepted. */
  replyDueDate?: Maybe<Scalars['Date']['output']>;
  /** The submitter's rating of the latest reply; null until rated. */
  satisfaction?: Maybe<Satisfaction>;
  /** Where it stands in its handling. */
  status: ComplaintStatus;
  /** The record it is about, if any, resolved by the subgraph that owns that record; null for callers who may not read the content. */
  subject?: Maybe<ComplaintSubject>;
  /** When it was filed. */
  submittedAt: Scalars['DateTime']['output'];
  /** Whether the complaint proved true in substance, as the reply found; null before the reply. */
  substantiated?: Maybe<Scalars['Boolean']['output']>;
};

/** Kinds of problem the public reports. */
export type ComplaintCategory =
  /** Information that should have been disclosed and was not, or was false. */
  | 'DISCLOSURE'
  /** Fund money used for something other than its purpose. */
  | 'FUND_MISUSE'
  /** Misconduct of an official or village cadre. */
  | 'OFFICIAL_CONDUCT'
  /** Anything else. */
  | 'OTHER'
  /** Subsidies obtained by fraud or paid to people not entitled to them. */
  | 'SUBSIDY_FRAUD'
  /** Irregularities in a village's collective accounts. */
  | 'VILLAGE_FINANCE';

/** A page of complaints, newest first. */
export type ComplaintConnection = {
  __typename?: 'ComplaintConnection';
  /** The complaints of this page with their cursors. */
  edges: Array<ComplaintEdge>;
  /** Whether more follow, and the cursor to continue from. */
  pageInfo: PageInfo;
  /** How many complaints match in all. */
  totalCount: Scalars['Int']['output'];
};

/** One complaint in a page. */
export type ComplaintEdge = {
  __typename?: 'ComplaintEdge';
  /** Pass as `after` to continue after this complaint. */
  cursor: Scalars['String']['output'];
  /** The complaint. */
  node: Complaint;
};

/** One step in a complaint's handling. */
export type ComplaintEvent = {
  __typename?: 'ComplaintEvent';
  /** What was done: SUBMIT, ACCEPT, REJECT, ASSIGN, TRANSFER, EXTEND, REPLY, CLOSE, RATE or REQUEST_REVIEW. */
  action: Scalars['String']['output'];
  /**
   * Who did it: "submitter", or for the office the staff account's id when the caller is
   * staff, an integration client, an auditor, an inspector or an admin, and "complaints office" for everyone else.
   */
  actor: Scalars['String']['output'];
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** The status before the step; null for the submission. */
  fromStatus?: Maybe<ComplaintStatus>;
  /** The reason, department, region or comment given with the step. */
  note?: Maybe<Scalars['String']['output']>;
  /** The status after the step (unchanged for an extension or a rating). */
  status: ComplaintStatus;
};

/** What the submitter keeps after filing. */
export type ComplaintReceipt = {
  __typename?: 'ComplaintReceipt';
  /** The last day (Beijing time) by which the complaint must be accepted or rejected. */
  acceptDueDate: Scalars['Date']['output'];
  /** The complaint as filed. */
  complaint: Complaint;
  /** The code to follow the complaint with (complaintByQueryCode, rateComplaint, requestReview). It is shown once: keep it. */
  queryCode: Scalars['String']['output'];
  /** Calendar days the office has to reply once it has accepted the complaint (before any extension). */
  replyDays: Scalars['Int']['output'];
};

/**
 * Complaint handling figures for the complaints filed (Beijing date of submission) in a window,
 * in the region and every division under it. Rates are fractions from 0 to 1, null when nothing
 * counts towards them.
 */
export type ComplaintStats = {
  __typename?: 'ComplaintStats';
  /** Of those, how many are CLOSED. */
  closed: Scalars['Int']['output'];
  /** Of those answered, the share whose first reply came by the reply deadline. */
  onTimeRate?: Maybe<Scalars['Float']['output']>;
  /** Of those, how many wait for the office: SUBMITTED, ACCEPTED, ASSIGNED, TRANSFERRED or UNDER_REVIEW. */
  open: Scalars['Int']['output'];
  /** Of the open ones, how many are past their deadline today (isOverdue). */
  overdue: Scalars['Int']['output'];
  /** Complaints filed in the window. */
  received: Scalars['Int']['output'];
  /** Of those rated, the share SATISFIED or BASICALLY_SATISFIED. */
  satisfactionRate?: Maybe<Scalars['Float']['output']>;
  /** Of those answered, the share the latest reply found substantiated. */
  substantiatedRate?: Maybe<Scalars['Float']['output']>;
};

/** Where a complaint stands in its handling. */
export type ComplaintStatus =
  /** Accepted; waiting to be assigned or transferred. */
  | 'ACCEPTED'
  /** Being handled by a department. */
  | 'ASSIGNED'
  /** Closed after the reply; final. */
  | 'CLOSED'
  /** Not accepted, with a reason; final. */
  | 'REJECTED'
  /** Answered; the submitter may rate it, and ask for review within 30 days. */
  | 'REPLIED'
  /** Filed, waiting to be accepted or rejected (within 15 days). */
  | 'SUBMITTED'
  /** Handed over to another region's office, which handles it. */
  | 'TRANSFERRED'
  /** The submitter asked for review; waiting for a new answer (within 30 days). */
  | 'UNDER_REVIEW';

/** What a complaint may be about: a record of the finance or party-affairs subgraph. */
export type ComplaintSubject = FundProject | LedgerEntry | Official | Payment;

/** A fund project (owned by the finance subgraph); this subgraph adds the complaints about it. */
export type FundProject = {
  __typename?: 'FundProject';
  /** Complaints naming this project, newest first, within the caller's region (staff, integration clients, auditors, inspectors, admins). */
  complaints?: Maybe<Array<Complaint>>;
  /** The project's id, e.g. "PRJ-431002-2017-DIBAO". */
  id: Scalars['ID']['output'];
};


/** A fund project (owned by the finance subgraph); this subgraph adds the complaints about it. */
export type FundProjectComplaintsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A village ledger entry (owned by the finance subgraph), as a complaint's subject. */
export type LedgerEntry = {
  __typename?: 'LedgerEntry';
  /** The entry's id. */
  id: Scalars['ID']['output'];
};

/**
 * Submitting is open to anyone (the gateway rate-limits it); handling is for the complaints
 * staff (dept complaints) of the complaint's region and admins; rating and review for the
 * submitter, with the query code. Every step is checked against the one state machine:
 * SUBMITTED → ACCEPTED or REJECTED → ASSIGNED or TRANSFERRED → REPLIED → CLOSED, or
 * REPLIED → UNDER_REVIEW → REPLIED. A step the complaint's status does not allow fails with
 * INVALID_TRANSITION and changes nothing; of two steps taken at once on one complaint only
 * one succeeds. Each step is recorded in the timeline.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts a SUBMITTED complaint; the 60-day reply deadline starts. */
  acceptComplaint: Complaint;
  /** Assigns an ACCEPTED (or TRANSFERRED) complaint to the department that will handle it. */
  assignComplaint: Complaint;
  /** Closes a REPLIED complaint. */
  closeComplaint: Complaint;
  /**
   * Extends the reply deadline once, by 1 to 30 days, while the complaint is being handled
   * (ACCEPTED, ASSIGNED or TRANSFERRED); a second extension is INVALID_TRANSITION.
   */
  extendComplaint: Complaint;
  /** The submitter rates the reply of a REPLIED or CLOSED complaint, once per reply. */
  rateComplaint: Complaint;
  /** Rejects a SUBMITTED complaint (it is not a matter for this office), with the reason the submitter will read. */
  rejectComplaint: Complaint;
  /** Answers an ASSIGNED, TRANSFERRED or UNDER_REVIEW complaint; the answer replaces any earlier one and awaits a new rating. */
  replyComplaint: Complaint;
  /**
   * The submitter asks for a review of a REPLIED complaint, once, within 30 days of the reply;
   * the complaint goes UNDER_REVIEW and is answered again within 30 days.
   */
  requestReview: Complaint;
  /**
   * Files a complaint, anonymously or by real name. A retry with the same idempotencyKey and
   * the same content returns the first receipt again and files nothing; the same key with other
   * content is BAD_USER_INPUT. Keep the query code: it is the only way to follow the complaint.
   */
  submitComplaint: ComplaintReceipt;
  /**
   * Transfers an ACCEPTED, ASSIGNED or TRANSFERRED complaint to another region's office, which
   * handles it from then on; the reply deadline does not restart.
   */
  transferComplaint: Complaint;
};


/**
 * Submitting is open to anyone (the gateway rate-limits it); handling is for the complaints
 * staff (dept complaints) of the complaint's region and admins; rating and review for the
 * submitter, with the query code. Every step is checked against the one state machine:
 * SUBMITTED → ACCEPTED or REJECTED → ASSIGNED or TRANSFERRED → REPLIED → CLOSED, or
 * REPLIED → UNDER_REVIEW → REPLIED. A step the complaint's status does not allow fails with
 * INVALID_TRANSITION and changes nothing; of two steps taken at once on one complaint only
 * one succeeds. Each step is recorded in the timeline.
 */
export type MutationAcceptComplaintArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Submitting is open to anyone (the gateway rate-limits it); handling is for the complaints
 * staff (dept complaints) of the complaint's region and admins; rating and review for the
 * submitter, with the query code. Every step is checked against the one state machine:
 * SUBMITTED → ACCEPTED or REJECTED → ASSIGNED or TRANSFERRED → REPLIED → CLOSED, or
 * REPLIED → UNDER_REVIEW → REPLIED. A step the complaint's status does not allow fails with
 * INVALID_TRANSITION and changes nothing; of two steps taken at once on one complaint only
 * one succeeds. Each step is recorded in the timeline.
 */
export type MutationAssignComplaintArgs = {
  department: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


/**
 * Submitting is open to anyone (the gateway rate-limits it); handling is for the complaints
 * staff (dept complaints) of the complaint's region and admins; rating and review for the
 * submitter, with the query code. Every step is checked against the one state machine:
 * SUBMITTED → ACCEPTED or REJECTED → ASSIGNED or TRANSFERRED → REPLIED → CLOSED, or
 * REPLIED → UNDER_REVIEW → REPLIED. A step the complaint's status does not allow fails with
 * INVALID_TRANSITION and changes nothing; of two steps taken at once on one complaint only
 * one succeeds. Each step is recorded in the timeline.
 */
export type MutationCloseComplaintArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Submitting is open to anyone (the gateway rate-limits it); handling is for the complaints
 * staff (dept complaints) of the complaint's region and admins; rating and review for the
 * submitter, with the query code. Every step is checked against the one state machine:
 * SUBMITTED → ACCEPTED or REJECTED → ASSIGNED or TRANSFERRED → REPLIED → CLOSED, or
 * REPLIED → UNDER_REVIEW → REPLIED. A step the complaint's status does not allow fails with
 * INVALID_TRANSITION and changes nothing; of two steps taken at once on one complaint only
 * one succeeds. Each step is recorded in the timeline.
 */
export type MutationExtendComplaintArgs = {
  days: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Submitting is open to anyone (the gateway rate-limits it); handling is for the complaints
 * staff (dept complaints) of the complaint's region and admins; rating and review for the
 * submitter, with the query code. Every step is checked against the one state machine:
 * SUBMITTED → ACCEPTED or REJECTED → ASSIGNED or TRANSFERRED → REPLIED → CLOSED, or
 * REPLIED → UNDER_REVIEW → REPLIED. A step the complaint's status does not allow fails with
 * INVALID_TRANSITION and changes nothing; of two steps taken at once on one complaint only
 * one succeeds. Each step is recorded in the timeline.
 */
export type MutationRateComplaintArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  queryCode: Scalars['String']['input'];
  satisfaction: Satisfaction;
};


/**
 * Submitting is open to anyone (the gateway rate-limits it); handling is for the complaints
 * staff (dept complaints) of the complaint's region and admins; rating and review for the
 * submitter, with the query code. Every step is checked against the one state machine:
 * SUBMITTED → ACCEPTED or REJECTED → ASSIGNED or TRANSFERRED → REPLIED → CLOSED, or
 * REPLIED → UNDER_REVIEW → REPLIED. A step the complaint's status does not allow fails with
 * INVALID_TRANSITION and changes nothing; of two steps taken at once on one complaint only
 * one succeeds. Each step is recorded in the timeline.
 */
export type MutationRejectComplaintArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Submitting is open to anyone (the gateway rate-limits it); handling is for the complaints
 * staff (dept complaints) of the complaint's region and admins; rating and review for the
 * submitter, with the query code. Every step is checked against the one state machine:
 * SUBMITTED → ACCEPTED or REJECTED → ASSIGNED or TRANSFERRED → REPLIED → CLOSED, or
 * REPLIED → UNDER_REVIEW → REPLIED. A step the complaint's status does not allow fails with
 * INVALID_TRANSITION and changes nothing; of two steps taken at once on one complaint only
 * one succeeds. Each step is recorded in the timeline.
 */
export type MutationReplyComplaintArgs = {
  id: Scalars['ID']['input'];
  reply: Scalars['String']['input'];
  substantiated: Scalars['Boolean']['input'];
};


/**
 * Submitting is open to anyone (the gateway rate-limits it); handling is for the complaints
 * staff (dept complaints) of the complaint's region and admins; rating and review for the
 * submitter, with the query code. Every step is checked against the one state machine:
 * SUBMITTED → ACCEPTED or REJECTED → ASSIGNED or TRANSFERRED → REPLIED → CLOSED, or
 * REPLIED → UNDER_REVIEW → REPLIED. A step the complaint's status does not allow fails with
 * INVALID_TRANSITION and changes nothing; of two steps taken at once on one complaint only
 * one succeeds. Each step is recorded in the timeline.
 */
export type MutationRequestReviewArgs = {
  queryCode: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Submitting is open to anyone (the gateway rate-limits it); handling is for the complaints
 * staff (dept complaints) of the complaint's region and admins; rating and review for the
 * submitter, with the query code. Every step is checked against the one state machine:
 * SUBMITTED → ACCEPTED or REJECTED → ASSIGNED or TRANSFERRED → REPLIED → CLOSED, or
 * REPLIED → UNDER_REVIEW → REPLIED. A step the complaint's status does not allow fails with
 * INVALID_TRANSITION and changes nothing; of two steps taken at once on one complaint only
 * one succeeds. Each step is recorded in the timeline.
 */
export type MutationSubmitComplaintArgs = {
  input: SubmitComplaintInput;
};


/**
 * Submitting is open to anyone (the gateway rate-limits it); handling is for the complaints
 * staff (dept complaints) of the complaint's region and admins; rating and review for the
 * submitter, with the query code. Every step is checked against the one state machine:
 * SUBMITTED → ACCEPTED or REJECTED → ASSIGNED or TRANSFERRED → REPLIED → CLOSED, or
 * REPLIED → UNDER_REVIEW → REPLIED. A step the complaint's status does not allow fails with
 * INVALID_TRANSITION and changes nothing; of two steps taken at once on one complaint only
 * one succeeds. Each step is recorded in the timeline.
 */
export type MutationTransferComplaintArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  regionCode: Scalars['ID']['input'];
};

/** An official (owned by the party-affairs subgraph); this subgraph adds the complaints naming them. */
export type Official = {
  __typename?: 'Official';
  /** Complaints naming this official, newest first, within the caller's region (staff, integration clients, auditors, inspectors, admins). */
  complaints?: Maybe<Array<Complaint>>;
  /** The official's id, e.g. "OFF-431002100201-5". */
  id: Scalars['ID']['output'];
};


/** An official (owned by the party-affairs subgraph); this subgraph adds the complaints naming them. */
export type OfficialComplaintsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Where a page of a list ends, for cursor pagination. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass it as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow the last edge. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A one-card payment (owned by the finance subgraph); this subgraph adds the complaints about it. */
export type Payment = {
  __typename?: 'Payment';
  /** Complaints naming this payment, newest first, within the caller's region (staff, integration clients, auditors, inspectors, admins). */
  complaints?: Maybe<Array<Complaint>>;
  /** The payment's id. */
  id: Scalars['ID']['output'];
};


/** A one-card payment (owned by the finance subgraph); this subgraph adds the complaints about it. */
export type PaymentComplaintsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * Deadlines of complaint handling (the Letters and Visits Regulations): a complaint must be
 * accepted or rejected within 15 days of submission, answered within 60 days of acceptance
 * (plus an extension of at most 30 days, granted once), and a review answered within 30 days
 * of the request. These are calendar days counted in Beijing time (UTC+8); when the last day
 * falls on a weekend or an official holiday of the working-day calendar, the deadline moves to
 * the next working day (so a deadline never ends on a day the office is closed). The last day
 * itself is still in time.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * One complaint by id, for staff, integration clients, auditors, inspectors and admins whose region
   * covers it (others FORBIDDEN, the public UNAUTHENTICATED); null when no complaint has the id.
   */
  complaint?: Maybe<Complaint>;
  /**
   * What the submitter sees with the query code of their receipt: status, timeline, deadlines
   * and reply, never anyone's personal data. Anyone may ask; a wrong code is NOT_FOUND (the
   * code is looked up by its hash, so a wrong code costs the same as a right one).
   */
  complaintByQueryCode?: Maybe<Complaint>;
  /**
   * The complaints service's access log, newest first: reads of a complainant's
   * identity (complaint.complainant, subject the complaint id).
   * Only inspectors of the discipline department (dept discipline) and admins (other roles or
   * departments: FORBIDDEN; without a token: UNAUTHENTICATED; the field is then null, the rest of
   * the answer stays). An inspector reads the entries whose region lies under their token's region;
   * inspectors of the province (43) and admins read all of them, those without a region included.
   * Every filter given must match. Reading the log is not itself logged. Each service keeps its own log and has its own field with these
   * arguments: see also `financeAccessLog`, `auditAccessLog`, `partyAffairsAccessLog`.
   */
  complaintsAccessLog?: Maybe<AccessLogConnection>;
};


/**
 * Deadlines of complaint handling (the Letters and Visits Regulations): a complaint must be
 * accepted or rejected within 15 days of submission, answered within 60 days of acceptance
 * (plus an extension of at most 30 days, granted once), and a review answered within 30 days
 * of the request. These are calendar days counted in Beijing time (UTC+8); when the last day
 * falls on a weekend or an official holiday of the working-day calendar, the deadline moves to
 * the next working day (so a deadline never ends on a day the office is closed). The last day
 * itself is still in time.
 */
export type QueryComplaintArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Deadlines of complaint handling (the Letters and Visits Regulations): a complaint must be
 * accepted or rejected within 15 days of submission, answered within 60 days of acceptance
 * (plus an extension of at most 30 days, granted once), and a review answered within 30 days
 * of the request. These are calendar days counted in Beijing time (UTC+8); when the last day
 * falls on a weekend or an official holiday of the working-day calendar, the deadline moves to
 * the next working day (so a deadline never ends on a day the office is closed). The last day
 * itself is still in time.
 */
export type QueryComplaintByQueryCodeArgs = {
  queryCode: Scalars['String']['input'];
};


/**
 * Deadlines of complaint handling (the Letters and Visits Regulations): a complaint must be
 * accepted or rejected within 15 days of submission, answered within 60 days of acceptance
 * (plus an extension of at most 30 days, granted once), and a review answered within 30 days
 * of the request. These are calendar days counted in Beijing time (UTC+8); when the last day
 * falls on a weekend or an official holiday of the working-day calendar, the deadline moves to
 * the next working day (so a deadline never ends on a day the office is closed). The last day
 * itself is still in time.
 */
export type QueryComplaintsAccessLogArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  actor?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  subject?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/**
 * An administrative division of Hunan, identified by its statistical division code. The finance
 * subgraph owns the hierarchy; this subgraph adds what its own store knows about the region.
 */
export type Region = {
  __typename?: 'Region';
  /** Statistical division code: 2 digits for the province, 4 city, 6 county, 9 township, 12 village. */
  code: Scalars['ID']['output'];
  /** Complaint handling figures over the region and every division under it; public. */
  complaintStats?: Maybe<ComplaintStats>;
  /**
   * Complaints about the region and every division under it, newest first: for staff,
   * integration clients, auditors, inspectors and admins whose region covers it.
   */
  complaints?: Maybe<ComplaintConnection>;
  /** Level of the division in the hierarchy. */
  level: RegionLevel;
  /** Official name of the division, e.g. 郴州市. */
  name: Scalars['String']['output'];
};


/**
 * An administrative division of Hunan, identified by its statistical division code. The finance
 * subgraph owns the hierarchy; this subgraph adds what its own store knows about the region.
 */
export type RegionComplaintStatsArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/**
 * An administrative division of Hunan, identified by its statistical division code. The finance
 * subgraph owns the hierarchy; this subgraph adds what its own store knows about the region.
 */
export type RegionComplaintsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ComplaintStatus>;
};

/** Levels of the administrative hierarchy, from the province down to villages. */
export type RegionLevel =
  /** A prefecture-level city (4-digit code). */
  | 'CITY'
  /** A county, district or county-level city (6-digit code). */
  | 'COUNTY'
  /** The province (2-digit code). */
  | 'PROVINCE'
  /** A town, township or sub-district (9-digit code). */
  | 'TOWNSHIP'
  /** A village or residents' committee (12-digit code). */
  | 'VILLAGE';

/** How satisfied the submitter is with a reply. */
export type Satisfaction =
  /** Basically satisfied. */
  | 'BASICALLY_SATISFIED'
  /** Dissatisfied. */
  | 'DISSATISFIED'
  /** Satisfied. */
  | 'SATISFIED';

/** A complaint to file. */
export type SubmitComplaintInput = {
  /** Whether the content and the reply may be shown to the public. Default false. */
  allowPublish?: InputMaybe<Scalars['Boolean']['input']>;
  /** True to file without a name: then give no contact name, phone or ID number. */
  anonymous: Scalars['Boolean']['input'];
  /** What kind of problem it reports. */
  category: ComplaintCategory;
  /** The submitter's name; required when not anonymous (1 to 32 characters). Shown only to discipline inspectors. */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** A phone number to reach the submitter (digits, spaces, +, -; 5 to 20 characters). Shown only to discipline inspectors. */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** What happened, in the submitter's words: 1 to 2000 characters. */
  content: Scalars['String']['input'];
  /** The submitter's 18-character ID number; required when not anonymous. Never stored: only a person key and the masked number are kept. */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  /**
   * A key the client makes up once per complaint and sends again on every retry (16 to 128
   * characters of letters, digits, - and _; a UUID is ideal).
   */
  idempotencyKey: Scalars['String']['input'];
  /** The region the complaint concerns: a village or any division above it that exists, e.g. "431002100201". */
  regionCode: Scalars['ID']['input'];
  /** The id of the record the complaint is about, e.g. a payment id "PAY-431002100201-201703-DIBAO-1". */
  subjectId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * What the complaint is about, if it names one record: "FundProject", "Payment",
   * "LedgerEntry" or "Official" (or FUND_PROJECT, PAYMENT, LEDGER_ENTRY, OFFICIAL). Give it
   * together with subjectId; an id that does not exist is refused.
   */
  subjectType?: InputMaybe<Scalars['String']['input']>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Complaint: Complaint;
  FundProject: FundProject;
  Official: Official;
  Payment: Payment;
  Region: Region;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Complaint:
    ( { __typename: 'Complaint' }
    & GraphQLRecursivePick<FederationTypes['Complaint'], {"id":true}> );
  FundProject:
    ( { __typename: 'FundProject' }
    & GraphQLRecursivePick<FederationTypes['FundProject'], {"id":true}> );
  Official:
    ( { __typename: 'Official' }
    & GraphQLRecursivePick<FederationTypes['Official'], {"id":true}> );
  Payment:
    ( { __typename: 'Payment' }
    & GraphQLRecursivePick<FederationTypes['Payment'], {"id":true}> );
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"code":true}> );
}>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  ComplaintSubject:
    | ( EntityStub )
    | ( EntityStub )
    | ( EntityStub )
    | ( EntityStub )
  ;
}>;


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AccessLogConnection: ResolverTypeWrapper<AccessLogConnectionParent>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AccessLogEdge: ResolverTypeWrapper<Omit<AccessLogEdge, 'node'> & { node: ResolversTypes['AccessLogEntry'] }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AccessLogEntry: ResolverTypeWrapper<AccessLogRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Complainant: ResolverTypeWrapper<ComplaintRow>;
  Complaint: ResolverTypeWrapper<ComplaintParent>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ComplaintCategory: ComplaintCategory;
  ComplaintConnection: ResolverTypeWrapper<ComplaintConnectionParent>;
  ComplaintEdge: ResolverTypeWrapper<Omit<ComplaintEdge, 'node'> & { node: ResolversTypes['Complaint'] }>;
  ComplaintEvent: ResolverTypeWrapper<ComplaintEventParent>;
  ComplaintReceipt: ResolverTypeWrapper<Receipt>;
  ComplaintStats: ResolverTypeWrapper<ComplaintCounts>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ComplaintStatus: ComplaintStatus;
  ComplaintSubject: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ComplaintSubject']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  FundProject: ResolverTypeWrapper<EntityStub>;
  LedgerEntry: ResolverTypeWrapper<EntityStub>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Official: ResolverTypeWrapper<EntityStub>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Payment: ResolverTypeWrapper<EntityStub>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionParent>;
  RegionLevel: RegionLevel;
  Satisfaction: Satisfaction;
  SubmitComplaintInput: SubmitComplaintInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AccessLogConnection: AccessLogConnectionParent;
  Int: Scalars['Int']['output'];
  AccessLogEdge: Omit<AccessLogEdge, 'node'> & { node: ResolversParentTypes['AccessLogEntry'] };
  String: Scalars['String']['output'];
  AccessLogEntry: AccessLogRow;
  ID: Scalars['ID']['output'];
  Complainant: ComplaintRow;
  Complaint: ComplaintParent;
  Boolean: Scalars['Boolean']['output'];
  ComplaintConnection: ComplaintConnectionParent;
  ComplaintEdge: Omit<ComplaintEdge, 'node'> & { node: ResolversParentTypes['Complaint'] };
  ComplaintEvent: ComplaintEventParent;
  ComplaintReceipt: Receipt;
  ComplaintStats: ComplaintCounts;
  Float: Scalars['Float']['output'];
  ComplaintSubject: ResolversUnionTypes<ResolversParentTypes>['ComplaintSubject'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  FundProject: EntityStub;
  LedgerEntry: EntityStub;
  Mutation: Record<PropertyKey, never>;
  Official: EntityStub;
  PageInfo: PageInfo;
  Payment: EntityStub;
  Query: Record<PropertyKey, never>;
  Region: RegionParent;
  SubmitComplaintInput: SubmitComplaintInput;
}>;

export type PersonalReadDirectiveArgs = { };

export type PersonalReadDirectiveResolver<Result, Parent, ContextType = ComplaintsContext, Args = PersonalReadDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AccessLogConnectionResolvers<ContextType = ComplaintsContext, ParentType extends ResolversParentTypes['AccessLogConnection'] = ResolversParentTypes['AccessLogConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AccessLogEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AccessLogEdgeResolvers<ContextType = ComplaintsContext, ParentType extends ResolversParentTypes['AccessLogEdge'] = ResolversParentTypes['AccessLogEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AccessLogEntry'], ParentType, ContextType>;
}>;

export type AccessLogEntryResolvers<ContextType = ComplaintsContext, ParentType extends ResolversParentTypes['AccessLogEntry'] = ResolversParentTypes['AccessLogEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actorRoles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ComplainantResolvers<ContextType = ComplaintsContext, ParentType extends ResolversParentTypes['Complainant'] = ResolversParentTypes['Complainant']> = ResolversObject<{
  maskedIdNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  personKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ComplaintResolvers<ContextType = ComplaintsContext, ParentType extends ResolversParentTypes['Complaint'] = ResolversParentTypes['Complaint'], FederationReferenceType extends FederationReferenceTypes['Complaint'] = FederationReferenceTypes['Complaint']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Complaint']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acceptDueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  acceptedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  allowPublish?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  anonymous?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  assignedDepartment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['ComplaintCategory'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  complainant?: Resolver<Maybe<ResolversTypes['Complainant']>, ParentType, ContextType>;
  content?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  events?: Resolver<Maybe<Array<ResolversTypes['ComplaintEvent']>>, ParentType, ContextType>;
  extensionDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isOverdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  repliedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reply?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  replyDueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  satisfaction?: Resolver<Maybe<ResolversTypes['Satisfaction']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ComplaintStatus'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['ComplaintSubject']>, ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  substantiated?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
}>;

export type ComplaintConnectionResolvers<ContextType = ComplaintsContext, ParentType extends ResolversParentTypes['ComplaintConnection'] = ResolversParentTypes['ComplaintConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ComplaintEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ComplaintEdgeResolvers<ContextType = ComplaintsContext, ParentType extends ResolversParentTypes['ComplaintEdge'] = ResolversParentTypes['ComplaintEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType>;
}>;

export type ComplaintEventResolvers<ContextType = ComplaintsContext, ParentType extends ResolversParentTypes['ComplaintEvent'] = ResolversParentTypes['ComplaintEvent']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['ComplaintStatus']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ComplaintStatus'], ParentType, ContextType>;
}>;

export type ComplaintReceiptResolvers<ContextType = ComplaintsContext, ParentType extends ResolversParentTypes['ComplaintReceipt'] = ResolversParentTypes['ComplaintReceipt']> = ResolversObject<{
  acceptDueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  complaint?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType>;
  queryCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  replyDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ComplaintStatsResolvers<ContextType = ComplaintsContext, ParentType extends ResolversParentTypes['ComplaintStats'] = ResolversParentTypes['ComplaintStats']> = ResolversObject<{
  closed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTimeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  open?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  satisfactionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  substantiatedRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type ComplaintSubjectResolvers<ContextType = ComplaintsContext, ParentType extends ResolversParentTypes['ComplaintSubject'] = ResolversParentTypes['ComplaintSubject']> = ResolversObject<{
  __resolveType: TypeResolveFn<'FundProject' | 'LedgerEntry' | 'Official' | 'Payment', ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FundProjectResolvers<ContextType = ComplaintsContext, ParentType extends ResolversParentTypes['FundProject'] = ResolversParentTypes['FundProject'], FederationReferenceType extends FederationReferenceTypes['FundProject'] = FederationReferenceTypes['FundProject']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['FundProject']> | FederationReferenceType, FederationReferenceType, ContextType>;
  complaints?: Resolver<Maybe<Array<ResolversTypes['Complaint']>>, ParentType, ContextType, Partial<FundProjectComplaintsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LedgerEntryResolvers<ContextType = ComplaintsContext, ParentType extends ResolversParentTypes['LedgerEntry'] = ResolversParentTypes['LedgerEntry']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = ComplaintsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptComplaint?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationAcceptComplaintArgs, 'id'>>;
  assignComplaint?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationAssignComplaintArgs, 'department' | 'id'>>;
  closeComplaint?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationCloseComplaintArgs, 'id'>>;
  extendComplaint?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationExtendComplaintArgs, 'days' | 'id' | 'reason'>>;
  rateComplaint?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationRateComplaintArgs, 'queryCode' | 'satisfaction'>>;
  rejectComplaint?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationRejectComplaintArgs, 'id' | 'reason'>>;
  replyComplaint?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationReplyComplaintArgs, 'id' | 'reply' | 'substantiated'>>;
  requestReview?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationRequestReviewArgs, 'queryCode' | 'reason'>>;
  submitComplaint?: Resolver<ResolversTypes['ComplaintReceipt'], ParentType, ContextType, RequireFields<MutationSubmitComplaintArgs, 'input'>>;
  transferComplaint?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationTransferComplaintArgs, 'id' | 'reason' | 'regionCode'>>;
}>;

export type OfficialResolvers<ContextType = ComplaintsContext, ParentType extends ResolversParentTypes['Official'] = ResolversParentTypes['Official'], FederationReferenceType extends FederationReferenceTypes['Official'] = FederationReferenceTypes['Official']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Official']> | FederationReferenceType, FederationReferenceType, ContextType>;
  complaints?: Resolver<Maybe<Array<ResolversTypes['Complaint']>>, ParentType, ContextType, Partial<OfficialComplaintsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = ComplaintsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PaymentResolvers<ContextType = ComplaintsContext, ParentType extends ResolversParentTypes['Payment'] = ResolversParentTypes['Payment'], FederationReferenceType extends FederationReferenceTypes['Payment'] = FederationReferenceTypes['Payment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Payment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  complaints?: Resolver<Maybe<Array<ResolversTypes['Complaint']>>, ParentType, ContextType, Partial<PaymentComplaintsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ComplaintsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  complaint?: Resolver<Maybe<ResolversTypes['Complaint']>, ParentType, ContextType, RequireFields<QueryComplaintArgs, 'id'>>;
  complaintByQueryCode?: Resolver<Maybe<ResolversTypes['Complaint']>, ParentType, ContextType, RequireFields<QueryComplaintByQueryCodeArgs, 'queryCode'>>;
  complaintsAccessLog?: Resolver<Maybe<ResolversTypes['AccessLogConnection']>, ParentType, ContextType, Partial<QueryComplaintsAccessLogArgs>>;
}>;

export type RegionResolvers<ContextType = ComplaintsContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  complaintStats?: Resolver<Maybe<ResolversTypes['ComplaintStats']>, ParentType, ContextType, RequireFields<RegionComplaintStatsArgs, 'from' | 'to'>>;
  complaints?: Resolver<Maybe<ResolversTypes['ComplaintConnection']>, ParentType, ContextType, Partial<RegionComplaintsArgs>>;
  level?: Resolver<ResolversTypes['RegionLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ComplaintsContext> = ResolversObject<{
  AccessLogConnection?: AccessLogConnectionResolvers<ContextType>;
  AccessLogEdge?: AccessLogEdgeResolvers<ContextType>;
  AccessLogEntry?: AccessLogEntryResolvers<ContextType>;
  Complainant?: ComplainantResolvers<ContextType>;
  Complaint?: ComplaintResolvers<ContextType>;
  ComplaintConnection?: ComplaintConnectionResolvers<ContextType>;
  ComplaintEdge?: ComplaintEdgeResolvers<ContextType>;
  ComplaintEvent?: ComplaintEventResolvers<ContextType>;
  ComplaintReceipt?: ComplaintReceiptResolvers<ContextType>;
  ComplaintStats?: ComplaintStatsResolvers<ContextType>;
  ComplaintSubject?: ComplaintSubjectResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  FundProject?: FundProjectResolvers<ContextType>;
  LedgerEntry?: LedgerEntryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Official?: OfficialResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = ComplaintsContext> = ResolversObject<{
  personalRead?: PersonalReadDirectiveResolver<any, any, ContextType>;
}>;
