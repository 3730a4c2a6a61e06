import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import type { JwtConfig } from './config';
import { forbidden, invalidToken, unauthenticated } from './errors';
import { isUnderRegion } from './region-range';

/** Roles of security.md. `public` is the anonymous caller; `service` is a job of ours. */
export const ROLES = ['staff', 'auditor', 'inspector', 'integration', 'admin', 'service'] as const;
export type Role = (typeof ROLES)[number];
export const DEPARTMENTS = ['finance', 'audit', 'discipline', 'party', 'complaints'] as const;
export type Department = (typeof DEPARTMENTS)[number];

export const PROVINCE_CODE = '43';

/**
 * The longest subject (sub) a token may name: every store records it in a varchar(128) column
 * (access_log.actor_sub, imported_by, recorded_by, ...), which MariaDB's strict mode refuses to
 * overflow. Counted in characters (code points), as MariaDB counts them.
 */
export const MAX_SUBJECT_LENGTH = 128;

export interface Principal {
  /** `anonymous` is the public; every other caller presented a verified token. */
  readonly kind: 'anonymous' | 'user';
  readonly sub: string | null;
  readonly name: string | null;
  readonly roles: readonly Role[];
  readonly dept: Department | null;
  /** Scope of what the caller sees: everything under this region code. */
  readonly region: string | null;
}

export const ANONYMOUS: Principal = Object.freeze({
  kind: 'anonymous',
  sub: null,
  name: null,
  roles: [],
  dept: null,
  region: null,
});

export type TokenVerifier = (authorization: string | undefined) => Promise<Principal>;

/**
 * Verifies `Authorization: Bearer <jwt>`. No header means the public; a header that is not a
 * valid, unexpired token is UNAUTHENTICATED (401), never a silent downgrade to public.
 */
export function createTokenVerifier(config: JwtConfig): TokenVerifier {
  const key =
    config.kind === 'secret' ? new TextEncoder().encode(config.secret) : createRemoteJWKSet(new URL(config.url));
  const algorithms = config.kind === 'secret' ? ['HS256'] : ['RS256', 'ES256', 'EdDSA'];
  return async (authorization) => {
    if (authorization === undefined || authorization.trim() === '') return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw invalidToken('The Authorization header must be "Bearer <token>"');
    let payload: JWTPayload;
    try {
      // jose's overloads differ only in the key's type; both branches are checked above.
      ({ payload } =
        key instanceof Uint8Array
          ? await jwtVerify(match[1], key, { algorithms })
          : await jwtVerify(match[1], key, { algorithms }));
    } catch (err) {
      if (err instanceof joseErrors.JWTExpired) throw invalidToken('The token has expired; sign in again');
      throw invalidToken('The token is not valid; sign in again');
    }
    return principalFromClaims(payload);
  };
}

function principalFromClaims(payload: JWTPayload): Principal {
  const roles = Array.isArray(payload.roles) ? payload.roles : [];
  const dept = payload.dept;
  const region = payload.region;
  if (typeof payload.exp !== 'number') throw invalidToken('The token has no expiry (exp); sign in again');
  if (typeof payload.sub !== 'string' || payload.sub === '') throw invalidToken('The token names no subject (sub)');
  // Refused rather than cut: a shortened sub could name another account in every record.
  if ([...payload.sub].length > MAX_SUBJECT_LENGTH) {
    throw invalidToken(`The token's subject (sub) is longer than ${MAX_SUBJECT_LENGTH} characters; ask for a token with a shorter account id`);
  }
  if (!roles.length || !roles.every((r): r is Role => (ROLES as readonly unknown[]).includes(r))) {
    throw invalidToken(`The token's roles must be a non-empty list of ${ROLES.join(', ')}`);
  }
  if (dept !== undefined && !(DEPARTMENTS as readonly unknown[]).includes(dept)) {
    throw invalidToken(`The token's dept must be one of ${DEPARTMENTS.join(', ')}`);
  }
  if (typeof region !== 'string' || !/^43(\d{2}|\d{4}|\d{7}|\d{10})?$/.test(region)) {
    throw invalidToken('The token must carry a Hunan region code (region) such as "43" or "4310"');
  }
  return Object.freeze({
    kind: 'user',
    sub: payload.sub,
    name: typeof payload.name === 'string' ? payload.name : null,
    // Each role once: a repeated role adds nothing and would only lengthen logged role lists.
    roles: [...new Set(roles as Role[])],
    dept: (dept as Department | undefined) ?? null,
    region,
  });
}

export function hasRole(principal: Principal, ...roles: Role[]): boolean {
  return principal.roles.includes('admin') || roles.some((r) => principal.roles.includes(r));
}

/** True when the caller's scope covers the region (admins and province-wide callers see all). */
export function canSeeRegion(principal: Principal, regionCode: string): boolean {
  if (principal.kind === 'anonymous' || principal.region === null) return false;
  if (principal.roles.includes('admin')) return true;
  return isUnderRegion(regionCode, principal.region);
}

/**
 * Refuses the public with "Sign in to <action>" (UNAUTHENTICATED). Every subgraph's refusal of an
 * anonymous caller goes through here or `unauthenticated` itself: raised in a field, it must not
 * set HTTP 401 (lib/errors), or the other fields of the request would be lost with it.
 */
export function requireSignedIn(principal: Principal, action: string): void {
  if (principal.kind === 'anonymous') throw unauthenticated(`Sign in to ${action}`);
}

/** Refuses anonymous callers (UNAUTHENTICATED) and callers with none of the roles (FORBIDDEN). */
export function requireRole(principal: Principal, roles: Role[], action: string): void {
  requireSignedIn(principal, action);
  if (!hasRole(principal, ...roles)) throw forbidden(`Your role may not ${action}; it needs one of: ${roles.join(', ')}`);
}

/** requireRole, then the region scope: staff of another region get FORBIDDEN. */
export function requireRoleInRegion(principal: Principal, roles: Role[], regionCode: string, action: string): void {
  requireRole(principal, roles, action);
  if (!canSeeRegion(principal, regionCode)) {
    throw forbidden(`Your account covers region ${principal.region}; it may not ${action} in region ${regionCode}`);
  }
}

/** requireRole, then the department: finance staff may not handle complaints, and so on. */
export function requireDepartment(principal: Principal, dept: Department, action: string): void {
  if (principal.roles.includes('admin')) return;
  if (principal.dept !== dept) throw forbidden(`Only the ${dept} department may ${action}`);
}
