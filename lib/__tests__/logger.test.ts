import { createLogger } from '../logger';

/** A logger at debug level that keeps every line it writes, parsed. */
function capturingLogger() {
  const lines: string[] = [];
  const logger = createLogger('test', 'debug', { write: (line: string) => void lines.push(line) });
  return { logger, lines, parsed: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe('createLogger redaction', () => {
  it('writes secret-looking keys as [redacted] at the top level and nested, and keeps the rest', () => {
    const { logger, lines, parsed } = capturingLogger();
    logger.info(
      {
        personKeySecret: 'pk-secret-1',
        scope: { scale: 'city', personKeySecret: 'pk-secret-2' },
        config: { jwt: { jwtSecret: 'jwt-secret-3', secret: 'jwt-secret-4' }, database: { password: 'db-pass-5' } },
        req: { headers: { authorization: 'Bearer eyJ.token-6', 'x-request-id': 'req-1' } },
        gateway: { token: 'svc-token-7', serviceToken: 'svc-token-8', metricsToken: 'metrics-token-9' },
      },
      'starting',
    );
    const [line] = parsed();
    expect(line).toMatchObject({
      msg: 'starting',
      personKeySecret: '[redacted]',
      scope: { scale: 'city', personKeySecret: '[redacted]' },
      config: { jwt: { jwtSecret: '[redacted]', secret: '[redacted]' }, database: { password: '[redacted]' } },
      req: { headers: { authorization: '[redacted]', 'x-request-id': 'req-1' } },
      gateway: { token: '[redacted]', serviceToken: '[redacted]', metricsToken: '[redacted]' },
    });
    for (const secret of ['pk-secret', 'jwt-secret', 'db-pass', 'token-6', 'svc-token', 'metrics-token']) {
      expect(lines.join('')).not.toContain(secret);
    }
  });

  it('redacts in child loggers too', () => {
    const { logger, lines } = capturingLogger();
    logger.child({ requestId: 'r-2' }).warn({ context: { principal: { sub: 'u-1' }, authorization: 'Bearer abc' } }, 'x');
    expect(JSON.parse(lines[0])).toMatchObject({ requestId: 'r-2', context: { principal: { sub: 'u-1' }, authorization: '[redacted]' } });
  });
});
