import { SignJWT } from 'jose';
import { ANONYMOUS, canSeeRegion, createTokenVerifier, requireRoleInRegion } from '../auth';

const SECRET = 'unit-test-secret-0123456789abcdef0123456789';
const verify = createTokenVerifier({ kind: 'secret', secret: SECRET });

async function token(claims: Record<string, unknown>, { secret = SECRET, expiresIn = 600 } = {}) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('auditor-1')
    .setExpirationTime(now + expiresIn)
    .sign(new TextEncoder().encode(secret));
}

async function codeOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
    return 'no error';
  } catch (err) {
    return (err as { extensions?: { code?: string; http?: { status?: number } } }).extensions;
  }
}

describe('token verification', () => {
  it('treats a missing header as the public', async () => {
    expect(await verify(undefined)).toBe(ANONYMOUS);
  });

  it('reads roles, department and region from a valid token', async () => {
    const principal = await verify(`Bearer ${await token({ roles: ['auditor'], dept: 'audit', region: '4310' })}`);
    expect(principal).toMatchObject({ kind: 'user', sub: 'auditor-1', roles: ['auditor'], dept: 'audit', region: '4310' });
  });

  it.each([
    ['an expired token', () => token({ roles: ['auditor'], region: '4310' }, { expiresIn: -10 })],
    ['a wrongly signed token', () => token({ roles: ['auditor'], region: '4310' }, { secret: 'another-secret-0123456789abcdef01234' })],
    ['an unknown role', () => token({ roles: ['superuser'], region: '4310' })],
    ['a region outside Hunan', () => token({ roles: ['auditor'], region: '4401' })],
  ])('refuses %s with a 401 UNAUTHENTICATED', async (_name, make) => {
    expect(await codeOf(verify(`Bearer ${await make()}`))).toEqual({ code: 'UNAUTHENTICATED', http: { status: 401 } });
  });

  it('refuses a header that is not a bearer token', async () => {
    expect(await codeOf(verify('Basic abc'))).toEqual({ code: 'UNAUTHENTICATED', http: { status: 401 } });
  });
});

describe('region scope', () => {
  it('lets a caller see only what lies under their region', async () => {
    const principal = await verify(`Bearer ${await token({ roles: ['staff'], dept: 'finance', region: '431002' })}`);
    expect(canSeeRegion(principal, '431002001001')).toBe(true);
    expect(canSeeRegion(principal, '431003001001')).toBe(false);
    expect(canSeeRegion(ANONYMOUS, '43')).toBe(false);
    expect(() => requireRoleInRegion(principal, ['staff'], '431003', 'import')).toThrow(
      'Your account covers region 431002; it may not import in region 431003',
    );
  });
});
