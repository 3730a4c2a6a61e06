import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { RegionParent } from '../../../../lib/regions/region-resolvers';
import type { AccessLogRow, AccessLogConnectionParent } from '../../../../lib/access-log-query';
import type { AuditProjectRow, FindingRow, RectificationRow, AlertRow, ComparisonRunRow, EntityRef, SubjectParent } from '../datasources/rows';
import type { ImportBatchRow } from '../datasources/import-batches';
import type { FindingConnectionParent } from '../datasources/findings';
import type { AlertConnectionParent } from '../datasources/alerts';
import type { ComparisonRule as ComparisonRuleModule } from '../rules/rule';
import type { AuditContext } from '../context';
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
  /** An amount in yuan as a string with exactly two decimals, e.g. "1234.50"; stored as integer fen. */
  Money: { input: number; output: number | string | bigint; }
  /** An accounting month, YYYY-MM. */
  Period: { input: string; output: string; }
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

/** A rectification to record on a finding. */
export type AddRectificationInput = {
  /** The action taken. */
  actionTaken: Scalars['String']['input'];
  /** True when this completes the rectification: the finding becomes RECTIFIED. */
  completes: Scalars['Boolean']['input'];
  /** The evidence seen. */
  evidence?: InputMaybe<Scalars['String']['input']>;
  /** The finding. */
  findingId: Scalars['ID']['input'];
  /** Money recovered by it; 0.00 when none (not negative). */
  moneyRecovered: Scalars['Money']['input'];
};

/**
 * A clue raised by a comparison rule: one per rule, rule version and subject, however often the
 * rule is run. A run of a newer version of the rule supersedes the older versions' alerts on the
 * subjects it reads (supersedes, supersededBy), so one alert per rule and subject is current.
 * Auditors, inspectors and admins whose region covers the alert's may read and triage it; everyone
 * else is refused (UNAUTHENTICATED / FORBIDDEN).
 */
export type Alert = {
  __typename?: 'Alert';
  /** When it was confirmed or dismissed; null while NEW. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who confirmed or dismissed it; null while NEW. */
  decidedBy?: Maybe<Scalars['String']['output']>;
  /**
   * True when status, decidedBy, decidedAt, note and finding were carried over from `supersedes`
   * rather than decided on this alert: the older alert was CONFIRMED or DISMISSED, and this one
   * shows the same evidence and questioned amount, so it is the clue already decided. When they
   * differ the decision is not carried: this alert is NEW and is decided again.
   */
  decisionCarriedOver: Scalars['Boolean']['output'];
  /** What the rule saw, in one sentence, e.g. "Paid 2017-04-10 after the death recorded on 2017-03-15". */
  evidence: Scalars['String']['output'];
  /** The facts behind the evidence, one by one, for machines. */
  facts: Array<AlertFact>;
  /** The finding opened when it was confirmed; null otherwise. */
  finding?: Maybe<Finding>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Why: the note given when it was confirmed or dismissed; null while NEW. */
  note?: Maybe<Scalars['String']['output']>;
  /** The person concerned (person key only); null when the rule concerns no one person. */
  person?: Maybe<Person>;
  /** When it was raised. */
  raisedAt: Scalars['DateTime']['output'];
  /** The region of the subject (for a payment: the village where it was paid). */
  region: Region;
  /** The rule that raised it, e.g. DECEASED_RECIPIENT. */
  rule: Scalars['String']['output'];
  /** The version of the rule that raised it. */
  ruleVersion: Scalars['Int']['output'];
  /** The run that raised it. */
  run: ComparisonRun;
  /** Where it stands. */
  status: AlertStatus;
  /** The record it is about (a payment for every current rule). */
  subject?: Maybe<AuditSubject>;
  /** When a run of a newer version of the rule superseded this alert; null while it is current. */
  supersededAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * The alert of a newer version of the same rule that superseded this one; null while it is
   * current, and when the newer version read its subject and no longer flags it (see supersededAt).
   */
  supersededBy?: Maybe<Alert>;
  /** The run of a newer version of the rule that superseded this alert, with a successor or without; null while it is current. */
  supersededByRun?: Maybe<ComparisonRun>;
  /**
   * The alert of an older version of the same rule on the same subject that this one superseded;
   * null when there was none. Its status, decision and note stay as they were.
   */
  supersedes?: Maybe<Alert>;
};

/** A page of alerts. */
export type AlertConnection = {
  __typename?: 'AlertConnection';
  /** The alerts of this page, in order. */
  edges: Array<AlertEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many alerts match in all pages (counted only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** One alert in a page, with its cursor. */
export type AlertEdge = {
  __typename?: 'AlertEdge';
  /** Pass as `after` to continue after this alert. */
  cursor: Scalars['String']['output'];
  /** The alert. */
  node: Alert;
};

/** One fact behind an alert, e.g. dateOfDeath = 2017-03-15. */
export type AlertFact = {
  __typename?: 'AlertFact';
  /** What the fact is, e.g. "dateOfDeath", "paidAt", "standardAmount". */
  name: Scalars['String']['output'];
  /** Its value, as text. */
  value: Scalars['String']['output'];
};

/**
 * Where an alert stands: NEW until an auditor or inspector confirms it (a finding is opened) or
 * dismisses it, or until a run of a newer version of its rule supersedes it. CONFIRMED, DISMISSED
 * and SUPERSEDED are final; a decided alert keeps its status when a newer version supersedes it
 * (see Alert.supersededBy).
 */
export type AlertStatus =
  /** Verified as a real problem; a finding was opened on its subject. */
  | 'CONFIRMED'
  /** Looked at and found to be no problem (the note says why). */
  | 'DISMISSED'
  /** Raised by a comparison run; not yet looked at. */
  | 'NEW'
  /**
   * Superseded while still NEW by a run of a newer version of its rule: that version either raised
   * its own alert on the subject (supersededBy, which is the one to triage) or read the subject and
   * no longer flags it (supersededBy null; e.g. the payment was reversed). Never triaged.
   */
  | 'SUPERSEDED';

/**
 * An audit project: one engagement by an audit office over a region and a span of months.
 * Signed-in callers whose region covers the project's may read it.
 */
export type AuditProject = {
  __typename?: 'AuditProject';
  /** When the project was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created the project (the token's subject). */
  createdBy: Scalars['String']['output'];
  /** The project's findings, ordered by id. */
  findings: FindingConnection;
  /** Stable id, e.g. "AP-431002-2017-1". */
  id: Scalars['ID']['output'];
  /** The project's name, e.g. 2017年北湖区农村低保资金专项审计. */
  name: Scalars['String']['output'];
  /** The audited period: a year ("2017") when it spans January to December, else "2017-01/2017-06". */
  period: Scalars['String']['output'];
  /** First audited month. */
  periodFrom: Scalars['Period']['output'];
  /** Last audited month. */
  periodTo: Scalars['Period']['output'];
  /** The region audited. */
  region: Region;
  /** What kind of audit it is. */
  type: AuditProjectType;
};


/**
 * An audit project: one engagement by an audit office over a region and a span of months.
 * Signed-in callers whose region covers the project's may read it.
 */
export type AuditProjectFindingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<FindingStatus>;
};

/** What kind of audit a project is. */
export type AuditProjectType =
  /** Audit of an official's economic responsibility at the end of a term (经济责任审计). */
  | 'ECONOMIC_RESPONSIBILITY'
  /** A follow-up audit of earlier findings' rectification (整改跟踪审计). */
  | 'FOLLOW_UP'
  /** Audit of one fund programme's money from allocation to recipient (专项资金审计). */
  | 'SPECIAL_FUND'
  /** Audit of village collective finances (村级财务审计). */
  | 'VILLAGE_FINANCE';

/** What a finding or an alert is about: a record of another subgraph, or a whole region. */
export type AuditSubject = FundProject | LedgerEntry | Official | Payment | Region;

/** The kinds of record a finding's subject may be. */
export type AuditSubjectType =
  /** A fund project (finance). */
  | 'FUND_PROJECT'
  /** A village ledger entry (finance). */
  | 'LEDGER_ENTRY'
  /** An official (party-affairs). */
  | 'OFFICIAL'
  /** A one-card payment (finance). */
  | 'PAYMENT'
  /** A region as a whole. */
  | 'REGION';

/** A comparison rule the audit subgraph can run. */
export type ComparisonRule = {
  __typename?: 'ComparisonRule';
  /** What the rule looks for, and what it reads. */
  description: Scalars['String']['output'];
  /** The rule's name, e.g. DECEASED_RECIPIENT: what `runComparison(rule:)` takes. */
  name: Scalars['String']['output'];
  /** The current version; an alert records the version that raised it. */
  version: Scalars['Int']['output'];
};

/**
 * One run of a comparison rule over a region and a span of months. The rule read payments (and,
 * for OFFICIAL_RECIPIENT, the officials register) through the gateway page by page, with a
 * service identity limited to the region; it raised one alert per subject not alerted before by
 * the same rule version, and superseded the alerts of older versions of the rule on the payments
 * it read (see Alert.supersededBy).
 */
export type ComparisonRun = {
  __typename?: 'ComparisonRun';
  /** How many new alerts this run raised (subjects already alerted by this rule version are not raised again). */
  alertsRaised: Scalars['Int']['output'];
  /**
   * How many alerts of older versions of the rule this run superseded, with a new alert of its own
   * or without (the payment is no longer flagged). Counted as they are superseded, so it grows
   * while the run is RUNNING; a re-run supersedes none.
   */
  alertsSuperseded: Scalars['Int']['output'];
  /** Why a FAILED run stopped, e.g. that the gateway could not be read, or that a restart of the audit subgraph interrupted it and it should be run again; null otherwise. */
  failure?: Maybe<Scalars['String']['output']>;
  /** When it finished; null while RUNNING. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** First month of payments compared. */
  from: Scalars['Period']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The region compared (everything under it). */
  region: Region;
  /** How many records the run read through the gateway (payments, plus officials for OFFICIAL_RECIPIENT). */
  rowsRead: Scalars['Int']['output'];
  /** The rule run, e.g. DECEASED_RECIPIENT. */
  rule: Scalars['String']['output'];
  /** The version of the rule run. */
  ruleVersion: Scalars['Int']['output'];
  /** When it started. */
  startedAt: Scalars['DateTime']['output'];
  /** Who started it (the token's subject). */
  startedBy: Scalars['String']['output'];
  /** RUNNING while it reads; DONE when every page was compared; FAILED when it stopped (see failure). */
  status: ComparisonRunStatus;
  /** Last month of payments compared. */
  to: Scalars['Period']['output'];
};

/** Where a comparison run stands. */
export type ComparisonRunStatus =
  /** Every page was read and compared. */
  | 'DONE'
  /** Stopped before the end: the gateway could not be read, or the audit subgraph process running it stopped (rowsRead is then 0). The alerts raised until then stay; a new run does not raise them twice. */
  | 'FAILED'
  /** Reading and comparing; rowsRead and alertsRaised are 0 until it ends. */
  | 'RUNNING';

/** An audit project to create. */
export type CreateAuditProjectInput = {
  /** The project's name. */
  name: Scalars['String']['input'];
  /** First audited month. */
  periodFrom: Scalars['Period']['input'];
  /** Last audited month (not before periodFrom). */
  periodTo: Scalars['Period']['input'];
  /** The region audited (within the caller's region). */
  regionCode: Scalars['ID']['input'];
  /** What kind of audit it is. */
  type: AuditProjectType;
};

/** One entry of the deaths register. */
export type DeathRecordInput = {
  /** The date of death. */
  dateOfDeath: Scalars['Date']['input'];
  /** 18-character resident ID number; checked (check digit), then kept only as a person key. */
  idNumber: Scalars['String']['input'];
  /** The name on the death record. */
  name: Scalars['String']['input'];
};

/** A batch of the civil-affairs deaths register to import. */
export type DeathRegisterImportInput = {
  /** The caller's idempotency key: the same key with the same entries returns the first batch. */
  batchKey: Scalars['String']['input'];
  /** The entries, at most 5000. */
  entries: Array<DeathRecordInput>;
  /**
   * The region whose register this is (the registering civil-affairs office); defaults to the
   * caller's region. Integration clients may import only for regions under their own.
   */
  regionCode?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * An audit finding, in the five elements of the audit standard (criteria, condition, cause,
 * effect, recommendation). Signed-in callers whose region covers the finding's may read it; the
 * public and staff of other regions are refused (UNAUTHENTICATED / FORBIDDEN).
 */
export type Finding = {
  __typename?: 'Finding';
  /** The comparison alert this finding was opened from; null for a finding recorded directly. */
  alert?: Maybe<Alert>;
  /** Cause: why it happened; null when not established. */
  cause?: Maybe<Scalars['String']['output']>;
  /** When it was closed; null while it is not CLOSED. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who closed it; null while it is not CLOSED. */
  closedBy?: Maybe<Scalars['String']['output']>;
  /** Why it was closed; null while it is not CLOSED. */
  closingNote?: Maybe<Scalars['String']['output']>;
  /** Condition: what the auditors found. */
  condition: Scalars['String']['output'];
  /** Criteria: the law, policy or standard that applies. */
  criteria: Scalars['String']['output'];
  /** Effect: what it led to; null when not established. */
  effect?: Maybe<Scalars['String']['output']>;
  /** Stable id, e.g. "FND-431002-2017-0001". */
  id: Scalars['ID']['output'];
  /**
   * True when, at the time it was recorded, an earlier finding of the same type on the same subject
   * (or, without a subject, on the same region) existed: the problem came back.
   */
  isRepeat: Scalars['Boolean']['output'];
  /** The audit project it belongs to; null for a finding opened from a comparison alert outside any project. */
  project?: Maybe<AuditProject>;
  /** The amount in question, 0.00 when no money is at stake. */
  questionedAmount: Scalars['Money']['output'];
  /** Recommendation: what must be done. */
  recommendation?: Maybe<Scalars['String']['output']>;
  /** When it was recorded. */
  recordedAt: Scalars['DateTime']['output'];
  /** Who recorded it (the token's subject). */
  recordedBy: Scalars['String']['output'];
  /** Money recovered by all rectifications together. */
  recoveredAmount: Scalars['Money']['output'];
  /** Date by which the audited unit must have rectified; null when none was set. */
  rectificationDue?: Maybe<Scalars['Date']['output']>;
  /** What was done about it, oldest first. */
  rectifications: Array<Rectification>;
  /** Reference number of the audit office, e.g. "审发〔2017〕431002-0001". */
  refNo: Scalars['String']['output'];
  /** The region where the problem was found (a village, township or county). */
  region: Region;
  /** How serious it is. */
  severity: FindingSeverity;
  /** Where the finding stands. */
  status: FindingStatus;
  /** The record the finding is about; null when it concerns the region as a whole and names none. */
  subject?: Maybe<AuditSubject>;
  /** What kind of problem it is. */
  type: FindingType;
};

/** A page of findings. */
export type FindingConnection = {
  __typename?: 'FindingConnection';
  /** The findings of this page, in order. */
  edges: Array<FindingEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many findings match in all pages (counted only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** One finding in a page, with its cursor. */
export type FindingEdge = {
  __typename?: 'FindingEdge';
  /** Pass as `after` to continue after this finding. */
  cursor: Scalars['String']['output'];
  /** The finding. */
  node: Finding;
};

/** How serious a finding is. */
export type FindingSeverity =
  /** Serious loss or a suspected violation of discipline; referred to the discipline inspectors. */
  | 'HIGH'
  /** A weakness to fix; no money at stake. */
  | 'LOW'
  /** Money at stake or a repeated weakness. */
  | 'MEDIUM';

/**
 * Where a finding stands. OPEN → RECTIFYING (a first rectification is recorded) → RECTIFIED (a
 * rectification marked complete) → CLOSED (an auditor closes it). Nothing else is allowed
 * (INVALID_TRANSITION); a CLOSED finding is final.
 */
export type FindingStatus =
  /** Closed by an auditor after rectification. */
  | 'CLOSED'
  /** Recorded; nothing has been done about it yet. */
  | 'OPEN'
  /** The auditor verified that the rectification is complete. */
  | 'RECTIFIED'
  /** Rectification has started; at least one rectification is recorded. */
  | 'RECTIFYING';

/** What kind of problem a finding is. */
export type FindingType =
  /** Means-tested money paid to an official or an official's relative. */
  | 'CONFLICT_OF_INTEREST'
  /** Income, expenditure or payments not disclosed as the law requires. */
  | 'DISCLOSURE_FAILURE'
  /** Money used for something other than its purpose. */
  | 'FUND_MISAPPROPRIATION'
  /** Money paid to someone not entitled to it (e.g. after death, paid twice). */
  | 'IRREGULAR_PAYMENT'
  /** Weak bookkeeping, approval or control. */
  | 'MANAGEMENT_WEAKNESS'
  /** Anything else. */
  | 'OTHER'
  /** More paid than the programme's standard allows. */
  | 'OVERPAYMENT';

/** A fund project (owned by the finance subgraph); this subgraph adds the findings about it. */
export type FundProject = {
  __typename?: 'FundProject';
  /**
   * Findings about this project or one of its payments, ordered by id, limited to regions under
   * the caller's region. Signed-in callers only: the public gets null with UNAUTHENTICATED.
   */
  findings?: Maybe<FindingConnection>;
  /** The project's id, e.g. "PRJ-431002-2017-DIBAO". */
  id: Scalars['ID']['output'];
};


/** A fund project (owned by the finance subgraph); this subgraph adds the findings about it. */
export type FundProjectFindingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<FindingStatus>;
};

/** One accepted batch of an import; a retry with the same batchKey and content returns it again. */
export type ImportBatch = {
  __typename?: 'ImportBatch';
  /** The caller's idempotency key for the batch. */
  batchKey: Scalars['String']['output'];
  /** When it was imported. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable id of the batch. */
  id: Scalars['ID']['output'];
  /** Who imported it (the token's subject). */
  importedBy: Scalars['String']['output'];
  /** What was imported: LEDGER, PAYMENTS or DEATH_REGISTER. */
  kind: Scalars['String']['output'];
  /** How many rows the batch wrote. */
  rowCount: Scalars['Int']['output'];
};

/** A village ledger entry (owned by the finance subgraph), as the subject of a finding. */
export type LedgerEntry = {
  __typename?: 'LedgerEntry';
  /** The entry's id. */
  id: Scalars['ID']['output'];
};

/** Changes to audit projects, findings, reference registers, comparison runs and alerts. */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Records a rectification verified by the caller: an OPEN finding becomes RECTIFYING, and with
   * `completes: true` RECTIFIED. A RECTIFIED or CLOSED finding fails with INVALID_TRANSITION.
   * Auditors of the finding's region, or an admin.
   */
  addRectification: Finding;
  /**
   * Closes a RECTIFIED finding; any other status fails with INVALID_TRANSITION. Auditors of the
   * finding's region, or an admin.
   */
  closeFinding: Finding;
  /**
   * Confirms a NEW alert and, in the same transaction, opens a finding (OPEN) on its subject in
   * its region. Auditors and inspectors of the alert's region, or an admin. An alert that is not
   * NEW (SUPERSEDED included: triage its supersededBy) fails with INVALID_TRANSITION.
   */
  confirmAlert: Alert;
  /** Creates an audit project. Auditors of a region covering `regionCode`, or an admin. */
  createAuditProject: AuditProject;
  /**
   * Dismisses a NEW alert, saying why. Auditors and inspectors of the alert's region, or an admin.
   * An alert that is not NEW (SUPERSEDED included: triage its supersededBy) fails with INVALID_TRANSITION.
   */
  dismissAlert: Alert;
  /**
   * Imports a batch of the deaths register: all or nothing; the same batchKey with the same entries
   * returns the first batch and writes nothing, with other entries fails with IMPORT_CONFLICT; bad
   * rows fail with BAD_USER_INPUT listing each row. ID numbers are kept only as person keys.
   * Auditors, admins, and integration clients for their region.
   */
  importDeathRegister: ImportBatch;
  /** Records a finding (status OPEN). Auditors and staff of the audit department whose region covers the finding's region, or an admin. */
  recordFinding: Finding;
  /**
   * Runs a comparison rule (see `comparisonRules`) over every payment made under `regionCode` for
   * the months `from` to `to` (at most 36). Reads the graph through the gateway page by page,
   * with a service identity no wider than `regionCode`, and raises one alert per subject not yet
   * alerted by this rule version. Alerts of older versions of the rule on the payments it reads are
   * superseded: by the new alert on the same payment (an auditor's decision is carried over when the
   * evidence is unchanged, see Alert.decisionCarriedOver), or without one when this version no
   * longer flags the payment. Auditors of a region covering `regionCode`, or an admin.
   *
   * A run that ends within a few seconds (a village, township or county) is answered DONE with its
   * counts; a longer one (a city, the province) is answered RUNNING and goes on: follow it with
   * `comparisonRun(id)`. A run that fails while the request waits fails the mutation with
   * SUBGRAPH_UNAVAILABLE; later, the run's record says FAILED and why.
   */
  runComparison: ComparisonRun;
};


/** Changes to audit projects, findings, reference registers, comparison runs and alerts. */
export type MutationAddRectificationArgs = {
  input: AddRectificationInput;
};


/** Changes to audit projects, findings, reference registers, comparison runs and alerts. */
export type MutationCloseFindingArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


/** Changes to audit projects, findings, reference registers, comparison runs and alerts. */
export type MutationConfirmAlertArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
};


/** Changes to audit projects, findings, reference registers, comparison runs and alerts. */
export type MutationCreateAuditProjectArgs = {
  input: CreateAuditProjectInput;
};


/** Changes to audit projects, findings, reference registers, comparison runs and alerts. */
export type MutationDismissAlertArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


/** Changes to audit projects, findings, reference registers, comparison runs and alerts. */
export type MutationImportDeathRegisterArgs = {
  input: DeathRegisterImportInput;
};


/** Changes to audit projects, findings, reference registers, comparison runs and alerts. */
export type MutationRecordFindingArgs = {
  input: RecordFindingInput;
};


/** Changes to audit projects, findings, reference registers, comparison runs and alerts. */
export type MutationRunComparisonArgs = {
  from: Scalars['Period']['input'];
  regionCode: Scalars['ID']['input'];
  rule: Scalars['String']['input'];
  to: Scalars['Period']['input'];
};

/** An official (owned by the party-affairs subgraph), as the subject of a finding. */
export type Official = {
  __typename?: 'Official';
  /** The official's id, e.g. "OFF-431002001001-5". */
  id: Scalars['ID']['output'];
};

/** Where a page of a list ends, for cursor pagination. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass it as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow the last edge. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A one-card payment (owned by the finance subgraph); this subgraph adds the alerts raised on it. */
export type Payment = {
  __typename?: 'Payment';
  /**
   * Comparison alerts raised on this payment, oldest first, limited to regions under the caller's
   * region. Auditors, inspectors and admins; anyone else gets null with UNAUTHENTICATED or FORBIDDEN.
   */
  alerts?: Maybe<Array<Alert>>;
  /** The payment's id, e.g. "PAY-431002001001-201701-DIBAO-0". */
  id: Scalars['ID']['output'];
};

/** A resident (owned by the finance subgraph), referenced by person key. */
export type Person = {
  __typename?: 'Person';
  /** HMAC-SHA256 of the person's normalised 18-character ID number, hex; never the ID number itself. */
  personKey: Scalars['ID']['output'];
};

/** Entry points of the audit subgraph. */
export type Query = {
  __typename?: 'Query';
  /** One alert by id; null when none has that id. Auditors, inspectors and admins whose region covers it. */
  alert?: Maybe<Alert>;
  /**
   * The audit service's access log, newest first: reads by signed-in callers of alerts that name a
   * person (read-alert, subject the person key).
   * Only inspectors of the discipline department (dept discipline) and admins (other roles or
   * departments: FORBIDDEN; without a token: UNAUTHENTICATED; the field is then null, the rest of
   * the answer stays). An inspector reads the entries whose region lies under their token's region;
   * inspectors of the province (43) and admins read all of them, those without a region included.
   * Every filter given must match. Reading the log is not itself logged. Each service keeps its own log and has its own field with these
   * arguments: see also `financeAccessLog`, `partyAffairsAccessLog`, `complaintsAccessLog`.
   */
  auditAccessLog?: Maybe<AccessLogConnection>;
  /** One audit project by id; null when none has that id. Signed-in callers whose region covers it. */
  auditProject?: Maybe<AuditProject>;
  /** The comparison rules that `runComparison` accepts, with their current versions. Auditors, inspectors and admins. */
  comparisonRules: Array<ComparisonRule>;
  /** One comparison run by id; null when none has that id. Auditors, inspectors and admins whose region covers it. */
  comparisonRun?: Maybe<ComparisonRun>;
  /** One finding by id; null when none has that id. Signed-in callers whose region covers it. */
  finding?: Maybe<Finding>;
};


/** Entry points of the audit subgraph. */
export type QueryAlertArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points of the audit subgraph. */
export type QueryAuditAccessLogArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  actor?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  subject?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Entry points of the audit subgraph. */
export type QueryAuditProjectArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points of the audit subgraph. */
export type QueryComparisonRunArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points of the audit subgraph. */
export type QueryFindingArgs = {
  id: Scalars['ID']['input'];
};

/** A finding to record. */
export type RecordFindingInput = {
  /** Why it happened. */
  cause?: InputMaybe<Scalars['String']['input']>;
  /** What the auditors found. */
  condition: Scalars['String']['input'];
  /** The law, policy or standard that applies. */
  criteria: Scalars['String']['input'];
  /** What it led to. */
  effect?: InputMaybe<Scalars['String']['input']>;
  /** The audit project it belongs to; its region must cover regionCode. */
  projectId: Scalars['ID']['input'];
  /** The amount in question; 0.00 when none (not negative). */
  questionedAmount: Scalars['Money']['input'];
  /** What must be done. */
  recommendation?: InputMaybe<Scalars['String']['input']>;
  /** Date by which it must be rectified. */
  rectificationDue?: InputMaybe<Scalars['Date']['input']>;
  /** The region where the problem was found. */
  regionCode: Scalars['ID']['input'];
  /** How serious it is. */
  severity: FindingSeverity;
  /** The subject's id (a region's code for REGION). */
  subjectId?: InputMaybe<Scalars['ID']['input']>;
  /** What kind of record the subject is; give it together with subjectId, or neither. */
  subjectType?: InputMaybe<AuditSubjectType>;
  /** What kind of problem it is. */
  type: FindingType;
};

/** One rectification of a finding: what the audited unit did, verified by an auditor. */
export type Rectification = {
  __typename?: 'Rectification';
  /** The action taken, e.g. 已追回多发低保金并取消保障资格. */
  actionTaken: Scalars['String']['output'];
  /** True when this rectification completed the finding's rectification (the finding became RECTIFIED). */
  completes: Scalars['Boolean']['output'];
  /** The evidence seen, e.g. the voucher numbers of the refund. */
  evidence?: Maybe<Scalars['String']['output']>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Money recovered by this action, 0.00 when none. */
  moneyRecovered: Scalars['Money']['output'];
  /** When it was verified. */
  verifiedAt: Scalars['DateTime']['output'];
  /** The auditor who verified it (the token's subject). */
  verifiedBy: Scalars['String']['output'];
};

/**
 * An administrative division of Hunan, identified by its statistical division code. The finance
 * subgraph owns the hierarchy; this subgraph adds the audit findings and comparison alerts of the
 * region and of every region under it.
 */
export type Region = {
  __typename?: 'Region';
  /**
   * Comparison alerts on payments made in this region and every region under it, ordered by
   * region code, then id. Auditors, inspectors and admins whose region covers this one (alerts are
   * unverified clues about named persons); anyone else gets null with UNAUTHENTICATED or FORBIDDEN.
   */
  alerts?: Maybe<AlertConnection>;
  /** Statistical division code: 2 digits for the province, 4 city, 6 county, 9 township, 12 village. */
  code: Scalars['ID']['output'];
  /**
   * Findings on this region and every region under it, ordered by region code, then id.
   * Signed-in callers whose region covers this one (staff, auditors, inspectors, admins); the
   * public gets null with UNAUTHENTICATED, staff of other regions null with FORBIDDEN.
   */
  findings?: Maybe<FindingConnection>;
  /** Level of the division in the hierarchy. */
  level: RegionLevel;
  /** Official name of the division, e.g. 郴州市. */
  name: Scalars['String']['output'];
  /**
   * How many findings on this region and every region under it are still open: status OPEN or
   * RECTIFYING (a finding stops counting once its rectification is verified, RECTIFIED, or it is
   * CLOSED). Counted in SQL over every village, township and county under the region.
   *
   * Who may read it: everyone, the public included. It is a region total, like the disclosed
   * finance totals of security.md: it names no finding, person, amount or subject, and the
   * details stay behind `findings`, which the public may not read.
   */
  openFindingCount?: Maybe<Scalars['Int']['output']>;
};


/**
 * An administrative division of Hunan, identified by its statistical division code. The finance
 * subgraph owns the hierarchy; this subgraph adds the audit findings and comparison alerts of the
 * region and of every region under it.
 */
export type RegionAlertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<AlertStatus>;
  superseded?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * An administrative division of Hunan, identified by its statistical division code. The finance
 * subgraph owns the hierarchy; this subgraph adds the audit findings and comparison alerts of the
 * region and of every region under it.
 */
export type RegionFindingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<FindingStatus>;
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
  Alert: Alert;
  Finding: Finding;
  FundProject: FundProject;
  Payment: Payment;
  Region: Region;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Alert:
    ( { __typename: 'Alert' }
    & GraphQLRecursivePick<FederationTypes['Alert'], {"id":true}> );
  Finding:
    ( { __typename: 'Finding' }
    & GraphQLRecursivePick<FederationTypes['Finding'], {"id":true}> );
  FundProject:
    ( { __typename: 'FundProject' }
    & GraphQLRecursivePick<FederationTypes['FundProject'], {"id":true}> );
  Payment:
    ( { __typename: 'Payment' }
    & GraphQLRecursivePick<FederationTypes['Payment'], {"id":true}> );
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"code":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AccessLogConnection: ResolverTypeWrapper<AccessLogConnectionParent>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AccessLogEdge: ResolverTypeWrapper<Omit<AccessLogEdge, 'node'> & { node: ResolversTypes['AccessLogEntry'] }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AccessLogEntry: ResolverTypeWrapper<AccessLogRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AddRectificationInput: AddRectificationInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Alert: ResolverTypeWrapper<AlertRow>;
  AlertConnection: ResolverTypeWrapper<AlertConnectionParent>;
  AlertEdge: ResolverTypeWrapper<Omit<AlertEdge, 'node'> & { node: ResolversTypes['Alert'] }>;
  AlertFact: ResolverTypeWrapper<AlertFact>;
  AlertStatus: AlertStatus;
  AuditProject: ResolverTypeWrapper<AuditProjectRow>;
  AuditProjectType: AuditProjectType;
  AuditSubject: ResolverTypeWrapper<SubjectParent>;
  AuditSubjectType: AuditSubjectType;
  ComparisonRule: ResolverTypeWrapper<ComparisonRuleModule>;
  ComparisonRun: ResolverTypeWrapper<ComparisonRunRow>;
  ComparisonRunStatus: ComparisonRunStatus;
  CreateAuditProjectInput: CreateAuditProjectInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeathRecordInput: DeathRecordInput;
  DeathRegisterImportInput: DeathRegisterImportInput;
  Finding: ResolverTypeWrapper<FindingRow>;
  FindingConnection: ResolverTypeWrapper<FindingConnectionParent>;
  FindingEdge: ResolverTypeWrapper<Omit<FindingEdge, 'node'> & { node: ResolversTypes['Finding'] }>;
  FindingSeverity: FindingSeverity;
  FindingStatus: FindingStatus;
  FindingType: FindingType;
  FundProject: ResolverTypeWrapper<EntityRef>;
  ImportBatch: ResolverTypeWrapper<ImportBatchRow>;
  LedgerEntry: ResolverTypeWrapper<LedgerEntry>;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Official: ResolverTypeWrapper<Official>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Payment: ResolverTypeWrapper<EntityRef>;
  Period: ResolverTypeWrapper<Scalars['Period']['output']>;
  Person: ResolverTypeWrapper<Person>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordFindingInput: RecordFindingInput;
  Rectification: ResolverTypeWrapper<RectificationRow>;
  Region: ResolverTypeWrapper<RegionParent>;
  RegionLevel: RegionLevel;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AccessLogConnection: AccessLogConnectionParent;
  Int: Scalars['Int']['output'];
  AccessLogEdge: Omit<AccessLogEdge, 'node'> & { node: ResolversParentTypes['AccessLogEntry'] };
  String: Scalars['String']['output'];
  AccessLogEntry: AccessLogRow;
  ID: Scalars['ID']['output'];
  AddRectificationInput: AddRectificationInput;
  Boolean: Scalars['Boolean']['output'];
  Alert: AlertRow;
  AlertConnection: AlertConnectionParent;
  AlertEdge: Omit<AlertEdge, 'node'> & { node: ResolversParentTypes['Alert'] };
  AlertFact: AlertFact;
  AuditProject: AuditProjectRow;
  AuditSubject: SubjectParent;
  ComparisonRule: ComparisonRuleModule;
  ComparisonRun: ComparisonRunRow;
  CreateAuditProjectInput: CreateAuditProjectInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeathRecordInput: DeathRecordInput;
  DeathRegisterImportInput: DeathRegisterImportInput;
  Finding: FindingRow;
  FindingConnection: FindingConnectionParent;
  FindingEdge: Omit<FindingEdge, 'node'> & { node: ResolversParentTypes['Finding'] };
  FundProject: EntityRef;
  ImportBatch: ImportBatchRow;
  LedgerEntry: LedgerEntry;
  Money: Scalars['Money']['output'];
  Mutation: Record<PropertyKey, never>;
  Official: Official;
  PageInfo: PageInfo;
  Payment: EntityRef;
  Period: Scalars['Period']['output'];
  Person: Person;
  Query: Record<PropertyKey, never>;
  RecordFindingInput: RecordFindingInput;
  Rectification: RectificationRow;
  Region: RegionParent;
}>;

export type PersonalReadDirectiveArgs = { };

export type PersonalReadDirectiveResolver<Result, Parent, ContextType = AuditContext, Args = PersonalReadDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AccessLogConnectionResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['AccessLogConnection'] = ResolversParentTypes['AccessLogConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AccessLogEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AccessLogEdgeResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['AccessLogEdge'] = ResolversParentTypes['AccessLogEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AccessLogEntry'], ParentType, ContextType>;
}>;

export type AccessLogEntryResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['AccessLogEntry'] = ResolversParentTypes['AccessLogEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actorRoles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AlertResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['Alert'] = ResolversParentTypes['Alert'], FederationReferenceType extends FederationReferenceTypes['Alert'] = FederationReferenceTypes['Alert']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Alert']> | FederationReferenceType, FederationReferenceType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decisionCarriedOver?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  facts?: Resolver<Array<ResolversTypes['AlertFact']>, ParentType, ContextType>;
  finding?: Resolver<Maybe<ResolversTypes['Finding']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  raisedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ruleVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  run?: Resolver<ResolversTypes['ComparisonRun'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AlertStatus'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['AuditSubject']>, ParentType, ContextType>;
  supersededAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  supersededBy?: Resolver<Maybe<ResolversTypes['Alert']>, ParentType, ContextType>;
  supersededByRun?: Resolver<Maybe<ResolversTypes['ComparisonRun']>, ParentType, ContextType>;
  supersedes?: Resolver<Maybe<ResolversTypes['Alert']>, ParentType, ContextType>;
}>;

export type AlertConnectionResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['AlertConnection'] = ResolversParentTypes['AlertConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AlertEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AlertEdgeResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['AlertEdge'] = ResolversParentTypes['AlertEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Alert'], ParentType, ContextType>;
}>;

export type AlertFactResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['AlertFact'] = ResolversParentTypes['AlertFact']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuditProjectResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['AuditProject'] = ResolversParentTypes['AuditProject']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  findings?: Resolver<ResolversTypes['FindingConnection'], ParentType, ContextType, Partial<AuditProjectFindingsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodFrom?: Resolver<ResolversTypes['Period'], ParentType, ContextType>;
  periodTo?: Resolver<ResolversTypes['Period'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['AuditProjectType'], ParentType, ContextType>;
}>;

export type AuditSubjectResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['AuditSubject'] = ResolversParentTypes['AuditSubject']> = ResolversObject<{
  __resolveType: TypeResolveFn<'FundProject' | 'LedgerEntry' | 'Official' | 'Payment' | 'Region', ParentType, ContextType>;
}>;

export type ComparisonRuleResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['ComparisonRule'] = ResolversParentTypes['ComparisonRule']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ComparisonRunResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['ComparisonRun'] = ResolversParentTypes['ComparisonRun']> = ResolversObject<{
  alertsRaised?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  alertsSuperseded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failure?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Period'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  rowsRead?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ruleVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  startedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ComparisonRunStatus'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Period'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FindingResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['Finding'] = ResolversParentTypes['Finding'], FederationReferenceType extends FederationReferenceTypes['Finding'] = FederationReferenceTypes['Finding']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Finding']> | FederationReferenceType, FederationReferenceType, ContextType>;
  alert?: Resolver<Maybe<ResolversTypes['Alert']>, ParentType, ContextType>;
  cause?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  closedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  closingNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  condition?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  criteria?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effect?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isRepeat?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['AuditProject']>, ParentType, ContextType>;
  questionedAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  recommendation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recoveredAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  rectificationDue?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  rectifications?: Resolver<Array<ResolversTypes['Rectification']>, ParentType, ContextType>;
  refNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['FindingSeverity'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FindingStatus'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['AuditSubject']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['FindingType'], ParentType, ContextType>;
}>;

export type FindingConnectionResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['FindingConnection'] = ResolversParentTypes['FindingConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FindingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FindingEdgeResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['FindingEdge'] = ResolversParentTypes['FindingEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Finding'], ParentType, ContextType>;
}>;

export type FundProjectResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['FundProject'] = ResolversParentTypes['FundProject'], FederationReferenceType extends FederationReferenceTypes['FundProject'] = FederationReferenceTypes['FundProject']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['FundProject']> | FederationReferenceType, FederationReferenceType, ContextType>;
  findings?: Resolver<Maybe<ResolversTypes['FindingConnection']>, ParentType, ContextType, Partial<FundProjectFindingsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ImportBatchResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['ImportBatch'] = ResolversParentTypes['ImportBatch']> = ResolversObject<{
  batchKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rowCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LedgerEntryResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['LedgerEntry'] = ResolversParentTypes['LedgerEntry']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Money'], any> {
  name: 'Money';
}

export type MutationResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addRectification?: Resolver<ResolversTypes['Finding'], ParentType, ContextType, RequireFields<MutationAddRectificationArgs, 'input'>>;
  closeFinding?: Resolver<ResolversTypes['Finding'], ParentType, ContextType, RequireFields<MutationCloseFindingArgs, 'id' | 'note'>>;
  confirmAlert?: Resolver<ResolversTypes['Alert'], ParentType, ContextType, RequireFields<MutationConfirmAlertArgs, 'id'>>;
  createAuditProject?: Resolver<ResolversTypes['AuditProject'], ParentType, ContextType, RequireFields<MutationCreateAuditProjectArgs, 'input'>>;
  dismissAlert?: Resolver<ResolversTypes['Alert'], ParentType, ContextType, RequireFields<MutationDismissAlertArgs, 'id' | 'note'>>;
  importDeathRegister?: Resolver<ResolversTypes['ImportBatch'], ParentType, ContextType, RequireFields<MutationImportDeathRegisterArgs, 'input'>>;
  recordFinding?: Resolver<ResolversTypes['Finding'], ParentType, ContextType, RequireFields<MutationRecordFindingArgs, 'input'>>;
  runComparison?: Resolver<ResolversTypes['ComparisonRun'], ParentType, ContextType, RequireFields<MutationRunComparisonArgs, 'from' | 'regionCode' | 'rule' | 'to'>>;
}>;

export type OfficialResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['Official'] = ResolversParentTypes['Official']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PaymentResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['Payment'] = ResolversParentTypes['Payment'], FederationReferenceType extends FederationReferenceTypes['Payment'] = FederationReferenceTypes['Payment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Payment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  alerts?: Resolver<Maybe<Array<ResolversTypes['Alert']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface PeriodScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Period'], any> {
  name: 'Period';
}

export type PersonResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = ResolversObject<{
  personKey?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  alert?: Resolver<Maybe<ResolversTypes['Alert']>, ParentType, ContextType, RequireFields<QueryAlertArgs, 'id'>>;
  auditAccessLog?: Resolver<Maybe<ResolversTypes['AccessLogConnection']>, ParentType, ContextType, Partial<QueryAuditAccessLogArgs>>;
  auditProject?: Resolver<Maybe<ResolversTypes['AuditProject']>, ParentType, ContextType, RequireFields<QueryAuditProjectArgs, 'id'>>;
  comparisonRules?: Resolver<Array<ResolversTypes['ComparisonRule']>, ParentType, ContextType>;
  comparisonRun?: Resolver<Maybe<ResolversTypes['ComparisonRun']>, ParentType, ContextType, RequireFields<QueryComparisonRunArgs, 'id'>>;
  finding?: Resolver<Maybe<ResolversTypes['Finding']>, ParentType, ContextType, RequireFields<QueryFindingArgs, 'id'>>;
}>;

export type RectificationResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['Rectification'] = ResolversParentTypes['Rectification']> = ResolversObject<{
  actionTaken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  completes?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  moneyRecovered?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  verifiedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  verifiedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RegionResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  alerts?: Resolver<Maybe<ResolversTypes['AlertConnection']>, ParentType, ContextType, Partial<RegionAlertsArgs>>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  findings?: Resolver<Maybe<ResolversTypes['FindingConnection']>, ParentType, ContextType, Partial<RegionFindingsArgs>>;
  level?: Resolver<ResolversTypes['RegionLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openFindingCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type Resolvers<ContextType = AuditContext> = ResolversObject<{
  AccessLogConnection?: AccessLogConnectionResolvers<ContextType>;
  AccessLogEdge?: AccessLogEdgeResolvers<ContextType>;
  AccessLogEntry?: AccessLogEntryResolvers<ContextType>;
  Alert?: AlertResolvers<ContextType>;
  AlertConnection?: AlertConnectionResolvers<ContextType>;
  AlertEdge?: AlertEdgeResolvers<ContextType>;
  AlertFact?: AlertFactResolvers<ContextType>;
  AuditProject?: AuditProjectResolvers<ContextType>;
  AuditSubject?: AuditSubjectResolvers<ContextType>;
  ComparisonRule?: ComparisonRuleResolvers<ContextType>;
  ComparisonRun?: ComparisonRunResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Finding?: FindingResolvers<ContextType>;
  FindingConnection?: FindingConnectionResolvers<ContextType>;
  FindingEdge?: FindingEdgeResolvers<ContextType>;
  FundProject?: FundProjectResolvers<ContextType>;
  ImportBatch?: ImportBatchResolvers<ContextType>;
  LedgerEntry?: LedgerEntryResolvers<ContextType>;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Official?: OfficialResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  Period?: GraphQLScalarType;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Rectification?: RectificationResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = AuditContext> = ResolversObject<{
  personalRead?: PersonalReadDirectiveResolver<any, any, ContextType>;
}>;
