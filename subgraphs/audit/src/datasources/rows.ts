/** Rows of the audit store, as knex returns them (the mappers of the GraphQL types in /codegen.ts). */

export type FindingStatus = 'OPEN' | 'RECTIFYING' | 'RECTIFIED' | 'CLOSED';
export type AlertStatus = 'NEW' | 'CONFIRMED' | 'DISMISSED' | 'SUPERSEDED';
export type SubjectType = 'FUND_PROJECT' | 'PAYMENT' | 'LEDGER_ENTRY' | 'OFFICIAL' | 'REGION';

export interface AuditProjectRow {
  id: string;
  name: string;
  type: string;
  region_code: string;
  period_from: string;
  period_to: string;
  created_by: string;
  created_at: string;
}

export interface FindingRow {
  id: string;
  ref_no: string;
  project_id: string | null;
  region_code: string;
  subject_type: SubjectType | null;
  subject_id: string | null;
  fund_project_id: string | null;
  type: string;
  severity: string;
  criteria: string;
  condition_text: string;
  cause: string | null;
  effect: string | null;
  recommendation: string | null;
  /** Fen. */
  questioned_amount: number;
  /** Fen, the sum of the rectifications' money_recovered. */
  recovered_amount: number;
  status: FindingStatus;
  rectification_due: string | null;
  /** SQLite returns 0/1, MySQL 0/1 as well (TINYINT); read with Boolean(). */
  is_repeat: boolean | number;
  alert_id: string | null;
  recorded_by: string;
  recorded_at: string;
  closed_by: string | null;
  closed_at: string | null;
  closing_note: string | null;
}

export interface RectificationRow {
  id: string;
  finding_id: string;
  action_taken: string;
  money_recovered: number;
  evidence: string | null;
  completes: boolean | number;
  verified_by: string;
  verified_at: string;
}

export interface ComparisonRunRow {
  id: string;
  rule: string;
  rule_version: number;
  region_code: string;
  period_from: string;
  period_to: string;
  status: 'RUNNING' | 'DONE' | 'FAILED';
  rows_read: number;
  alerts_raised: number;
  started_by: string;
  started_at: string;
  finished_at: string | null;
  failure: string | null;
  /** The host and pid of the process that runs it (null for runs recorded before owners were). */
  owner_host: string | null;
  owner_pid: number | null;
  /** When its process last said it was still working on it. */
  heartbeat_at: string | null;
}

export interface AlertRow {
  id: string;
  rule: string;
  rule_version: number;
  subject_type: SubjectType;
  subject_id: string;
  person_key: string | null;
  region_code: string;
  fund_project_id: string | null;
  /** Fen. */
  questioned_amount: number;
  evidence: string;
  /** JSON: Array<{ name, value }>. */
  facts: string;
  status: AlertStatus;
  decided_by: string | null;
  decided_at: string | null;
  note: string | null;
  finding_id: string | null;
  run_id: string;
  raised_at: string;
  /** The alert of an older version of the rule on the same subject that this one replaced. */
  supersedes_id: string | null;
  /** The newer version's alert that replaced this one; null also when superseded without a successor. */
  superseded_by_id: string | null;
  /** The run of a newer version that superseded this alert (with a successor or without). */
  superseded_by_run_id: string | null;
  superseded_at: string | null;
  /** The status and decision were carried from `supersedes_id` (SQLite and MySQL return 0/1). */
  decision_carried: boolean | number;
}

/** What a finding's or an alert's `subject` resolves from: the record's type and key. */
export interface SubjectRef {
  type: SubjectType;
  id: string;
}

export const SUBJECT_TYPENAMES: Record<SubjectType, string> = {
  FUND_PROJECT: 'FundProject',
  PAYMENT: 'Payment',
  LEDGER_ENTRY: 'LedgerEntry',
  OFFICIAL: 'Official',
  REGION: 'Region',
};

/** Another subgraph's entity as this one knows it: its key alone (Payment, FundProject, ...). */
export interface EntityRef {
  id: string;
}

/** A finding's or an alert's subject as the AuditSubject union resolves it. */
export type SubjectParent =
  | { __typename: 'FundProject' | 'Payment' | 'LedgerEntry' | 'Official'; id: string }
  | { __typename: 'Region'; code: string };

export function subjectParent(type: SubjectType | null, id: string | null): SubjectParent | null {
  if (type === null || id === null) return null;
  if (type === 'REGION') return { __typename: 'Region', code: id };
  return { __typename: SUBJECT_TYPENAMES[type] as 'FundProject' | 'Payment' | 'LedgerEntry' | 'Official', id };
}
