import { GraphQLError } from 'graphql';

/**
 * The stable error codes clients may rely on (security.md, "What bad input gets").
 * Anything else that reaches formatError is masked as INTERNAL_SERVER_ERROR.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  IMPORT_CONFLICT: 'IMPORT_CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  QUERY_TOO_EXPENSIVE: 'QUERY_TOO_EXPENSIVE',
  SUBGRAPH_TIMEOUT: 'SUBGRAPH_TIMEOUT',
  SUBGRAPH_UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Codes (besides ours) that Apollo Server raises for malformed requests; safe to pass on. */
const APOLLO_REQUEST_CODES = [
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
];

export const PUBLIC_ERROR_CODES: ReadonlySet<string> = new Set<string>([
  ...Object.values(ErrorCode),
  ...APOLLO_REQUEST_CODES,
]);

/** One problem with one row of a batch input; listed together in a BAD_USER_INPUT error. */
export interface RowProblem {
  index: number;
  reason: string;
}

function error(code: ErrorCode, message: string, extra: Record<string, unknown> = {}, httpStatus?: number) {
  return new GraphQLError(message, {
    extensions: { code, ...extra, ...(httpStatus ? { http: { status: httpStatus } } : {}) },
  });
}

export const badUserInput = (message: string, extra: Record<string, unknown> = {}) =>
  error(ErrorCode.BAD_USER_INPUT, message, extra);

export const invalidRows = (message: string, rows: RowProblem[]) =>
  error(ErrorCode.BAD_USER_INPUT, `${message}: ${rows.length} invalid row(s); nothing was written`, { rows });

/**
 * A refusal of the public (sign in first), raised while resolving a field. It sets no HTTP
 * status: that would fail the whole response, and a public query that asked one restricted
 * field must still get its public fields (that field null, with this error at its path).
 */
export const unauthenticated = (message: string) => error(ErrorCode.UNAUTHENTICATED, message);

/** A token that does not verify: refused at the HTTP layer, before any field, with a 401. */
export const invalidToken = (message: string) => error(ErrorCode.UNAUTHENTICATED, message, {}, 401);

export const forbidden = (message: string) => error(ErrorCode.FORBIDDEN, message);

export const notFound = (what: string) => error(ErrorCode.NOT_FOUND, `${what} was not found`);

export const invalidTransition = (message: string, extra: Record<string, unknown> = {}) =>
  error(ErrorCode.INVALID_TRANSITION, message, extra);

export const importConflict = (batchKey: string) =>
  error(
    ErrorCode.IMPORT_CONFLICT,
    `Batch "${batchKey}" was already imported with different content; use a new batchKey for new data`,
    { batchKey },
  );

export const rateLimited = (retryAfterSeconds: number) =>
  error(ErrorCode.RATE_LIMITED, `Too many requests; try again in ${retryAfterSeconds} s`, { retryAfterSeconds }, 429);

/** A subgraph's request whose caller stopped waiting; nobody reads it, but a log may. */
export const callerGone = () =>
  error(
    ErrorCode.SUBGRAPH_TIMEOUT,
    'The caller stopped waiting for this answer (its timeout passed or it disconnected); the rest of the request was not run',
  );

/**
 * A statement of a subgraph's request ran past the longest time the gateway waits for any answer
 * (DB_STATEMENT_TIMEOUT_MS) and the store stopped it: nobody was still waiting for it.
 */
export const statementTimedOut = () =>
  error(
    ErrorCode.SUBGRAPH_TIMEOUT,
    'A database statement of this request ran longer than the gateway waits for any answer and was stopped; nothing it started was kept',
  );

export function isGraphQLErrorWithCode(err: unknown, code: ErrorCode): boolean {
  return err instanceof GraphQLError && err.extensions?.code === code;
}
