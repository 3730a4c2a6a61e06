import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { isRecord } from '../is-record';
import type { Logger } from '../logger';
import { runWithRequestStats, type RequestStats } from '../request-stats';
import { BATCH_LIMIT_HEADER, batchMembers, type MemberAnswer } from './request-batch';

/**
 * A minimal HTTP integration for Apollo Server on node:http, shared by the subgraphs and the
 * gateway: body limit, request id, per-request SQL statement counting (and, when counting, no
 * further SQL once the caller has gone), the gateway's batches (subgraphs), and plain routes
 * (/health, /ready, /metrics) beside /graphql. No framework: less to load, less per request.
 */

export type Route = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface GraphQLHttpOptions<TContext extends BaseContext> {
  server: ApolloServer<TContext>;
  buildContext: (req: IncomingMessage, requestId: string) => Promise<TContext>;
  /** Largest request body accepted, in bytes; larger ones get a 413. May depend on the caller. */
  maxBodyBytes: number | ((req: IncomingMessage) => number | Promise<number>);
  routes?: Record<string, Route>;
  /**
   * Count the request's SQL statements (x-sql-statements): subgraphs do. The gateway runs no SQL
   * and turns it off: the AsyncLocalStorage behind the count makes every promise of the process
   * costlier (async hooks), a measurable share of the gateway's CPU per request.
   */
  countStatements?: boolean;
  /**
   * Answers a request before Apollo Server does, when it can (the gateway's fast lane): a 200 with
   * these headers and body. Null lets Apollo answer.
   */
  answerFirst?: (req: IncomingMessage, body: unknown, requestId: string) => Promise<{ headers: Readonly<Record<string, string>>; body: string } | null>;
  /**
   * Take batches of this many members at most from the gateway (request-batch.ts) and say so on
   * every answer; none: a batch goes to Apollo Server, which refuses it (the gateway's clients).
   */
  batchLimit?: number;
  /** Where an error no request could be answered for is logged (a batch member's). */
  logger?: Logger;
  /** Called after every GraphQL response (each member of a batch), e.g. for metrics and logs. */
  onResponse?: (info: { req: IncomingMessage; status: number; stats: RequestStats; ms: number }) => void;
}

export const REQUEST_ID_HEADER = 'x-request-id';
export const SQL_STATEMENTS_HEADER = 'x-sql-statements';

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && REQUEST_ID_PATTERN.test(given) ? given : randomUUID();
}

const JSON_TYPE = 'application/json; charset=utf-8';
const INTERNAL_ERROR_BODY = JSON.stringify({ errors: [{ message: 'Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': JSON_TYPE, ...headers });
  res.end(text);
}

function requestError(res: ServerResponse, status: number, code: string, message: string, requestId: string) {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] }, { [REQUEST_ID_HEADER]: requestId });
}

class BodyTooLargeError extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      reject(new BodyTooLargeError());
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLargeError());
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Aborted when the connection closes before the response is finished: the caller has gone (the
 * gateway aborts a fetch past its timeout, which closes the connection).
 */
function abortedOnClose(res: ServerResponse): AbortSignal {
  const controller = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  return controller.signal;
}

export function createGraphQLHttpHandler<TContext extends BaseContext>(options: GraphQLHttpOptions<TContext>) {
  const counting = options.countStatements ?? true;

  /** `parsedUrl`: the request's URL when the caller has parsed it already (the gateway routes on it first). */
  async function handle(req: IncomingMessage, res: ServerResponse, parsedUrl?: URL): Promise<void> {
    const started = performance.now();
    const requestId = requestIdOf(req);
    const url = parsedUrl ?? new URL(req.url ?? '/', 'http://localhost');
    const route = options.routes?.[url.pathname];
    if (route) {
      await route(req, res);
      return;
    }
    if (url.pathname !== '/graphql') {
      requestError(res, 404, 'NOT_FOUND', 'Not found: the GraphQL endpoint is /graphql', requestId);
      return;
    }
    let body: unknown = undefined;
    if (req.method === 'POST') {
      const limit = typeof options.maxBodyBytes === 'function' ? await options.maxBodyBytes(req) : options.maxBodyBytes;
      let text: string;
      try {
        text = await readBody(req, limit);
      } catch (err) {
        if (err instanceof BodyTooLargeError) {
          requestError(res, 413, 'BAD_REQUEST', `The request body is larger than ${limit} bytes`, requestId);
          return;
        }
        throw err;
      }
      const contentType = req.headers['content-type'] ?? '';
      if (contentType.includes('json')) {
        try {
          body = JSON.parse(text);
        } catch {
          requestError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON', requestId);
          return;
        }
      } else {
        body = text;
      }
    }
    const first = options.answerFirst && (await options.answerFirst(req, body, requestId));
    if (first) {
      for (const name in first.headers) res.setHeader(name, first.headers[name]);
      res.setHeader(REQUEST_ID_HEADER, requestId);
      res.statusCode = 200;
      res.end(first.body);
      options.onResponse?.({ req, status: 200, stats: { requestId, statements: 0 }, ms: performance.now() - started });
      return;
    }
    const headers = apolloHeaders(req);
    if (Array.isArray(body) && options.batchLimit) {
      await answerBatch(req, res, headers, url, body, options.batchLimit, requestId);
      return;
    }
    const executed = await execute(req, headers, url, body, requestId, counting ? abortedOnClose(res) : undefined);
    for (const [name, value] of executed.headers) res.setHeader(name, value);
    res.statusCode = executed.status;
    if (typeof executed.body === 'string') {
      res.end(executed.body);
    } else {
      for await (const chunk of executed.body) res.write(chunk);
      res.end();
    }
    options.onResponse?.({ req, status: executed.status, stats: executed.stats, ms: performance.now() - started });
  }

  /**
   * One GraphQL request through Apollo Server, in its own statement count (when counting): its
   * status, every header to send (the request id and statement count among them) and its body.
   */
  async function execute(
    req: IncomingMessage,
    headers: HeaderMap,
    url: URL,
    body: unknown,
    requestId: string,
    signal: AbortSignal | undefined,
  ): Promise<Executed> {
    const stats: RequestStats = { requestId, statements: 0, signal };
    const run = () =>
      options.server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method?.toUpperCase() ?? 'GET', headers, search: url.search, body },
        context: () => options.buildContext(req, requestId),
      });
    const response = await (counting ? runWithRequestStats(stats, run) : run());
    const sent: [string, string][] = [...response.headers];
    sent.push([REQUEST_ID_HEADER, requestId]);
    if (counting) sent.push([SQL_STATEMENTS_HEADER, String(stats.statements)]);
    if (options.batchLimit) sent.push([BATCH_LIMIT_HEADER, String(options.batchLimit)]);
    const status = response.status ?? 200;
    return { status, headers: sent, body: response.body.kind === 'complete' ? response.body.string : response.body.asyncIterator, stats };
  }

  /**
   * A batch (request-batch.ts): every member executed at once, each as if it had come alone, and
   * answered together in one 200. A body that is not a batch this server takes is a 400 for all.
   */
  async function answerBatch(
    req: IncomingMessage,
    res: ServerResponse,
    headers: HeaderMap,
    url: URL,
    body: unknown[],
    limit: number,
    batchId: string,
  ) {
    const members = batchMembers(body, limit);
    if (typeof members === 'string') {
      requestError(res, 400, 'BAD_REQUEST', members, batchId);
      return;
    }
    // The members share the connection: when the caller goes, it has gone for all of them.
    const signal = counting ? abortedOnClose(res) : undefined;
    const answers = await Promise.all(
      members.map(async ({ id, request }): Promise<MemberAnswer> => {
        const started = performance.now();
        const requestId = typeof id === 'string' && REQUEST_ID_PATTERN.test(id) ? id : randomUUID();
        if (!isRecord(request)) {
          const refusal = { errors: [{ message: 'A batch member\'s request must be a JSON object', extensions: { code: 'BAD_REQUEST' } }] };
          return { status: 400, headers: { 'content-type': JSON_TYPE, [REQUEST_ID_HEADER]: requestId }, body: JSON.stringify(refusal) };
        }
        let executed: Executed;
        try {
          executed = await execute(req, headers, url, request, requestId, signal);
        } catch (err) {
          // What would have been this request's 500 alone is this member's: the others stand.
          options.logger?.error({ err, requestId }, 'unhandled error while serving a batch member');
          return { status: 500, headers: { 'content-type': JSON_TYPE, [REQUEST_ID_HEADER]: requestId }, body: INTERNAL_ERROR_BODY };
        }
        let text = '';
        if (typeof executed.body === 'string') text = executed.body;
        else for await (const chunk of executed.body) text += chunk;
        options.onResponse?.({ req, status: executed.status, stats: executed.stats, ms: performance.now() - started });
        return { status: executed.status, headers: Object.fromEntries(executed.headers), body: text };
      }),
    );
    res.writeHead(200, { 'content-type': JSON_TYPE, [REQUEST_ID_HEADER]: batchId, [BATCH_LIMIT_HEADER]: String(limit) });
    res.end(JSON.stringify(answers));
  }

  return handle;
}

interface Executed {
  readonly status: number;
  readonly headers: readonly [string, string][];
  readonly body: string | AsyncIterableIterator<string>;
  readonly stats: RequestStats;
}

function apolloHeaders(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}
