import { REQUEST_ID_HEADER } from '../../lib/http/graphql-handler';
import { BATCH_LIMIT_HEADER } from '../../lib/http/request-batch';
import { isRecord } from '../../lib/is-record';
import type { FetchPolicy, SubgraphRequest } from './subgraph-fetcher';
import type { SubgraphAnswer } from './subgraph-http';

/**
 * Batching of the gateway's concurrent fetches to one subgraph (the subgraph's side and the
 * format are in lib/http/request-batch.ts). Under load many requests reach the same subgraph at
 * once, each for one small operation (a self-lookup above all); each paid an HTTP exchange on
 * both sides, and on two shared cores that hop cost as much as the lookup itself. Fetches made
 * in the same turn of the event loop now go together, and each member still gets exactly the
 * answer it would have got alone.
 *
 * Only fetches that could have gone in one request go together: the same subgraph URL, the same
 * headers but the request id (so the same caller: the same Authorization, or none), the same
 * timeout, and queries only (a mutation always goes alone, as its own attempt that is never
 * retried). A subgraph gets batches only once it has said it takes them (BATCH_LIMIT_HEADER) and
 * never larger than it said; a fetch with nothing to go with goes alone, as before.
 */

/** A batch is sent at once when its members' bodies reach this size, whatever their number. */
const MAX_BATCH_BYTES = 1024 * 1024;

interface Member {
  readonly body: string;
  readonly requestId: string | undefined;
  readonly resolve: (answer: SubgraphAnswer) => void;
  readonly reject: (err: unknown) => void;
}

interface Pending {
  readonly url: URL;
  /** The members' common headers: theirs without the request id. */
  readonly headers: Record<string, string>;
  readonly policy: FetchPolicy;
  readonly members: Member[];
  bytes: number;
}

export type Send = (url: URL, request: SubgraphRequest, policy: FetchPolicy) => Promise<SubgraphAnswer>;

export interface BatchCounters {
  /** Called for each batch sent with its number of members (two or more). */
  readonly onBatch: (members: number) => void;
}

export class SubgraphBatcher {
  /** The most members a batch may have now: 1 until the subgraph says it takes batches. */
  private limit = 1;
  private readonly pending = new Map<string, Pending>();
  private flushScheduled = false;

  /**
   * `maxMembers`: the gateway's own bound (SUBGRAPH_BATCH_MAX; 1 turns batching off). `send`
   * makes one HTTP fetch, with the fetcher's deadline and retry.
   */
  constructor(
    private readonly maxMembers: number,
    private readonly send: Send,
    private readonly counters: BatchCounters,
  ) {}

  /** Learns from any answer of the subgraph whether, and how large, it takes batches. */
  heard(answer: SubgraphAnswer): void {
    const said = Number(answer.headers.find(([name]) => name === BATCH_LIMIT_HEADER)?.[1]);
    this.limit = Number.isInteger(said) && said > 1 ? Math.min(said, this.maxMembers) : 1;
  }

  /** Sends the fetch, with others of the same caller made in the same turn when it may. */
  fetch(url: URL, request: SubgraphRequest, policy: FetchPolicy): Promise<SubgraphAnswer> {
    if (this.limit < 2 || !policy.idempotent) return this.send(url, request, policy);
    const { [REQUEST_ID_HEADER]: requestId, ...headers } = request.headers;
    const key = batchKey(url, headers, policy.timeoutMs);
    let batch = this.pending.get(key);
    if (!batch) {
      batch = { url, headers, policy, members: [], bytes: 0 };
      this.pending.set(key, batch);
    }
    const joined = batch;
    const answer = new Promise<SubgraphAnswer>((resolve, reject) => joined.members.push({ body: request.body, requestId, resolve, reject }));
    joined.bytes += request.body.length;
    if (joined.members.length >= this.limit || joined.bytes >= MAX_BATCH_BYTES) {
      this.pending.delete(key);
      this.dispatch(joined);
    } else if (!this.flushScheduled) {
      this.flushScheduled = true;
      // After the I/O callbacks of this turn: every request that arrived in it has made its fetches.
      setImmediate(() => this.flush());
    }
    return answer;
  }

  private flush(): void {
    this.flushScheduled = false;
    const batches = [...this.pending.values()];
    this.pending.clear();
    for (const batch of batches) this.dispatch(batch);
  }

  private dispatch({ url, headers, policy, members }: Pending): void {
    if (members.length === 1) {
      const [only] = members;
      const alone = only.requestId === undefined ? headers : { ...headers, [REQUEST_ID_HEADER]: only.requestId };
      this.send(url, { headers: alone, body: only.body }, policy).then(only.resolve, only.reject);
      return;
    }
    this.counters.onBatch(members.length);
    const body = `[${members.map((m) => `{"id":${JSON.stringify(m.requestId ?? null)},"request":${m.body}}`).join(',')}]`;
    this.send(url, { headers, body }, policy).then(
      (answer) => {
        let answers: SubgraphAnswer[];
        try {
          answers = memberAnswers(answer, members.length);
        } catch (err) {
          for (const member of members) member.reject(err);
          return;
        }
        members.forEach((member, i) => member.resolve(answers[i]));
      },
      (err: unknown) => {
        for (const member of members) member.reject(err);
      },
    );
  }
}

function batchKey(url: URL, headers: Record<string, string>, timeoutMs: number): string {
  let key = `${timeoutMs} ${url.href}`;
  for (const name in headers) key += `\n${name}: ${headers[name]}`;
  return key;
}

/**
 * Each member's answer, as a single fetch would have had it. A batch refused as a whole (a
 * non-2xx answer: too large, a proxy's error page) is every member's answer: each is then
 * judged as its own refused fetch would be. A 2xx answer that is not one answer per member
 * throws, and every member fails as an unreadable answer.
 */
function memberAnswers(answer: SubgraphAnswer, count: number): SubgraphAnswer[] {
  if (answer.status < 200 || answer.status >= 300) return Array.from({ length: count }, () => answer);
  const parsed: unknown = JSON.parse(answer.body);
  if (!Array.isArray(parsed) || parsed.length !== count) {
    throw new Error(`a batch of ${count} was answered with ${Array.isArray(parsed) ? parsed.length : 'no'} answers`);
  }
  return parsed.map((member: unknown) => {
    if (!isRecord(member) || typeof member.status !== 'number' || typeof member.body !== 'string' || !isRecord(member.headers)) {
      throw new Error('a batch member answer is not { status, headers, body }');
    }
    const headers: [string, string][] = [];
    for (const [name, value] of Object.entries(member.headers)) if (typeof value === 'string') headers.push([name, value]);
    return { status: member.status, statusText: '', headers, body: member.body };
  });
}
