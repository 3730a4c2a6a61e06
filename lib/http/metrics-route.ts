import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from './graphql-handler';

/** Whether a /metrics request may read the metrics: any, or only with the configured token. */
function metricsAllowed(req: IncomingMessage, token: string | null): boolean {
  if (token === null) return true;
  const given = Buffer.from(req.headers.authorization ?? '');
  const wanted = Buffer.from(`Bearer ${token}`);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/**
 * The /metrics route of the gateway and of each subgraph: the Prometheus text of `read()`, behind
 * `Authorization: Bearer <METRICS_TOKEN>` when a token is configured (`who` names the process in
 * the refusal).
 */
export function metricsRoute(token: string | null, who: string, read: () => Promise<{ text: string; contentType: string }>) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!metricsAllowed(req, token)) {
      sendJson(res, 401, { errors: [{ message: `Metrics need Authorization: Bearer <the METRICS_TOKEN of this ${who}>`, extensions: { code: 'UNAUTHENTICATED' } }] }, { 'www-authenticate': 'Bearer' });
      return;
    }
    const { text, contentType } = await read();
    res.writeHead(200, { 'content-type': contentType });
    res.end(text);
  };
}
