import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import { configuredTokenReader } from '../configured-service-token';
import { createLogger } from '../logger';

/** A token as an identity provider would issue it: only `iat` and `exp` matter here (nothing verifies it). */
function tokenOf(iatFromNow: number, expFromNow: number, sub = 'complaints-subgraph'): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ roles: ['service'], region: '43' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setIssuedAt(now + iatFromNow)
    .setExpirationTime(now + expFromNow)
    .sign(new TextEncoder().encode('unit-test-secret-0123456789abcdef0123'));
}

const isoIn = (token: string) => new Date(JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).exp * 1000).toISOString();

function capture() {
  const lines: string[] = [];
  const logger = createLogger('complaints', 'info', { write: (line: string) => void lines.push(line) });
  const entries = () =>
    lines.map((line) => {
      const { level, msg, source, file, expiresAt, expiredAt, error } = JSON.parse(line);
      return Object.fromEntries(Object.entries({ level, msg, source, file, expiresAt, expiredAt, error }).filter(([, v]) => v !== undefined));
    });
  return { logger, lines, entries };
}

const WARN = 40;
const ERROR = 50;
const INFO = 30;

describe('a fixed GATEWAY_SERVICE_TOKEN', () => {
  it('is sent as given and logs nothing while it has life left', async () => {
    const token = await tokenOf(0, 3600);
    const log = capture();
    const reader = configuredTokenReader({ kind: 'value', token }, log.logger);
    expect(await reader.current()).toBe(token);
    expect(log.lines).toEqual([]);
  });

  it('logs once, without the token, a token in its last tenth of life, and an expired one', async () => {
    const near = await tokenOf(-3500, 60);
    const log = capture();
    const reader = configuredTokenReader({ kind: 'value', token: near }, log.logger);
    await reader.current();
    await reader.current();
    expect(log.entries()).toEqual([
      {
        level: WARN,
        source: 'GATEWAY_SERVICE_TOKEN',
        expiresAt: isoIn(near),
        msg: expect.stringMatching(
          /^the gateway service token expires in (59|60) s, after which the gateway refuses this service's calls; set a new GATEWAY_SERVICE_TOKEN and restart$/,
        ),
      },
    ]);
    const expired = await tokenOf(-3600, -5);
    const late = capture();
    await configuredTokenReader({ kind: 'value', token: expired }, late.logger).current();
    expect(late.entries()).toEqual([
      {
        level: ERROR,
        source: 'GATEWAY_SERVICE_TOKEN',
        expiredAt: isoIn(expired),
        msg: 'the gateway service token has expired: the gateway refuses this service\'s calls until it is renewed; set a new GATEWAY_SERVICE_TOKEN and restart',
      },
    ]);
    expect([...log.lines, ...late.lines].join('')).not.toContain(near.split('.')[2]);
    expect(late.lines.join('')).not.toContain(expired.split('.')[2]);
  });

  it('warns about a token without exp, and after a 401 has nothing newer to offer', async () => {
    const log = capture();
    const reader = configuredTokenReader({ kind: 'value', token: 'opaque-token' }, log.logger);
    expect(await reader.renew('opaque-token')).toBeNull();
    expect(await reader.renew('opaque-token')).toBeNull();
    expect(log.entries()).toEqual([
      { level: ERROR, source: 'GATEWAY_SERVICE_TOKEN', msg: 'the gateway service token is not a JWT with an expiry (exp); the gateway will refuse it' },
      { level: ERROR, source: 'GATEWAY_SERVICE_TOKEN', msg: 'the gateway refused the service token (HTTP 401); set a new GATEWAY_SERVICE_TOKEN and restart' },
    ]);
  });
});

describe('GATEWAY_SERVICE_TOKEN_FILE', () => {
  let dir: string;
  let path: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'service-token-'));
    path = join(dir, 'token');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('reads the file again once the last read is older than the recheck interval', async () => {
    const first = await tokenOf(0, 3600);
    const second = await tokenOf(0, 3600, 'complaints-subgraph-2');
    writeFileSync(path, `${first}\n`);
    const log = capture();
    const reader = configuredTokenReader({ kind: 'file', path }, log.logger, { recheckMs: 200 });
    expect(await reader.current()).toBe(first);
    writeFileSync(path, second);
    expect(await reader.current()).toBe(first);
    await pause(250);
    expect(await reader.current()).toBe(second);
    expect(log.entries()).toEqual([{ level: INFO, source: 'GATEWAY_SERVICE_TOKEN_FILE', file: path, msg: 'read a renewed gateway service token' }]);
  });

  it('reads the file at once after a 401, and says so when it holds the same token', async () => {
    const first = await tokenOf(0, 3600);
    const second = await tokenOf(0, 3600, 'complaints-subgraph-2');
    writeFileSync(path, first);
    const log = capture();
    const reader = configuredTokenReader({ kind: 'file', path }, log.logger, { recheckMs: 60_000 });
    expect(await reader.renew(first)).toBeNull();
    writeFileSync(path, second);
    expect(await reader.renew(first)).toBe(second);
    expect(await reader.current()).toBe(second);
    expect(log.entries()).toEqual([
      { level: ERROR, source: 'GATEWAY_SERVICE_TOKEN_FILE', file: path, msg: `the gateway refused the service token (HTTP 401); ${path} has not been rewritten with a new one` },
      { level: INFO, source: 'GATEWAY_SERVICE_TOKEN_FILE', file: path, msg: 'read a renewed gateway service token' },
    ]);
  });

  it('reads the file at once when the token in hand has expired, whatever the interval', async () => {
    const expired = await tokenOf(-3600, -1);
    const renewed = await tokenOf(0, 3600, 'complaints-subgraph-2');
    writeFileSync(path, expired);
    const log = capture();
    const reader = configuredTokenReader({ kind: 'file', path }, log.logger, { recheckMs: 60_000 });
    writeFileSync(path, renewed);
    expect(await reader.current()).toBe(renewed);
    expect(log.entries()).toEqual([
      {
        level: ERROR,
        source: 'GATEWAY_SERVICE_TOKEN_FILE',
        file: path,
        expiredAt: isoIn(expired),
        msg: `the gateway service token has expired: the gateway refuses this service's calls until it is renewed; ${path} has not been rewritten with a new one`,
      },
      { level: INFO, source: 'GATEWAY_SERVICE_TOKEN_FILE', file: path, msg: 'read a renewed gateway service token' },
    ]);
  });

  it('keeps the token in hand while the file is empty or gone', async () => {
    const token = await tokenOf(0, 3600);
    writeFileSync(path, token);
    const log = capture();
    const reader = configuredTokenReader({ kind: 'file', path }, log.logger, { recheckMs: 0 });
    writeFileSync(path, '');
    expect(await reader.current()).toBe(token);
    unlinkSync(path);
    expect(await reader.current()).toBe(token);
    expect(log.entries()).toEqual([
      { level: WARN, source: 'GATEWAY_SERVICE_TOKEN_FILE', file: path, msg: 'the gateway service token file is empty; keeping the token read before' },
      { level: ERROR, source: 'GATEWAY_SERVICE_TOKEN_FILE', file: path, error: 'ENOENT', msg: 'the gateway service token file cannot be read; keeping the token read before' },
    ]);
    expect(log.lines.join('')).not.toContain(token.split('.')[2]);
  });
});
