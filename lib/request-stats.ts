import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Per-request statistics, carried through every await of a request by AsyncLocalStorage so
 * that the knex `query` event (which knows nothing of requests) can count SQL statements for
 * the request that issued them. Tests and the benchmark read the count to prove batching.
 */
export interface RequestStats {
  readonly requestId: string;
  statements: number;
}

const storage = new AsyncLocalStorage<RequestStats>();

export function runWithRequestStats<T>(stats: RequestStats, fn: () => T): T {
  return storage.run(stats, fn);
}

export function currentRequestStats(): RequestStats | undefined {
  return storage.getStore();
}
