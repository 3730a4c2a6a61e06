import { SignJWT } from 'jose';
import type { JwtConfig } from './config';
import { REQUEST_ID_HEADER } from './http/graphql-handler';

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
}

export interface GatewayClient {
  /** Sends one operation; resolves with data and errors as the gateway answered them. */
  request<T>(query: string, variables?: Record<string, unknown>, options?: GatewayCallOptions): Promise<GatewayResult<T>>;
}

export interface GatewayClientOptions {
  /**
   * The gateway's GraphQL URL, or a function read at every call: a test stack starts the
   * gateway after the subgraphs, so its URL is not known when they are built.
   */
  readonly url: string | (() => string);
  /** The bearer token of the service identity, asked for at every call (it may be re-signed). */
  readonly token: () => Promise<string>;
  readonly timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;

export function createGatewayClient(options: GatewayClientOptions): GatewayClient {
  const urlOf = typeof options.url === 'function' ? options.url : () => options.url as string;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return {
    async request<T>(query: string, variables: Record<string, unknown> = {}, call: GatewayCallOptions = {}) {
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        authorization: `Bearer ${await options.token()}`,
      };
      if (call.requestId) headers[REQUEST_ID_HEADER] = call.requestId;
      let res: Response;
      try {
        res = await fetch(urlOf(), {
          method: 'POST',
          headers,
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (err) {
        throw new GatewayUnavailableError(err instanceof Error ? err.message : String(err));
      }
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
    },
  };
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
 * Where the service token comes from: a token given in configuration (GATEWAY_SERVICE_TOKEN,
 * required with JWKS, since only the identity provider can sign), otherwise one this process
 * signs with JWT_SECRET for the role `service`.
 */
export function serviceTokenSource(jwt: JwtConfig, identity: ServiceIdentity, configured: string | null): () => Promise<string> {
  if (configured) return () => Promise.resolve(configured);
  if (jwt.kind !== 'secret') {
    throw new Error('a service token must be configured (GATEWAY_SERVICE_TOKEN) when tokens are verified with JWKS');
  }
  const key = new TextEncoder().encode(jwt.secret);
  let cached: { token: string; renewAt: number } | null = null;
  return async () => {
    const now = Math.floor(Date.now() / 1000);
    if (cached && now < cached.renewAt) return cached.token;
    const token = await new SignJWT({ roles: ['service'], region: identity.region, name: identity.sub })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(identity.sub)
      .setIssuedAt(now)
      .setExpirationTime(now + SERVICE_TOKEN_SECONDS)
      .sign(key);
    cached = { token, renewAt: now + SERVICE_TOKEN_SECONDS - 60 };
    return token;
  };
}
