import { canSeeRegion, hasRole, requireDepartment, requireRoleInRegion, type Principal } from '../../../lib/auth';
import { forbidden, unauthenticated } from '../../../lib/errors';

/**
 * Who may do what in party-affairs (security.md), in one place. As in the other subgraphs, what
 * any signed-in caller may read refuses the public with UNAUTHENTICATED ("Sign in ..."), and
 * personal detail (person keys, relatives, official posts) refuses everyone without the role,
 * the public included, with FORBIDDEN: the public has no account that could see it. Like every
 * refusal raised in a field, they set no HTTP status: a public query that asked one restricted
 * field keeps its other fields.
 */

/** Person keys and relatives of an official: auditors, inspectors, service jobs and admins in scope, and party staff of the region. */
export function mayReadPersonDetail(principal: Principal, regionCode: string): boolean {
  if (!canSeeRegion(principal, regionCode)) return false;
  if (hasRole(principal, 'auditor', 'inspector', 'service')) return true;
  return hasRole(principal, 'staff') && principal.dept === 'party';
}

export function requirePersonDetail(principal: Principal, regionCode: string, what: string): void {
  if (!mayReadPersonDetail(principal, regionCode)) {
    throw forbidden(`Only auditors, inspectors and party-affairs staff whose region covers ${regionCode} may see ${what}`);
  }
}

/** The register read by audit's OFFICIAL_RECIPIENT rule. */
export function requireRegisterReader(principal: Principal, regionCode: string): void {
  requireRoleInRegion(principal, ['auditor', 'inspector', 'service'], regionCode, 'read the register of officials and their relatives');
}

/** Person.officialRoles: auditors, inspectors, service jobs and admins (each role then limited to its region). */
export function requireOfficialRolesReader(principal: Principal): void {
  if (principal.kind === 'anonymous' || !hasRole(principal, 'auditor', 'inspector', 'service')) {
    throw forbidden('Only auditors and inspectors may see whether a person holds or is related to an official post');
  }
}

/** Accountability actions: any signed-in caller whose region covers the official's. */
export function mayReadActions(principal: Principal, officialRegionCode: string): boolean {
  return principal.kind === 'user' && canSeeRegion(principal, officialRegionCode);
}

export function requireActionsReader(principal: Principal, officialRegionCode: string): void {
  requireSignedIn(principal, 'accountability actions');
  if (!mayReadActions(principal, officialRegionCode)) {
    throw forbidden(`Your account covers region ${principal.region}; accountability actions in region ${officialRegionCode} are outside it`);
  }
}

export function requireSignedIn(principal: Principal, what: string): void {
  if (principal.kind === 'anonymous') throw unauthenticated(`Sign in to see ${what}`);
}

/** Registering officials and relatives, publishing disclosures: party-affairs staff of the region, or an admin. */
export function requirePartyStaff(principal: Principal, regionCode: string, action: string): void {
  requireRoleInRegion(principal, ['staff'], regionCode, action);
  requireDepartment(principal, 'party', action);
}

/** Recording accountability: discipline inspectors of the official's region, or an admin. */
export function requireDisciplineInspector(principal: Principal, regionCode: string, action: string): void {
  requireRoleInRegion(principal, ['inspector'], regionCode, action);
  requireDepartment(principal, 'discipline', action);
}
