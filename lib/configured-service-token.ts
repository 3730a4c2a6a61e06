import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { decodeJwt } from 'jose';
import type { Logger } from './logger';

/**
 * The service token an identity provider issued, for subgraphs that call the gateway when tokens
 * are verified with JWKS_URL (they cannot sign their own): a fixed GATEWAY_SERVICE_TOKEN, or
 * GATEWAY_SERVICE_TOKEN_FILE, a file that whoever renews the token rewrites (a Kubernetes
 * projected service-account token is replaced on disk before it expires).
 */
export type ConfiguredServiceToken =
  | { readonly kind: 'value'; readonly token: string }
  | { readonly kind: 'file'; readonly path: string };

export interface ConfiguredTokenReader {
  /** The token to send now. */
  current(): Promise<string>;
  /** After the gateway refused `refused` (HTTP 401): a different token read just now, or null when there is none. */
  renew(refused: string): Promise<string | null>;
}

export interface ConfiguredTokenOptions {
  /** How old the last read of the file may be before a call reads it again. */
  readonly recheckMs?: number;
}

/**
 * The file is read again on the first call after this long. Polling rather than watching: the
 * kubelet swaps a symlink to a new directory, which a watch on the old file never reports. The
 * kubelet renews at 80% of a token's lifetime (10 minutes at the shortest), so 10 s is early
 * enough; a 401 re-reads at once besides, and so does a token past its `exp`.
 */
const DEFAULT_RECHECK_MS = 10_000;

/**
 * A token is "close to its exp" in its last tenth of life: the kubelet renews a projected token
 * with a fifth left, so by then its renewal is overdue. Without `iat` to measure life by: 5 minutes.
 */
const NEAR_EXPIRY_SHARE = 0.1;
const NEAR_EXPIRY_SECONDS_WITHOUT_IAT = 300;

type Expiry =
  | { readonly state: 'valid' }
  | { readonly state: 'near' | 'expired'; readonly exp: number }
  | { readonly state: 'unreadable' };

function expiryOf(token: string, nowSeconds: number): Expiry {
  let claims;
  try {
    claims = decodeJwt(token);
  } catch {
    return { state: 'unreadable' };
  }
  const { exp, iat } = claims;
  if (typeof exp !== 'number') return { state: 'unreadable' };
  if (nowSeconds >= exp) return { state: 'expired', exp };
  const margin = typeof iat === 'number' && iat < exp ? (exp - iat) * NEAR_EXPIRY_SHARE : NEAR_EXPIRY_SECONDS_WITHOUT_IAT;
  return exp - nowSeconds <= margin ? { state: 'near', exp } : { state: 'valid' };
}

/**
 * Reads the configured token, and logs (never the token itself) when it is close to its `exp`,
 * past it, or carries none: once per token and state, so a call per second does not repeat it.
 */
export function configuredTokenReader(
  configured: ConfiguredServiceToken,
  logger: Logger,
  options: ConfiguredTokenOptions = {},
): ConfiguredTokenReader {
  const recheckMs = options.recheckMs ?? DEFAULT_RECHECK_MS;
  const where = configured.kind === 'file' ? { source: 'GATEWAY_SERVICE_TOKEN_FILE', file: configured.path } : { source: 'GATEWAY_SERVICE_TOKEN' };
  const hint =
    configured.kind === 'file' ? `${configured.path} has not been rewritten with a new one` : 'set a new GATEWAY_SERVICE_TOKEN and restart';
  let token = configured.kind === 'file' ? readFileSync(configured.path, 'utf8').trim() : configured.token;
  let readAt = Date.now();
  let reading: Promise<string> | null = null;
  let reported: { token: string; state: Expiry['state'] } | null = null;
  let refusedReported: string | null = null;

  const nowSeconds = () => Math.floor(Date.now() / 1000);

  function report(sent: string): void {
    const expiry = expiryOf(sent, nowSeconds());
    if (reported?.token === sent && reported.state === expiry.state) return;
    reported = { token: sent, state: expiry.state };
    if (expiry.state === 'near') {
      const secondsLeft = expiry.exp - nowSeconds();
      logger.warn(
        { ...where, expiresAt: new Date(expiry.exp * 1000).toISOString(), secondsLeft },
        `the gateway service token expires in ${secondsLeft} s, after which the gateway refuses this service's calls; ${hint}`,
      );
    } else if (expiry.state === 'expired') {
      logger.error(
        { ...where, expiredAt: new Date(expiry.exp * 1000).toISOString() },
        `the gateway service token has expired: the gateway refuses this service's calls until it is renewed; ${hint}`,
      );
    } else if (expiry.state === 'unreadable') {
      logger.error(where, 'the gateway service token is not a JWT with an expiry (exp); the gateway will refuse it');
    }
  }

  /** Reads the file once for every caller waiting; a failed or empty read keeps the token in hand. */
  function reread(path: string): Promise<string> {
    reading ??= readFile(path, 'utf8')
      .then(
        (text) => {
          const fresh = text.trim();
          if (fresh === '') {
            logger.warn(where, 'the gateway service token file is empty; keeping the token read before');
          } else if (fresh !== token) {
            token = fresh;
            logger.info(where, 'read a renewed gateway service token');
          }
        },
        (err: NodeJS.ErrnoException) => {
          logger.error({ ...where, error: err.code ?? err.message }, 'the gateway service token file cannot be read; keeping the token read before');
        },
      )
      .then(() => {
        readAt = Date.now();
        reading = null;
        return token;
      });
    return reading;
  }

  report(token);
  return {
    async current() {
      if (configured.kind === 'file') {
        const stale = Date.now() - readAt >= recheckMs || expiryOf(token, nowSeconds()).state === 'expired';
        if (stale) await reread(configured.path);
      }
      report(token);
      return token;
    },
    async renew(refused) {
      const fresh = configured.kind === 'file' ? await reread(configured.path) : token;
      if (fresh !== refused) {
        report(fresh);
        return fresh;
      }
      if (refusedReported !== refused) {
        refusedReported = refused;
        logger.error(where, `the gateway refused the service token (HTTP 401); ${hint}`);
      }
      return null;
    },
  };
}
