import { canSeeRegion, hasRole, type Principal } from '../../../lib/auth';
import type { Connection } from '../../../lib/pagination';
import type { ComplaintEventRow, ComplaintRow, SubjectType } from './datasources/rows';

/**
 * Who sees what of a complaint (security.md). A resolver's parent carries the row and the view
 * it was reached under, so every field decides from one place:
 * - SUBMITTER: reached with the query code; everything but other people's data.
 * - OFFICE: staff, integration clients (who read as staff), auditors, inspectors, services and
 *   admins whose region covers the complaint.
 * - PUBLIC: anyone else who reaches it through another record; content and reply only when
 *   the submitter allowed publishing, no timeline.
 */
export type ComplaintView = 'SUBMITTER' | 'OFFICE' | 'PUBLIC';

export interface ComplaintParent {
  readonly row: ComplaintRow;
  readonly view: ComplaintView;
}

/** Roles that read complaints under their region; integration reads as staff (security.md). */
export const READER_ROLES = ['staff', 'integration', 'auditor', 'inspector', 'service'] as const;

export function isOfficeReader(principal: Principal, regionCode: string): boolean {
  return principal.kind === 'user' && hasRole(principal, ...READER_ROLES) && canSeeRegion(principal, regionCode);
}

export function viewFor(principal: Principal, row: ComplaintRow): ComplaintView {
  return isOfficeReader(principal, row.region_code) ? 'OFFICE' : 'PUBLIC';
}

/** The complainant's identity: discipline inspectors and admins of the complaint's region only. */
export function mayReadComplainant(principal: Principal, regionCode: string): boolean {
  if (principal.kind !== 'user' || !canSeeRegion(principal, regionCode)) return false;
  return principal.roles.includes('admin') || (principal.roles.includes('inspector') && principal.dept === 'discipline');
}

export function mayReadContent(parent: ComplaintParent): boolean {
  return parent.view !== 'PUBLIC' || Boolean(parent.row.allow_publish);
}

export interface ComplaintEventParent {
  readonly event: ComplaintEventRow;
  readonly view: ComplaintView;
}

export type ComplaintConnectionParent = Connection<ComplaintParent>;

/** Another subgraph's entity, known here by its key alone (and, as a complaint's subject, its type). */
export interface EntityStub {
  readonly id: string;
  readonly __typename?: SubjectType;
}
