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

/** docker-compose passes JWT_SECRET, JWKS_URL and GATEWAY_SERVICE_TOKEN as `${VAR:-}`: unset arrives as ''. */
describe('token settings as docker-compose passes them', () => {
  const SECRET = 's'.repeat(40);
  const JWKS = 'https://idp.example/jwks.json';
  const subgraphEnv = {
    NODE_ENV: 'production',
    AUDIT_DATABASE_URL: 'mysql://audit_app:pw@mysql:3306/audit',
    PERSON_KEY_SECRET: 'p'.repeat(40),
    GATEWAY_URL: 'http://gateway:4000/graphql',
  };

  it('takes an empty JWKS_URL and GATEWAY_SERVICE_TOKEN as not set', () => {
    const config = readSubgraphConfig('audit', { ...subgraphEnv, JWT_SECRET: SECRET, JWKS_URL: '', GATEWAY_SERVICE_TOKEN: '' }, { usesGateway: true });
    expect(config.jwt).toEqual({ kind: 'secret', secret: SECRET });
    expect(config.gatewayServiceToken).toBeNull();
    expect(readGatewayConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET, JWKS_URL: '' }).jwt).toEqual({ kind: 'secret', secret: SECRET });
  });

  it('takes an empty JWT_SECRET as not set when JWKS_URL is given', () => {
    const config = readSubgraphConfig('audit', { ...subgraphEnv, JWT_SECRET: '', JWKS_URL: JWKS, GATEWAY_SERVICE_TOKEN: 'svc' }, { usesGateway: true });
    expect(config.jwt).toEqual({ kind: 'jwks', url: JWKS });
    expect(config.gatewayServiceToken).toBe('svc');
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
