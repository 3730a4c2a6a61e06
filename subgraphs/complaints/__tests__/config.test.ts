import { ConfigError } from '../../../lib/config';
import { DEV_GATEWAY_URL, readSubgraphConfig } from '../../../lib/subgraph/config';

/** The complaints subgraph checks subjects through the gateway: GATEWAY_URL is its to read. */
describe('the gateway settings of a subgraph that calls the gateway', () => {
  it('uses the local gateway in development, and says so', () => {
    const config = readSubgraphConfig('complaints', {}, { usesGateway: true });
    expect(config.gatewayUrl).toBe(DEV_GATEWAY_URL);
    expect(config.gatewayServiceToken).toBeNull();
    expect(config.warnings).toContain(`GATEWAY_URL is not set: using the dev default ${DEV_GATEWAY_URL}`);
  });

  it('takes GATEWAY_URL as given', () => {
    const config = readSubgraphConfig('complaints', { GATEWAY_URL: 'http://gateway:4000/graphql' }, { usesGateway: true });
    expect(config.gatewayUrl).toBe('http://gateway:4000/graphql');
  });

  it('requires GATEWAY_URL in production, and a service token with JWKS', () => {
    const env = {
      NODE_ENV: 'production',
      COMPLAINTS_DATABASE_URL: 'mysql://app:pw@db:3306/complaints',
      JWKS_URL: 'https://idp.example/jwks.json',
      PERSON_KEY_SECRET: 'p'.repeat(40),
      GATEWAY_URL: 'ftp://gateway',
    };
    expect(() => readSubgraphConfig('complaints', env, { usesGateway: true })).toThrow(ConfigError);
    try {
      readSubgraphConfig('complaints', env, { usesGateway: true });
    } catch (err) {
      expect((err as ConfigError).problems).toEqual([
        'GATEWAY_SERVICE_TOKEN or GATEWAY_SERVICE_TOKEN_FILE is required with JWKS_URL: this process cannot sign its own service token',
        'GATEWAY_URL must be a http: or https: URL; got "ftp://gateway"',
      ]);
    }
    const { GATEWAY_URL: _unset, ...withoutUrl } = env;
    expect(() => readSubgraphConfig('complaints', { ...withoutUrl, GATEWAY_SERVICE_TOKEN: 'token' }, { usesGateway: true })).toThrow(
      'GATEWAY_URL is required in production, e.g. http://gateway:4000/graphql',
    );
  });

  it('leaves subgraphs that do not call the gateway alone', () => {
    const config = readSubgraphConfig('finance', { JWKS_URL: 'https://idp.example/jwks.json' });
    expect(config.gatewayUrl).toBeNull();
    expect(config.warnings.filter((w) => w.startsWith('GATEWAY'))).toEqual([]);
  });
});
