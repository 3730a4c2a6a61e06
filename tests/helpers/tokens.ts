import { SignJWT } from 'jose';
import type { Department, Role } from '../../lib/auth';

/** The secret every test stack signs and verifies with. */
export const TEST_JWT_SECRET = 'test-jwt-secret-0123456789abcdef0123456789';
export const TEST_PERSON_KEY_SECRET = 'test-person-key-secret-0123456789abcdef';

export interface TokenClaims {
  role: Role;
  region: string;
  dept?: Department;
  sub?: string;
  name?: string;
  /** Seconds from now; negative makes an expired token. */
  expiresIn?: number;
  secret?: string;
}

export async function signToken(claims: TokenClaims): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({
    roles: [claims.role],
    region: claims.region,
    ...(claims.dept ? { dept: claims.dept } : {}),
    name: claims.name ?? `test ${claims.role}`,
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub ?? `test-${claims.role}-${claims.region}`)
    .setIssuedAt(now)
    .setExpirationTime(now + (claims.expiresIn ?? 3600))
    .sign(new TextEncoder().encode(claims.secret ?? TEST_JWT_SECRET));
}
