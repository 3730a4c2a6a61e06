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
