import { canSeeRegion, hasRole, requireRoleInRegion, requireSignedIn, type Principal } from '../../../lib/auth';
import { forbidden } from '../../../lib/errors';
import { regionRange } from '../../../lib/region-range';

/**
 * Who may do what in audit (security.md), in one place for root resolvers and
 * `__resolveReference` alike:
 *
 * - findings and audit projects: any signed-in caller whose region covers the record's
 *   (staff must see the findings they rectify);
 * - alerts and comparison runs: auditors, inspectors and our own service jobs (alerts are
 *   unverified clues that name persons), within their region;
 * - writes: auditors of the region (findings, rectifications, projects, runs); staff of the
 *   audit department (findings: their department's records); auditors and inspectors (alert
 *   triage); auditors and integration clients (registers); admins anywhere.
 *
 * The public is UNAUTHENTICATED, other roles and other regions FORBIDDEN. The one exception,
 * `Region.openFindingCount`, is a region total and public (see its SDL description).
 */

export const ALERT_READERS = ['auditor', 'inspector', 'service'] as const;

/** Findings and projects of a region: every signed-in caller whose region covers it. */
export function requireRegionReader(principal: Principal, regionCode: string, action: string): void {
  requireSignedIn(principal, action);
  if (!canSeeRegion(principal, regionCode)) {
    throw forbidden(`Your account covers region ${principal.region}; it may not ${action} in region ${regionCode}`);
  }
}

/** Alerts and runs: auditors, inspectors, service jobs and admins, within their region. */
export function requireAlertReader(principal: Principal, regionCode: string | null, action: string): void {
  requireSignedIn(principal, action);
  if (!hasRole(principal, ...ALERT_READERS)) {
    throw forbidden(`Only auditors, inspectors and admins may ${action}`);
  }
  if (regionCode !== null && !canSeeRegion(principal, regionCode)) {
    throw forbidden(`Your account covers region ${principal.region}; it may not ${action} in region ${regionCode}`);
  }
}

export function requireAuditor(principal: Principal, regionCode: string, action: string): void {
  requireRoleInRegion(principal, ['auditor'], regionCode, action);
}

/** recordFinding: auditors, and staff of the audit department (security.md), within their region. */
export function requireFindingRecorder(principal: Principal, regionCode: string): void {
  const action = 'record findings';
  requireSignedIn(principal, action);
  const auditStaff = principal.roles.includes('staff') && principal.dept === 'audit';
  if (!hasRole(principal, 'auditor') && !auditStaff) {
    throw forbidden('Only auditors and staff of the audit department may record findings');
  }
  if (!canSeeRegion(principal, regionCode)) {
    throw forbidden(`Your account covers region ${principal.region}; it may not ${action} in region ${regionCode}`);
  }
}

export function requireTriage(principal: Principal, regionCode: string, action: string): void {
  requireRoleInRegion(principal, ['auditor', 'inspector'], regionCode, action);
}

export function requireImporter(principal: Principal, regionCode: string, action: string): void {
  requireRoleInRegion(principal, ['auditor', 'integration'], regionCode, action);
}

/**
 * The range of region codes a signed-in caller sees, for lists reached through another
 * subgraph's entity (a payment's alerts, a project's findings); null means everything (admins).
 */
export function visibleRange(principal: Principal): [string, string] | null {
  if (principal.roles.includes('admin')) return null;
  return regionRange(principal.region ?? '');
}
