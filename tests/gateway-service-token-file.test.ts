import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT, type KeyLike } from 'jose';
import { createTokenVerifier, type TokenVerifier } from '../lib/auth';
import { demoPayments } from '../lib/demo/payments';
import { invalidToken } from '../lib/errors';
import { serviceTokenSource } from '../lib/gateway-client';
import { createLogger } from '../lib/logger';
import { villagesUnder } from '../lib/regions/divisions';
import { DIALECTS } from './helpers/databases';
import { startJwksServer, type JwksServer } from './helpers/jwks';
import { startStack, type Stack } from './helpers/stack';
import { startSubgraphProxy, type SubgraphProxy } from './helpers/subgraph-proxy';

/**
 * With JWKS_URL the subgraphs that call the gateway (complaints checks a complaint's subject
 * there) cannot sign their own service token: they send the one in GATEWAY_SERVICE_TOKEN_FILE,
 * which the identity provider (or the kubelet) rewrites before it expires. The whole stack here
 * verifies RS256 tokens against a JWKS; a proxy in front of the gateway shows which token each of
 * complaints' calls carried.
 */
const VILLAGE = villagesUnder('431002')[2].code;
const SUBMIT = `mutation($input: SubmitComplaintInput!) {
  submitComplaint(input: $input) { complaint { subject { __typename ... on Payment { id } } } }
}`;

describe.each(DIALECTS)("a subgraph's service token read from GATEWAY_SERVICE_TOKEN_FILE, with JWKS (%s)", (dialect) => {
  let jwks: JwksServer;
  let privateKey: KeyLike;
  let stack: Stack;
  let toGateway: SubgraphProxy;
  let dir: string;
  let file: string;
  const logLines: string[] = [];
  /** Tokens the gateway refuses before their exp, as after a revocation or a key rotation at the provider. */
  const revoked = new Set<string>();
  const payment = demoPayments(VILLAGE)[0];

  const serviceToken = (expiresIn: number, iatAgo = 0) => {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ roles: ['service'], region: '43', name: `complaints-subgraph ${randomUUID()}` })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setSubject('complaints-subgraph')
      .setIssuedAt(now - iatAgo)
      .setExpirationTime(now + expiresIn)
      .sign(privateKey);
  };
  const submit = () =>
    stack.query(SUBMIT, {
      input: { regionCode: VILLAGE, category: 'SUBSIDY_FRAUD', content: '这笔钱有问题。', anonymous: true, subjectType: 'Payment', subjectId: payment.id, idempotencyKey: randomUUID() },
    });
  const accepted = { data: { submitComplaint: { complaint: { subject: { __typename: 'Payment', id: payment.id } } } } };
  /** The bearer tokens of complaints' calls to the gateway while `fn` runs. */
  async function tokensSentDuring(fn: () => Promise<unknown>): Promise<string[]> {
    const before = toGateway.requests.length;
    await fn();
    return toGateway.requests.slice(before).map((r) => String(r.headers.authorization).replace(/^Bearer /, ''));
  }
  const logged = () =>
    logLines.splice(0).map((line) => {
      const { level, msg, source, file: path, expiresAt, expiredAt } = JSON.parse(line);
      return Object.fromEntries(Object.entries({ level, msg, source, file: path, expiresAt, expiredAt }).filter(([, v]) => v !== undefined));
    });
  const expOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).exp as number;

  let first: string;
  beforeAll(async () => {
    jwks = await startJwksServer();
    privateKey = jwks.privateKey;
    const jwt = { kind: 'jwks' as const, url: jwks.url };
    const verify = createTokenVerifier(jwt);
    const gatewayVerify: TokenVerifier = async (authorization) => {
      if (revoked.has(String(authorization).replace(/^Bearer /, ''))) throw invalidToken('The token is not valid; sign in again');
      return verify(authorization);
    };

    dir = mkdtempSync(join(tmpdir(), 'service-token-'));
    file = join(dir, 'token');
    first = await serviceToken(3600);
    writeFileSync(file, `${first}\n`);
    const logger = createLogger('complaints', 'info', { write: (line: string) => void logLines.push(line) });
    // A recheck interval longer than the test: every re-read seen here is a 401's or an exp's.
    const token = serviceTokenSource(jwt, { sub: 'complaints-subgraph', region: '43' }, { kind: 'file', path: file }, logger, { recheckMs: 600_000 });
    stack = await startStack(dialect, { verifyToken: verify, serviceToken: token, gatewayUrl: () => toGateway.url, gateway: { verifyToken: gatewayVerify } });
    toGateway = await startSubgraphProxy(stack.gatewayUrl);
  });
  afterAll(async () => {
    await stack?.stop();
    await toGateway?.stop();
    await jwks?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('checks a subject with the token the file holds', async () => {
    let res;
    expect(await tokensSentDuring(async () => (res = await submit()))).toEqual([first]);
    expect(res!.body).toEqual(accepted);
    expect(logged()).toEqual([]);
  });

  let renewed: string;
  it('after the gateway refuses it (401), reads the rewritten file at once and sends the call again with the new token', async () => {
    // Near its end from the start (a tenth of its life left): the log says so, without the token.
    renewed = await serviceToken(3, 60);
    writeFileSync(file, renewed);
    revoked.add(first);
    let res;
    expect(await tokensSentDuring(async () => (res = await submit()))).toEqual([first, renewed]);
    expect(res!.body).toEqual(accepted);
    expect(logged()).toEqual([
      { level: 30, source: 'GATEWAY_SERVICE_TOKEN_FILE', file, msg: 'read a renewed gateway service token' },
      {
        level: 40,
        source: 'GATEWAY_SERVICE_TOKEN_FILE',
        file,
        expiresAt: new Date(expOf(renewed) * 1000).toISOString(),
        msg: expect.stringMatching(
          new RegExp(`^the gateway service token expires in [0-3] s, after which the gateway refuses this service's calls; ${file} has not been rewritten with a new one$`),
        ),
      },
    ]);
  });

  let third: string;
  it('reads the file again before a call once the token in hand is past its exp', async () => {
    third = await serviceToken(3600);
    writeFileSync(file, third);
    await new Promise((r) => setTimeout(r, expOf(renewed) * 1000 - Date.now() + 50));
    let res;
    expect(await tokensSentDuring(async () => (res = await submit()))).toEqual([third]);
    expect(res!.body).toEqual(accepted);
    expect(logged()).toEqual([{ level: 30, source: 'GATEWAY_SERVICE_TOKEN_FILE', file, msg: 'read a renewed gateway service token' }]);
  });

  it('sends a refused token only once when the file holds nothing newer, and says what is wrong', async () => {
    revoked.add(third);
    let res;
    expect(await tokensSentDuring(async () => (res = await submit()))).toEqual([third]);
    expect(res!.body).toEqual({
      data: null,
      errors: [
        {
          message: 'The complaints service could not check the Payment named as the subject: the gateway could not answer; try again shortly, or submit without a subject',
          path: ['submitComplaint'],
          extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'complaints', unavailableService: 'gateway' },
        },
      ],
    });
    expect(logged()).toEqual([
      { level: 50, source: 'GATEWAY_SERVICE_TOKEN_FILE', file, msg: `the gateway refused the service token (HTTP 401); ${file} has not been rewritten with a new one` },
    ]);
  });
});
