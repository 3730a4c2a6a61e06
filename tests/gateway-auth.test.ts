import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { decodeJwt, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import { createTokenVerifier } from '../lib/auth';
import { PROJECT_ROOT } from '../lib/paths';
import { DIALECTS } from './helpers/databases';
import { startJwksServer, type JwksServer } from './helpers/jwks';
import { startGateway, startStack, type RunningGateway, type Stack } from './helpers/stack';
import { signToken, TEST_JWT_SECRET } from './helpers/tokens';

const run = promisify(execFile);
const REGION_QUERY = 'query RegionName { region(code: "4310") { name } }';

describe.each(DIALECTS)('gateway authentication (%s)', (dialect) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(dialect, { seed: false, proxied: ['finance'] });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('answers the public without a token', async () => {
    const res = await stack.query(REGION_QUERY);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { region: { name: '郴州市' } } });
  });

  it.each([
    ['a garbage token', () => Promise.resolve('Bearer not-a-jwt'), 'The token is not valid; sign in again'],
    ['an expired token', () => signToken({ role: 'auditor', region: '4310', expiresIn: -60 }).then((t) => `Bearer ${t}`), 'The token has expired; sign in again'],
    [
      'a wrongly signed token',
      () => signToken({ role: 'admin', region: '43', secret: 'another-secret-0123456789abcdef0123456789' }).then((t) => `Bearer ${t}`),
      'The token is not valid; sign in again',
    ],
    ['a header that is not a bearer token', () => Promise.resolve('Basic YWRtaW46YWRtaW4='), 'The Authorization header must be "Bearer <token>"'],
  ])('refuses %s with HTTP 401 UNAUTHENTICATED and asks no subgraph', async (_label, header, message) => {
    const before = stack.proxies.finance!.requests.length;
    const res = await stack.query(REGION_QUERY, undefined, { headers: { authorization: await header() } });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(stack.proxies.finance!.requests.length).toBe(before);
  });

  it('forwards only the token and the request id, never identity headers a client sets', async () => {
    const token = await signToken({ role: 'staff', region: '431002', dept: 'finance' });
    const before = stack.proxies.finance!.requests.length;
    const res = await stack.query(REGION_QUERY, undefined, {
      token,
      headers: {
        'x-request-id': 'audit-run-42',
        'x-user-id': 'admin',
        'x-roles': 'admin',
        'x-region': '43',
        'x-forwarded-user': 'admin',
        'x-principal': '{"roles":["admin"]}',
        cookie: 'session=abc',
      },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('audit-run-42');
    const sent = stack.proxies.finance!.requests.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0].headers.authorization).toBe(`Bearer ${token}`);
    expect(sent[0].headers['x-request-id']).toBe('audit-run-42');
    const names = Object.keys(sent[0].headers).sort();
    for (const forged of ['x-user-id', 'x-roles', 'x-region', 'x-forwarded-user', 'x-principal', 'cookie']) {
      expect(names).not.toContain(forged);
    }
  });

  it('gives every request an id, echoed to the client and passed to the subgraphs', async () => {
    const before = stack.proxies.finance!.requests.length;
    const res = await stack.query(REGION_QUERY);
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(stack.proxies.finance!.requests.slice(before).map((r) => r.headers['x-request-id'])).toEqual([id]);
  });

  it('lets each subgraph verify the token again', async () => {
    const expired = await signToken({ role: 'admin', region: '43', expiresIn: -1 });
    const res = await stack.subgraphs.finance.query(REGION_QUERY, undefined, { token: expired });
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('opens introspection to everyone in development', async () => {
    const res = await stack.query('{ __schema { queryType { name } } }');
    expect(res.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  describe('in production', () => {
    let production: RunningGateway;
    beforeAll(async () => {
      const urls = Object.fromEntries(Object.values(stack.subgraphs).map((s) => [s.name, s.url]));
      production = await startGateway(urls as Record<keyof typeof stack.subgraphs, string>, { production: true });
    });
    afterAll(async () => {
      await production?.shutdown();
    });

    it('refuses introspection to the public and opens it to signed-in staff', async () => {
      const anonymous = await production.query('{ __schema { queryType { name } } }');
      expect(anonymous.status).toBe(400);
      expect(anonymous.body).toEqual({
        errors: [
          {
            message: 'Introspection (the schema documentation) is open to signed-in callers only; send Authorization: Bearer <token>',
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
          },
        ],
      });
      const token = await signToken({ role: 'staff', region: '4310', dept: 'complaints' });
      const staff = await production.query('{ __type(name: "Region") { fields { name } } }', undefined, { token });
      expect(staff.status).toBe(200);
      expect(staff.body.data.__type.fields.map((f: { name: string }) => f.name)).toEqual(
        expect.arrayContaining(['code', 'name', 'level', 'parent', 'children']),
      );
    });

    it('suggests no field names to a caller who may not read the schema', async () => {
      const res = await production.query('{ region(code: "4310") { nme } }');
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0]).toMatchObject({
        message: 'Cannot query field "nme" on type "Region".',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      });
    });
  });
});

describe('gateway authentication with JWKS_URL', () => {
  let jwks: JwksServer;
  let gateway: RunningGateway;
  let privateKey: KeyLike;
  const NO_SUBGRAPH = 'http://127.0.0.1:9/graphql';

  beforeAll(async () => {
    jwks = await startJwksServer();
    privateKey = jwks.privateKey;
    gateway = await startGateway(
      { finance: NO_SUBGRAPH, audit: NO_SUBGRAPH, 'party-affairs': NO_SUBGRAPH, complaints: NO_SUBGRAPH },
      { verifyToken: createTokenVerifier({ kind: 'jwks', url: jwks.url }) },
    );
  });
  afterAll(async () => {
    await gateway?.shutdown();
    await jwks?.close();
  });

  const rs256 = (key: KeyLike, kid = 'k1') =>
    new SignJWT({ roles: ['auditor'], region: '4310' })
      .setProtectedHeader({ alg: 'RS256', kid })
      .setSubject('provincial-auditor')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(key);

  it('accepts a token signed by a key of the JWKS and refuses others with 401', async () => {
    // No subgraph is asked for __typename: the token check alone decides.
    const ok = await gateway.query('{ __typename }', undefined, { token: await rs256(privateKey) });
    expect(ok.body).toEqual({ data: { __typename: 'Query' } });
    const stranger = await rs256((await generateKeyPair('RS256')).privateKey);
    const refused = await gateway.query('{ __typename }', undefined, { token: stranger });
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // An HS256 token (a shared secret) is no good where keys are published
    const hs = await gateway.query('{ __typename }', undefined, { token: await signToken({ role: 'admin', region: '43' }) });
    expect(hs.status).toBe(401);
  });
});

describe('npm run token', () => {
  const script = join(PROJECT_ROOT, 'scripts', 'token.ts');
  const tsNode = join(PROJECT_ROOT, 'node_modules', '.bin', 'ts-node');
  const env = { ...process.env, JWT_SECRET: TEST_JWT_SECRET };

  it('prints a token with the role, region and department asked for, accepted by the gateway', async () => {
    const { stdout } = await run(tsNode, ['--transpile-only', script, '--role', 'auditor', '--region', '4310', '--dept', 'audit'], { env });
    const token = stdout.trim();
    expect(decodeJwt(token)).toMatchObject({ roles: ['auditor'], region: '4310', dept: 'audit', sub: 'dev-auditor-4310' });
    const stack = await startGateway(
      { finance: 'http://127.0.0.1:9/graphql', audit: 'http://127.0.0.1:9/graphql', 'party-affairs': 'http://127.0.0.1:9/graphql', complaints: 'http://127.0.0.1:9/graphql' },
    );
    try {
      // No subgraph answers here: the token check alone decides between 401 and going on.
      const res = await stack.query('{ __typename }', undefined, { token });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ data: { __typename: 'Query' } });
    } finally {
      await stack.shutdown();
    }
  });

  it('refuses an unknown role or department with a usage line', async () => {
    const failed = await run(tsNode, ['--transpile-only', script, '--role', 'king', '--region', '43'], { env }).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 2 });
    expect((failed as { stderr: string }).stderr).toMatch(/usage: npm run token -- --role <staff\|auditor\|inspector\|integration\|admin\|service> --region <code>/);
    const badDept = await run(tsNode, ['--transpile-only', script, '--role', 'staff', '--dept', 'police'], { env }).catch((e: { code: number; stderr: string }) => e);
    expect(badDept).toMatchObject({ code: 2 });
    expect((badDept as { stderr: string }).stderr).toMatch(/--dept must be one of finance, audit, discipline, party, complaints/);
    const badRegion = await run(tsNode, ['--transpile-only', script, '--role', 'staff', '--region', '4410'], { env }).catch((e: { code: number; stderr: string }) => e);
    expect(badRegion).toMatchObject({ code: 2 });
    expect((badRegion as { stderr: string }).stderr).toMatch(/--region must be a Hunan region code/);
  });
});
