import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import type { GatewayContext } from './context';

/**
 * A response cache for anonymous queries. Only a caller without a token is served from it or
 * fills it: an anonymous answer depends on nothing but the operation and its variables, so no
 * identity's data can reach another. How long an answer may be kept is decided by the subgraphs:
 * @apollo/gateway narrows the request's cache policy by each subgraph's Cache-Control header,
 * and a subgraph that sends none (the default) makes the whole answer uncacheable. Answers with
 * errors are never kept. A mutation that succeeds through the gateway (imports are mutations)
 * drops every kept answer that read from a subgraph it wrote to, in every worker.
 */
export interface ResponseCacheOptions {
  /** Most answers kept; the least recently used goes first. */
  readonly maxEntries: number;
  /** Most bytes of answers kept. */
  readonly maxBytes: number;
  readonly now?: () => number;
}

interface Entry {
  readonly result: FormattedExecutionResult;
  readonly bytes: number;
  readonly expires: number;
  readonly subgraphs: ReadonlySet<string>;
}

export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private readonly now: () => number;

  constructor(private readonly options: ResponseCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): FormattedExecutionResult | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= this.now()) {
      this.remove(key, entry);
      return undefined;
    }
    // Map order is the LRU order: a hit moves the entry to the end.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.result;
  }

  set(key: string, result: FormattedExecutionResult, maxAgeSeconds: number, subgraphs: ReadonlySet<string>): void {
    const bytes = JSON.stringify(result).length;
    if (bytes > this.options.maxBytes / 10) return;
    const old = this.entries.get(key);
    if (old) this.remove(key, old);
    this.entries.set(key, { result, bytes, expires: this.now() + maxAgeSeconds * 1000, subgraphs });
    this.bytes += bytes;
    for (const [k, e] of this.entries) {
      if (this.entries.size <= this.options.maxEntries && this.bytes <= this.options.maxBytes) break;
      this.remove(k, e);
    }
  }

  /** Drops every answer that read from one of these subgraphs. */
  invalidate(subgraphs: Iterable<string>): number {
    const names = new Set(subgraphs);
    let dropped = 0;
    for (const [key, entry] of this.entries) {
      if ([...entry.subgraphs].some((s) => names.has(s))) {
        this.remove(key, entry);
        dropped += 1;
      }
    }
    return dropped;
  }

  private remove(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }
}

/** The cache key: the exact document, the operation chosen in it and the variables. */
export function responseCacheKey(queryHash: string, operationName: string | undefined, variables: unknown): string {
  return createHash('sha256')
    .update(queryHash)
    .update('\0')
    .update(operationName ?? '')
    .update('\0')
    .update(JSON.stringify(variables ?? {}))
    .digest('hex');
}

export interface ResponseCachePluginOptions {
  readonly cache: ResponseCache;
  /** Told of every invalidation, so other workers can drop the same answers. */
  readonly onInvalidate?: (subgraphs: string[]) => void;
  readonly onLookup?: (hit: boolean) => void;
}

export const CACHE_STATUS_HEADER = 'x-response-cache';

export function responseCachePlugin(options: ResponseCachePluginOptions): ApolloServerPlugin<GatewayContext> {
  const { cache } = options;
  return {
    async requestDidStart({ contextValue }) {
      const anonymous = contextValue.principal.kind === 'anonymous';
      const plan = () => contextValue.record.plan;
      let key: string | null = null;
      let hit = false;
      return {
        async responseForOperation(rc): Promise<GraphQLResponse | null> {
          if (!anonymous || rc.operation.operation !== 'query' || !rc.queryHash) return null;
          key = responseCacheKey(rc.queryHash, rc.operationName ?? undefined, rc.request.variables);
          const result = cache.get(key);
          options.onLookup?.(Boolean(result));
          if (!result) return null;
          hit = true;
          return {
            http: { status: undefined, headers: new HeaderMap([[CACHE_STATUS_HEADER, 'HIT']]) },
            body: { kind: 'single', singleResult: result },
          };
        },
        async willSendResponse(rc) {
          // A signed-in caller's answer is theirs alone: no shared HTTP cache may keep it either
          // (Apollo's cache-control plugin would otherwise pass the subgraphs' public hint on).
          if (!anonymous) rc.response.http.headers.set('cache-control', 'no-store');
          if (hit || rc.response.body.kind !== 'single') return;
          const result = rc.response.body.singleResult;
          if (rc.operation?.operation === 'mutation') {
            // Even a partly failed mutation may have written: drop what its subgraphs served.
            const written = [...(plan()?.writes ?? [])];
            if (written.length) {
              cache.invalidate(written);
              options.onInvalidate?.(written);
            }
            return;
          }
          if (key === null || result.errors?.length) return;
          const policy = rc.overallCachePolicy.policyIfCacheable();
          if (!policy || policy.scope === 'PRIVATE') return;
          const reads = plan()?.reads;
          // An answer that cannot say which subgraphs it came from could never be invalidated.
          if (!reads?.size) return;
          cache.set(key, { data: result.data }, policy.maxAge, reads);
          rc.response.http.headers.set(CACHE_STATUS_HEADER, 'MISS');
        },
      };
    },
  };
}
