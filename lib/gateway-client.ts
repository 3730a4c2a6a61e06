import { SignJWT } from 'jose';
import type { Role } from './auth';
import type { JwtConfig } from './config';
import { configuredTokenReader, type ConfiguredServiceToken, type ConfiguredTokenOptions } from './configured-service-token';
import { isUnderRegion } from './region-range';
import { REQUEST_ID_HEADER } from './http/graphql-handler';
import type { Logger } from './logger';

/**
 * architecture.md: a subgraph that needs another domain's data (a complaint's subject, the
 * audit comparison runs) asks the gateway like any client, with a service identity of its
 * own; it never reads another subgraph's store. This is that client: one POST per call, a
 * timeout, and errors that say whether the gateway answered at all.
 */

/** The gateway did not answer usefully: down, timed out, or not GraphQL. Details stay server-side. */
export class GatewayUnavailableError extends Error {
  constructor(readonly detail: string) {
    super(`the gateway did not answer: ${detail}`);
    this.name = 'GatewayUnavailableError';
  }
}

export interface GatewayErrorItem {
  readonly message: string;
  readonly path?: ReadonlyArray<string | number>;
  readonly extensions?: { readonly code?: string; readonly [key: string]: unknown };
}

export interface GatewayResult<T> {
  readonly data: T | null;
  readonly errors: readonly GatewayErrorItem[];
}

export interface GatewayCallOptions {
  /** Passed on as x-request-id so the gateway's and subgraphs' logs join the caller's. */
  readonly requestId?: string;
  /**
   * Narrows the service identity for this call: a job run for a caller must read no more than
   * the caller may (the audit comparison runs: the run's region, with the caller's role).
   */
  readonly scope?: ServiceScope;
}

/** A narrower identity for one call: a region under the service's own, and roles besides `service`. */
export interface ServiceScope {
  readonly region: string;
  readonly roles?: readonly Role[];
  /** Shown as the token's `name`, e.g. who the job runs for; logs and access logs show it. */
  readonly onBehalfOf?: string;
}

export interface GatewayClient {
  /** Sends one operation; resolves with data and errors as the gateway answered them. */
  request<T>(query: string, variables?: Record<string, unknown>, options?: GatewayCallOptions): Promise<GatewayResult<T>>;
}

/** The bearer token of the service identity, asked for at every call (it may be re-signed or re-read), narrowed to `scope` when given. */
export interface ServiceTokenSource {
  (scope?: ServiceScope): Promise<string>;
  /**
   * After the gateway refused `refused` with HTTP 401: a different token to send the call again
   * with, or null. Only configured tokens have it: one renewed on disk may be newer than the one
   * in hand, while a token signed here would be refused again.
   */
  readonly renew?: (refused: string) => Promise<string | null>;
}

export interface GatewayClientOptions {
  /**
   * The gateway's GraphQL URL, or a function read at every call: a test stack starts the
   * gateway after the subgraphs, so its URL is not known when they are built.
   */
  readonly url: string | (() => string);
  readonly token: ServiceTokenSource;
  readonly timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;

export function createGatewayClient(options: GatewayClientOptions): GatewayClient {
  const urlOf = typeof options.url === 'function' ? options.url : () => options.url as string;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return {
    async request<T>(query: string, variables: Record<string, unknown> = {}, call: GatewayCallOptions = {}) {
      const body = JSON.stringify({ query, variables });
      const send = async (token: string): Promise<Response> => {
        const headers: Record<string, string> = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
        if (call.requestId) headers[REQUEST_ID_HEADER] = call.requestId;
        try {
          return await fetch(urlOf(), { method: 'POST', headers, body, signal: AbortSignal.timeout(timeoutMs) });
        } catch (err) {
          throw new GatewayUnavailableError(err instanceof Error ? err.message : String(err));
        }
      };
      const token = await options.token(call.scope);
      let res = await send(token);
      if (res.status === 401 && options.token.renew) {
        // The gateway answers 401 only to a token that does not verify, before it runs anything
        // (a field's refusal is a field error), so sending the call again cannot do it twice.
        const renewed = await options.token.renew(token);
        if (renewed !== null) {
          await res.body?.cancel();
          res = await send(renewed);
        }
      }
      return readAnswer<T>(res);
    },
  };
}

/** The gateway's JSON answer as data and errors; anything else is GatewayUnavailableError. */
async function readAnswer<T>(res: Response): Promise<GatewayResult<T>> {
  let body: { data?: T | null; errors?: GatewayErrorItem[] };
  try {
    body = (await res.json()) as typeof body;
  } catch {
    throw new GatewayUnavailableError(`HTTP ${res.status} with a body that is not JSON`);
  }
  if (body.data === undefined && !body.errors?.length) {
    throw new GatewayUnavailableError(`HTTP ${res.status} with neither data nor errors`);
  }
  return { data: body.data ?? null, errors: body.errors ?? [] };
}

export interface ServiceIdentity {
  /** The token's subject, e.g. `complaints-subgraph`: what the access log and gateway logs show. */
  readonly sub: string;
  /** The region the service may see; `43` is the whole province. */
  readonly region: string;
}

/** Lifetime of a self-signed service token; it is re-signed a minute before it expires. */
const SERVICE_TOKEN_SECONDS = 15 * 60;

/**
 * Where the service token comes from: a token given in configuration (GATEWAY_SERVICE_TOKEN or
 * GATEWAY_SERVICE_TOKEN_FILE, required with JWKS, since only the identity provider can sign;
 * lib/configured-service-token.ts re-reads the file and logs a token near its expiry), otherwise
 * one this process signs with JWT_SECRET for the role `service`. A call's `scope` narrows a signed
 * token to a region under the identity's (a scope outside it is refused); a configured token
 * cannot be narrowed, so with JWKS the job relies on its own checks of the caller's region.
 */
export function serviceTokenSource(
  jwt: JwtConfig,
  identity: ServiceIdentity,
  configured: ConfiguredServiceToken | null,
  logger: Logger,
  options: ConfiguredTokenOptions = {},
): ServiceTokenSource {
  if (configured) {
    const reader = configuredTokenReader(configured, logger, options);
    return Object.assign(() => reader.current(), { renew: (refused: string) => reader.renew(refused) });
  }
  if (jwt.kind !== 'secret') {
    throw new Error('a service token must be configured (GATEWAY_SERVICE_TOKEN or GATEWAY_SERVICE_TOKEN_FILE) when tokens are verified with JWKS');
  }
  const key = new TextEncoder().encode(jwt.secret);
  const cache = new Map<string, { token: string; renewAt: number }>();
  return async (scope) => {
    if (scope && !isUnderRegion(scope.region, identity.region)) {
      throw new Error(`service ${identity.sub} may not act in region ${scope.region}, outside its own ${identity.region}`);
    }
    const region = scope?.region ?? identity.region;
    const roles = ['service', ...(scope?.roles ?? []).filter((r) => r !== 'service' && r !== 'admin')];
    const name = scope?.onBehalfOf ? `${identity.sub} for ${scope.onBehalfOf}` : identity.sub;
    const cacheKey = JSON.stringify([region, roles, name]);
    const now = Math.floor(Date.now() / 1000);
    const cached = cache.get(cacheKey);
    if (cached && now < cached.renewAt) return cached.token;
    const token = await new SignJWT({ roles, region, name })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(identity.sub)
      .setIssuedAt(now)
      .setExpirationTime(now + SERVICE_TOKEN_SECONDS)
      .sign(key);
    // Scoped tokens are few (one per region and caller that ran a job lately); drop stale ones.
    for (const [k, v] of cache) if (now >= v.renewAt) cache.delete(k);
    cache.set(cacheKey, { token, renewAt: now + SERVICE_TOKEN_SECONDS - 60 });
    return token;
  };
}
