/** Posting one batch to the gateway, retrying what is safe to retry (imports are idempotent). */

export interface ImportBatchResult {
  id: string;
  batchKey: string;
  kind: string;
  rowCount: number;
  importedBy: string;
  createdAt: string;
}

export interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; rows?: Array<{ index: number; reason: string }> };
}

export class BatchRefused extends Error {
  constructor(
    message: string,
    readonly errors: GraphQLErrorBody[],
  ) {
    super(message);
  }
}

/** Failures of transport or of a part of the graph, after which the same request may succeed. */
const RETRYABLE_CODES = new Set(['SUBGRAPH_UNAVAILABLE', 'SUBGRAPH_TIMEOUT', 'RATE_LIMITED', 'INTERNAL_SERVER_ERROR']);

export interface PostOptions {
  url: string;
  token: string | undefined;
  attempts: number;
  /** Milliseconds before the first retry; doubled each time. */
  backoffMs: number;
}

/** Posts `body` (a GraphQL request as JSON) and returns the mutation's `field`. */
export async function postBatch(options: PostOptions, body: string, field: string): Promise<ImportBatchResult> {
  let lastError: Error = new Error('no attempt made');
  for (let attempt = 1; attempt <= options.attempts; attempt++) {
    if (attempt > 1) await new Promise((resolve) => setTimeout(resolve, options.backoffMs * 2 ** (attempt - 2)));
    let response: Response;
    try {
      response = await fetch(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
        body,
      });
    } catch (err) {
      lastError = new Error(`cannot reach ${options.url}: ${(err as Error).message}`);
      continue;
    }
    const status = response.status;
    const text = await response.text();
    let answer: { data?: Record<string, ImportBatchResult | null> | null; errors?: GraphQLErrorBody[] };
    try {
      answer = JSON.parse(text) as typeof answer;
    } catch {
      lastError = new BatchRefused(`HTTP ${status}: ${text.slice(0, 200)}`, []);
      if (status >= 500) continue;
      throw lastError;
    }
    const result = answer.data?.[field];
    if (result && !answer.errors?.length) return result;
    const errors = answer.errors ?? [{ message: `HTTP ${status} without a result` }];
    const retryable = status >= 500 || errors.every((e) => RETRYABLE_CODES.has(e.extensions?.code ?? ''));
    lastError = new BatchRefused(errors.map((e) => `${e.extensions?.code ?? `HTTP ${status}`}: ${e.message}`).join('\n'), errors);
    if (!retryable) throw lastError;
  }
  throw lastError;
}
