import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readGatewayConfig } from '../../gateway/src/config';
import { ConfigError } from '../config';
import { readSubgraphConfig } from '../subgraph/config';

describe('subgraph configuration', () => {
  it('uses the embedded default store and says loudly that secrets are dev defaults', () => {
    const config = readSubgraphConfig('party-affairs', {});
    expect(config.port).toBe(4003);
    expect(config.databaseUrl).toBe('sqlite:data/party-affairs.sqlite');
    expect(config.warnings).toEqual([
      'JWT_SECRET is not set: using the DEV-ONLY default; never run like this with real data',
      'PERSON_KEY_SECRET is not set: using the DEV-ONLY default; never run like this with real data',
    ]);
  });

  it("caps a request's statements at the gateway's longest wait unless DB_STATEMENT_TIMEOUT_MS says otherwise", () => {
    // the gateway's slow-field timeout (120 s) is longer than any role's fetch timeout
    expect(readSubgraphConfig('finance', {}).statementTimeoutMs).toBe(120_000);
    expect(readSubgraphConfig('finance', { DB_STATEMENT_TIMEOUT_MS: '20000' }).statementTimeoutMs).toBe(20_000);
    expect(() => readSubgraphConfig('finance', { DB_STATEMENT_TIMEOUT_MS: '0' })).toThrow(
      'DB_STATEMENT_TIMEOUT_MS must be a whole number above 0; got "0"',
    );
  });

  it('names every bad variable at once', () => {
    try {
      readSubgraphConfig('finance', { PORT: 'eighty', FINANCE_DATABASE_URL: 'postgres://x/y', SEED: 'huge', JWT_SECRET: 'short' });
      throw new Error('expected a ConfigError');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as ConfigError).problems).toEqual([
        'PORT must be a port number from 0 to 65535; got "eighty"',
        'FINANCE_DATABASE_URL must be mysql://user:pass@host:3306/db or sqlite:path; got "postgres://x/y"',
        'JWT_SECRET must be at least 32 characters long',
        'SEED must be one of city, province, none; got "huge"',
      ]);
    }
  });

  it('refuses dev defaults and the embedded store in production', () => {
    expect(() => readSubgraphConfig('audit', { NODE_ENV: 'production' })).toThrow(
      /AUDIT_DATABASE_URL is required in production[\s\S]*JWT_SECRET is required in production[\s\S]*PERSON_KEY_SECRET is required in production/,
    );
  });

  it('never echoes a database password', () => {
    const read = () => readSubgraphConfig('audit', { AUDIT_DATABASE_URL: 'mysql://u:hunter2@ho st/db' });
    expect(read).toThrow('AUDIT_DATABASE_URL must be mysql://user:pass@host:3306/db or sqlite:path; got "mysql://u:***@ho st/db"');
  });
});

/** docker-compose passes JWT_SECRET, JWKS_URL, GATEWAY_SERVICE_TOKEN and _FILE as `${VAR:-}`: unset arrives as ''. */
describe('token settings as docker-compose passes them', () => {
  const SECRET = 's'.repeat(40);
  const JWKS = 'https://idp.example/jwks.json';
  const subgraphEnv = {
    NODE_ENV: 'production',
    AUDIT_DATABASE_URL: 'mysql://audit_app:pw@mysql:3306/audit',
    PERSON_KEY_SECRET: 'p'.repeat(40),
    GATEWAY_URL: 'http://gateway:4000/graphql',
  };

  it('takes an empty JWKS_URL, GATEWAY_SERVICE_TOKEN and GATEWAY_SERVICE_TOKEN_FILE as not set', () => {
    const env = { ...subgraphEnv, JWT_SECRET: SECRET, JWKS_URL: '', GATEWAY_SERVICE_TOKEN: '', GATEWAY_SERVICE_TOKEN_FILE: '' };
    const config = readSubgraphConfig('audit', env, { usesGateway: true });
    expect(config.jwt).toEqual({ kind: 'secret', secret: SECRET });
    expect(config.gatewayServiceToken).toBeNull();
    expect(readGatewayConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET, JWKS_URL: '' }).jwt).toEqual({ kind: 'secret', secret: SECRET });
  });

  it('takes an empty JWT_SECRET as not set when JWKS_URL is given', () => {
    const env = { ...subgraphEnv, JWT_SECRET: '', JWKS_URL: JWKS, GATEWAY_SERVICE_TOKEN: 'svc', GATEWAY_SERVICE_TOKEN_FILE: '' };
    const config = readSubgraphConfig('audit', env, { usesGateway: true });
    expect(config.jwt).toEqual({ kind: 'jwks', url: JWKS });
    expect(config.gatewayServiceToken).toEqual({ kind: 'value', token: 'svc' });
    expect(readGatewayConfig({ NODE_ENV: 'production', JWT_SECRET: '', JWKS_URL: JWKS }).jwt).toEqual({ kind: 'jwks', url: JWKS });
  });

  it('refuses both empty in production, and both set', () => {
    const read = (jwt: Record<string, string>) => () =>
      readSubgraphConfig('audit', { ...subgraphEnv, GATEWAY_SERVICE_TOKEN: 'svc', ...jwt }, { usesGateway: true });
    expect(read({ JWT_SECRET: '', JWKS_URL: '' })).toThrow(
      'Invalid configuration:\n  - JWT_SECRET is required in production (at least 32 characters)',
    );
    expect(read({ JWT_SECRET: SECRET, JWKS_URL: JWKS })).toThrow('Invalid configuration:\n  - set JWT_SECRET or JWKS_URL, not both');
    expect(() => readGatewayConfig({ NODE_ENV: 'production', JWT_SECRET: '', JWKS_URL: '' })).toThrow(
      'JWT_SECRET is required in production (at least 32 characters)',
    );
  });
});

/** With JWKS_URL a subgraph that calls the gateway needs the provider's token: given, or a file renewed on disk. */
describe('the gateway service token with JWKS_URL', () => {
  const JWKS = 'https://idp.example/jwks.json';
  const env = {
    NODE_ENV: 'production',
    COMPLAINTS_DATABASE_URL: 'mysql://complaints_app:pw@mysql:3306/complaints',
    PERSON_KEY_SECRET: 'p'.repeat(40),
    GATEWAY_URL: 'http://gateway:4000/graphql',
    JWKS_URL: JWKS,
  };
  const read = (extra: Record<string, string>) => readSubgraphConfig('complaints', { ...env, ...extra }, { usesGateway: true });
  const problemsOf = (extra: Record<string, string>) => {
    try {
      read(extra);
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      return (err as ConfigError).problems;
    }
    throw new Error('expected a ConfigError');
  };
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'service-token-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('takes GATEWAY_SERVICE_TOKEN_FILE as the file to read the token from', () => {
    const path = join(dir, 'token');
    writeFileSync(path, 'eyJ.a.b\n');
    expect(read({ GATEWAY_SERVICE_TOKEN_FILE: path, GATEWAY_SERVICE_TOKEN: '' }).gatewayServiceToken).toEqual({ kind: 'file', path });
  });

  it('refuses neither, and both', () => {
    const path = join(dir, 'token');
    writeFileSync(path, 'eyJ.a.b');
    expect(problemsOf({})).toEqual([
      'GATEWAY_SERVICE_TOKEN or GATEWAY_SERVICE_TOKEN_FILE is required with JWKS_URL: this process cannot sign its own service token',
    ]);
    expect(problemsOf({ GATEWAY_SERVICE_TOKEN: 'svc', GATEWAY_SERVICE_TOKEN_FILE: path })).toEqual([
      'set GATEWAY_SERVICE_TOKEN or GATEWAY_SERVICE_TOKEN_FILE, not both',
    ]);
  });

  it('refuses a file that cannot be read, or is empty, at start', () => {
    expect(problemsOf({ GATEWAY_SERVICE_TOKEN_FILE: join(dir, 'missing') })).toEqual([
      `GATEWAY_SERVICE_TOKEN_FILE cannot be read: ${join(dir, 'missing')} (ENOENT)`,
    ]);
    expect(problemsOf({ GATEWAY_SERVICE_TOKEN_FILE: dir })).toEqual([`GATEWAY_SERVICE_TOKEN_FILE cannot be read: ${dir} (EISDIR)`]);
    const empty = join(dir, 'empty');
    writeFileSync(empty, ' \n');
    expect(problemsOf({ GATEWAY_SERVICE_TOKEN_FILE: empty })).toEqual([`GATEWAY_SERVICE_TOKEN_FILE is empty: ${empty}`]);
  });

  it('leaves both alone in a subgraph that does not call the gateway', () => {
    const config = readSubgraphConfig('finance', { ...env, FINANCE_DATABASE_URL: 'mysql://f:pw@mysql:3306/finance', GATEWAY_SERVICE_TOKEN_FILE: join(dir, 'missing') });
    expect(config.gatewayServiceToken).toBeNull();
  });
});
