import { createServer, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small HTTP proxy put between the gateway and one subgraph, to watch what the gateway sends
 * and to make the subgraph misbehave on demand: hold requests (a subgraph that sleeps), drop
 * the connection, or answer an error status. /health passes through untouched.
 */

export interface ProxiedRequest {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export type ProxyFailure = 'reset' | { status: number; body: string; contentType?: string };

export interface SubgraphProxy {
  /** The GraphQL URL to give the gateway instead of the subgraph's. */
  readonly url: string;
  /** Every /graphql request received, in order. */
  readonly requests: ProxiedRequest[];
  /** Held requests whose caller gave up (closed the connection) before they were released. */
  readonly abandoned: number;
  /** Requests now held. */
  readonly holding: number;
  /** From now on, keep /graphql requests waiting until `release()`: a subgraph that sleeps. */
  hold(): void;
  /** Stop holding and let every held request through. */
  release(): void;
  /** The next /graphql requests fail this way, one failure per request. */
  failNext(...failures: ProxyFailure[]): void;
  stop(): Promise<void>;
}

function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const HOP_BY_HOP = new Set(['host', 'connection', 'content-length', 'keep-alive', 'transfer-encoding']);

export async function startSubgraphProxy(targetGraphqlUrl: string): Promise<SubgraphProxy> {
  const target = new URL(targetGraphqlUrl).origin;
  const requests: ProxiedRequest[] = [];
  const failures: ProxyFailure[] = [];
  let holding = false;
  let held: Array<() => void> = [];
  let abandoned = 0;

  const server = createServer(async (req, res) => {
    const body = await readAll(req);
    const path = req.url ?? '/';
    const isGraphql = path.startsWith('/graphql');
    if (isGraphql) requests.push({ path, headers: req.headers, body: body.toString('utf8') });
    const failure = isGraphql ? failures.shift() : undefined;
    if (failure === 'reset') {
      req.socket.destroy();
      return;
    }
    if (failure) {
      res.writeHead(failure.status, { 'content-type': failure.contentType ?? 'application/json' });
      res.end(failure.body);
      return;
    }
    if (holding && isGraphql) {
      let gone = false;
      res.on('close', () => {
        if (!res.writableEnded) {
          gone = true;
          abandoned += 1;
        }
      });
      await new Promise<void>((resolve) => held.push(resolve));
      if (gone) return;
    }
    try {
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter(([name, value]) => !HOP_BY_HOP.has(name) && typeof value === 'string'),
      ) as Record<string, string>;
      const upstream = await fetch(`${target}${path}`, {
        method: req.method,
        headers,
        body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body,
      });
      const answer = Buffer.from(await upstream.arrayBuffer());
      res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
      res.end(answer);
    } catch {
      // The subgraph itself is down: behave like it, drop the connection.
      req.socket.destroy();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  const releaseAll = () => {
    const waiting = held;
    held = [];
    for (const resolve of waiting) resolve();
  };
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    requests,
    get abandoned() {
      return abandoned;
    },
    get holding() {
      return held.length;
    },
    hold() {
      holding = true;
    },
    release() {
      holding = false;
      releaseAll();
    },
    failNext(...next) {
      failures.push(...next);
    },
    async stop() {
      holding = false;
      releaseAll();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
