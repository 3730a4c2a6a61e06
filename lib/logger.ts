import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Keys whose values are never written, whatever object a log call is handed: a slip such as
 * logging a config or a seed scope must not put a key or a token into the logs.
 */
export const REDACTED_KEYS = [
  'personKeySecret',
  'jwtSecret',
  'secret',
  'password',
  'token',
  'serviceToken',
  'metricsToken',
  'authorization',
] as const;

/** pino's redact paths name exact positions: the keys at the top and up to three levels down. */
const REDACT_PATHS = REDACTED_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`, `*.*.*.${key}`]);

/** JSON logs on stdout (or `destination`, for tests); LOG_LEVEL=silent quiets tests. */
export function createLogger(name: string, level = process.env.LOG_LEVEL ?? 'info', destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    name,
    level,
    base: { service: name },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}
