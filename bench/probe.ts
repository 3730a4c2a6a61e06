import { subscribe } from 'node:diagnostics_channel';
import { setFlagsFromString, writeHeapSnapshot } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Preloaded into every process the benchmark starts (`node --require probe.js ...`): counts the
 * SQL statements the process sends to MariaDB, at the driver (mysql2's diagnostics channels), so
 * nothing in the application is changed or trusted to count. The benchmark asks for the count
 * over the IPC channel before and after each measurement; the difference, summed over the four
 * subgraph processes and divided by the responses, is the SQL statements per request. The soak
 * asks it for the V8 heap, for full collections and heap snapshots too (bench/soak.ts).
 */
let statements = 0;
let setup = 0;
// Connection set-up (knex's version probe, the session settings of each new pooled connection)
// is not work done for a request; it is counted apart, as the application's own counter does.
// A request's statement under MariaDB's time cap starts `SET STATEMENT ... FOR` and is work.
const SETUP = /^\s*(set\s(?!statement\s)|select version\(\))/i;
const count = (message: unknown) => {
  const sql = (message as { query?: unknown }).query;
  // Only the statement's start matters; a bulk INSERT may be megabytes long.
  if (typeof sql === 'string' && SETUP.test(sql.slice(0, 32))) setup += 1;
  else statements += 1;
};
subscribe('tracing:mysql2:query:start', count);
subscribe('tracing:mysql2:execute:start', count);

/**
 * What the benchmark asks over the IPC channel; each answer carries the question's id, so two
 * questions in flight at once (a memory sample and a collection) never take each other's answer.
 */
export type ProbeQuestion =
  | { readonly type: 'stats' }
  /** The V8 heap now (process.memoryUsage()). */
  | { readonly type: 'memory' }
  /** A full garbage collection, then the heap: the live heap. */
  | { readonly type: 'gc' }
  /** A heap snapshot written to `path` (V8 collects first), then the heap. */
  | { readonly type: 'heapsnapshot'; readonly path: string };

export type ProbeRequest = ProbeQuestion & { readonly id: number };

export interface StatsReply {
  readonly id: number;
  readonly statements: number;
  readonly setup: number;
}

/** The V8 heap of the process (its own, not its workers'). */
export interface MemoryReply {
  readonly id: number;
  readonly heapUsed: number;
  readonly heapTotal: number;
  readonly external: number;
  readonly rss: number;
}

/**
 * A full collection on request ('bench:gc'), so the soak reads the live heap rather than wherever
 * the collector's sawtooth happens to be. Node exposes `gc` only to code compiled after the flag
 * is set; a new context is such code. Nothing of the application changes: the flag only adds a
 * global to that context.
 */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

function memoryReply(id: number): MemoryReply {
  const { heapUsed, heapTotal, external, rss } = process.memoryUsage();
  return { id, heapUsed, heapTotal, external, rss };
}

function answer(request: ProbeRequest): StatsReply | MemoryReply {
  switch (request.type) {
    case 'stats':
      return { id: request.id, statements, setup };
    case 'memory':
      return memoryReply(request.id);
    case 'gc':
      collectGarbage();
      return memoryReply(request.id);
    case 'heapsnapshot':
      writeHeapSnapshot(request.path);
      return memoryReply(request.id);
  }
}

const QUESTIONS = new Set(['stats', 'memory', 'gc', 'heapsnapshot']);

/** Only the benchmark's questions: a cluster worker's channel also carries the gateway's own messages. */
function isProbeRequest(message: unknown): message is ProbeRequest {
  const m = message as Partial<ProbeRequest> | null;
  return typeof m?.id === 'number' && QUESTIONS.has(m.type as string);
}

if (process.send) {
  process.on('message', (message: unknown) => {
    if (isProbeRequest(message)) process.send?.({ probe: answer(message) });
  });
  // The channel must not keep a process alive that would otherwise exit.
  process.channel?.unref();
}
