import { canSeeRegion, requireDepartment, requireRole, requireRoleInRegion, type Principal } from '../../../lib/auth';
import { forbidden } from '../../../lib/errors';
import { READER_ROLES } from './views';

/**
 * Authorization of the complaints subgraph (security.md), checked in the resolvers before any
 * write: handling is for the complaints staff (dept complaints) and admins of the complaint's
 * region; reading for staff, integration clients, auditors, inspectors, services and admins of the region.
 */

/** Handling needs a complaints-staff account (the public: UNAUTHENTICATED; other roles and departments: FORBIDDEN). */
export function requireHandler(principal: Principal, action: string): void {
  requireRole(principal, ['staff'], action);
  requireDepartment(principal, 'complaints', action);
}

/** ... and the complaint's region under the account's. */
export function requireHandlerRegion(principal: Principal, regionCode: string, action: string): void {
  if (!canSeeRegion(principal, regionCode)) {
    throw forbidden(`Your account covers region ${principal.region}; it may not ${action} in region ${regionCode}`);
  }
}

export function requireReader(principal: Principal, action: string): void {
  requireRole(principal, [...READER_ROLES], action);
}

export function requireReaderInRegion(principal: Principal, regionCode: string, action: string): void {
  requireRoleInRegion(principal, [...READER_ROLES], regionCode, action);
}
