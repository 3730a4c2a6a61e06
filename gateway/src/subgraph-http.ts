import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

/**
 * One HTTP exchange with a subgraph over node:http with a keep-alive agent: connections are
 * reused (no TCP set-up per fetch) and bounded per subgraph (`maxSockets`; further fetches
 * queue in the agent instead of opening ever more sockets under load). Cheaper per call than
 * the global fetch's web streams; the answer is read whole, as the gateway parses it whole.
 */
export interface SubgraphAnswer {
  readonly status: number;
  readonly statusText: string;
  readonly headers: [string, string][];
  readonly body: string;
}

export interface SubgraphAgents {
  readonly http: HttpAgent;
  readonly https: HttpsAgent;
  destroy(): void;
}

export function createSubgraphAgents(maxSockets: number): SubgraphAgents {
  const options = { keepAlive: true, maxSockets, maxFreeSockets: maxSockets, scheduling: 'lifo' as const };
  const http = new HttpAgent(options);
  const https = new HttpsAgent(options);
  return { http, https, destroy: () => (http.destroy(), https.destroy()) };
}

function headerPairs(headers: IncomingHttpHeaders): [string, string][] {
  return Object.entries(headers).flatMap(([name, value]) =>
    value === undefined ? [] : Array.isArray(value) ? value.map((v) => [name, v] as [string, string]) : [[name, value] as [string, string]],
  );
}

/** A connection failure carries its code on `cause`, as the global fetch's errors do. */
class ExchangeError extends Error {
  constructor(readonly cause: NodeJS.ErrnoException) {
    super(cause.message);
  }
}

/** The exchange's deadline passed before the whole answer was read. */
export class DeadlineError extends Error {
  constructor() {
    super('the deadline passed');
    this.name = 'TimeoutError';
  }
}

/**
 * POSTs `body` and reads the whole answer, unless `deadline` (a performance.now() time) passes
 * first: then the request is destroyed and the promise rejects with a DeadlineError. A plain
 * timer, not an AbortSignal: a signal per fetch cost the gateway a measurable share of its CPU.
 */
export function exchange(
  url: URL,
  init: { headers: Record<string, string>; body: string },
  deadline: number,
  agents: SubgraphAgents,
): Promise<SubgraphAnswer> {
  return new Promise((resolve, reject) => {
    const secure = url.protocol === 'https:';
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };
    const req = (secure ? httpsRequest : httpRequest)(
      url,
      {
        method: 'POST',
        headers: { ...init.headers, 'content-length': String(Buffer.byteLength(init.body)) },
        agent: secure ? agents.https : agents.http,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          settle(() =>
            resolve({
              status: res.statusCode ?? 0,
              statusText: res.statusMessage ?? '',
              headers: headerPairs(res.headers),
              body: Buffer.concat(chunks).toString('utf8'),
            }),
          ),
        );
        res.on('error', (err) => settle(() => reject(err instanceof DeadlineError ? err : new ExchangeError(err))));
      },
    );
    const timer = setTimeout(() => req.destroy(new DeadlineError()), Math.max(0, deadline - performance.now()));
    req.on('error', (err: NodeJS.ErrnoException) => settle(() => reject(err instanceof DeadlineError ? err : new ExchangeError(err))));
    req.end(init.body);
  });
}
