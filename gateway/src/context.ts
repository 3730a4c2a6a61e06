import type { Principal } from '../../lib/auth';
import type { PlanSubgraphs } from './query-plan-subgraphs';
import type { SingleFetch, SingleFetchAnswer } from './single-fetch';

/** What the HTTP layer learns about a request while Apollo serves it, for metrics and the log. */
export interface RequestRecord {
  /** The operation's name; null for an unnamed operation; undefined until one is resolved. */
  operationName?: string | null;
  /** success, partial, or the code of the first error; undefined when Apollo never ran. */
  outcome?: string;
  /** The verified caller's subject (`sub`); undefined for the public. */
  caller?: string;
  /** The subgraphs the operation's query plan reads from and writes to (the response cache's tags). */
  plan?: PlanSubgraphs;
}

/** Per-request gateway context: who calls (verified here first) and what to forward. */
export interface GatewayContext {
  readonly principal: Principal;
  /** The caller's own Authorization header, forwarded so every subgraph verifies it again. */
  readonly authorization: string | undefined;
  readonly requestId: string;
  /** The caller's network address, for per-caller limits of anonymous callers. */
  readonly clientAddress: string;
  readonly record: RequestRecord;
  /**
   * Set when the fast lane (fast-lane.ts) has checked this request already and hands it to Apollo
   * to answer: Apollo must neither check, count nor fetch again.
   */
  readonly handoff?: LaneHandoff;
}

/** What the fast lane hands Apollo: the refusal of its check, or the answer of its fetch. */
export type LaneHandoff =
  | { readonly refusal: unknown }
  | { readonly fetch: SingleFetch; readonly answer: SingleFetchAnswer };
