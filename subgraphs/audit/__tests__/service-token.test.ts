import { decodeJwt } from 'jose';
import { createTokenVerifier } from '../../../lib/auth';
import { serviceTokenSource } from '../../../lib/gateway-client';
import { createLogger } from '../../../lib/logger';

/** The comparison runs' identity: the audit subgraph, narrowed to the run's region and the caller's role. */
describe('a service token narrowed for one call', () => {
  const jwt = { kind: 'secret' as const, secret: 'unit-test-secret-0123456789abcdef0123' };
  const logger = createLogger('test', 'silent');
  const token = serviceTokenSource(jwt, { sub: 'audit-subgraph', region: '43' }, null, logger);

  it('carries the run region, the service role plus the caller role, and who it runs for', async () => {
    const scoped = await token({ region: '431002', roles: ['auditor'], onBehalfOf: 'auditor-a' });
    const principal = await createTokenVerifier(jwt)(`Bearer ${scoped}`);
    expect(principal).toMatchObject({ sub: 'audit-subgraph', region: '431002', roles: ['service', 'auditor'], name: 'audit-subgraph for auditor-a' });
    expect(await token()).not.toBe(scoped);
    expect(decodeJwt(await token()).region).toBe('43');
  });

  it('never grants admin, and refuses a region outside the service\'s own', async () => {
    expect(decodeJwt(await token({ region: '4310', roles: ['admin', 'auditor'] })).roles).toEqual(['service', 'auditor']);
    const county = serviceTokenSource(jwt, { sub: 'audit-subgraph', region: '431002' }, null, logger);
    await expect(county({ region: '431021' })).rejects.toThrow('service audit-subgraph may not act in region 431021, outside its own 431002');
  });

  it('re-uses a token for the same scope until it is near expiry', async () => {
    expect(await token({ region: '431002', roles: ['auditor'] })).toBe(await token({ region: '431002', roles: ['auditor'] }));
  });
});
