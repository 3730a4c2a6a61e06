import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Per-request statistics (and the request's abort signal), carried through every await of a request by AsyncLocalStorage so
 * that the knex `query` event (which knows nothing of requests) can count SQL statements for
 * the request that issued them. Tests and the benchmark read the count to prove batching.
 */
export interface RequestStats {
  readonly requestId: string;
  statements: number;
  /**
   * Aborted when the caller has gone away before the answer (the gateway closes the connection
   * when its timeout passes): the store then refuses to send the request's further statements
   * (lib/db/database.ts) and kills those running on MySQL/MariaDB (lib/db/statement-stopper.ts),
   * so work nobody waits for stops at once.
   */
  readonly signal?: AbortSignal;
}

const storage = new AsyncLocalStorage<RequestStats>();

export function runWithRequestStats<T>(stats: RequestStats, fn: () => T): T {
  return storage.run(stats, fn);
}

export function currentRequestStats(): RequestStats | undefined {
  return storage.getStore();
}

/**
 * Runs `fn` outside any request: work it starts that is meant to outlive the request (a
 * comparison run, a heartbeat timer) is then neither counted for it nor stopped when its caller goes.
 */
export function outsideRequest<T>(fn: () => T): T {
  return storage.exit(fn);
}
