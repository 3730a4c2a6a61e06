import { GraphQLError } from 'graphql';
import { ErrorCode, PUBLIC_ERROR_CODES } from '../../lib/errors';
import type { SubgraphFetchError } from './subgraph-fetcher';

/**
 * What a client learns when a subgraph fails: which part of the graph is missing and why, in
 * words, with a stable code. Never the subgraph's URL, host, port, body, SQL or stack: those go
 * to the log (`logDetail`), which only the operators read.
 */

/** Errors we built for clients; `logDetail` is for the log only. */
export class SubgraphFailure extends GraphQLError {
  constructor(
    message: string,
    code: ErrorCode,
    readonly subgraph: string,
    readonly logDetail: Record<string, unknown>,
  ) {
    super(message, { extensions: { code, serviceName: subgraph } });
    this.name = 'SubgraphFailure';
  }
}

/** What each subgraph provides, so the message says which part of the answer is missing. */
const PROVIDES: Record<string, string> = {
  finance: 'regions, ledgers, funds and payments',
  audit: 'audit findings and alerts',
  'party-affairs': 'officials, disclosures and accountability actions',
  complaints: 'complaints and their statistics',
};

function missingPart(subgraph: string): string {
  const provides = PROVIDES[subgraph];
  return provides ? `the fields it provides (${provides}) are null in this answer` : 'the fields it provides are null in this answer';
}

export function fetchFailure(subgraph: string, err: SubgraphFetchError): SubgraphFailure {
  if (err.kind === 'timeout') {
    const seconds = Math.round(err.timeoutMs / 100) / 10;
    return new SubgraphFailure(
      `The ${subgraph} service did not answer within ${seconds} s; ${missingPart(subgraph)}. Try again, or ask for less.`,
      ErrorCode.SUBGRAPH_TIMEOUT,
      subgraph,
      { kind: err.kind, timeoutMs: err.timeoutMs, err: err.detail },
    );
  }
  return new SubgraphFailure(
    `The ${subgraph} service did not answer; ${missingPart(subgraph)}. Try again shortly.`,
    ErrorCode.SUBGRAPH_UNAVAILABLE,
    subgraph,
    { kind: err.kind, err: err.detail },
  );
}

export function httpFailure(subgraph: string, status: number, body: string): SubgraphFailure {
  return new SubgraphFailure(
    `The ${subgraph} service failed (HTTP ${status}); ${missingPart(subgraph)}. The operators have the details.`,
    ErrorCode.SUBGRAPH_UNAVAILABLE,
    subgraph,
    { status, body: body.slice(0, 2000) },
  );
}

export function unreadableAnswer(subgraph: string, err: unknown): SubgraphFailure {
  return new SubgraphFailure(
    `The ${subgraph} service sent an answer the gateway could not read; ${missingPart(subgraph)}.`,
    ErrorCode.SUBGRAPH_UNAVAILABLE,
    subgraph,
    { err },
  );
}

/**
 * Refusals a subgraph makes on purpose with an HTTP status: its token check, its own limits, and
 * BAD_USER_INPUT from coercing variables of custom scalars (Money, Period, ...), which the
 * gateway passes through uncoerced: the caller must learn which value was wrong.
 */
const PASSED_THROUGH = new Set<string>([
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.RATE_LIMITED,
  ErrorCode.BAD_USER_INPUT,
]);

/**
 * A non-2xx answer whose body is a GraphQL error we raised on purpose (e.g. the subgraph found
 * the token expired a moment after the gateway accepted it) is passed on with its own message,
 * which the subgraph's formatError has already vetted. Anything else is a failure.
 */
export function deliberateRefusal(subgraph: string, body: string): GraphQLError | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return null;
  }
  const first = (parsed as { errors?: Array<{ message?: unknown; extensions?: { code?: unknown } }> } | null)?.errors?.[0];
  const code = first?.extensions?.code;
  if (typeof code !== 'string' || !PASSED_THROUGH.has(code) || !PUBLIC_ERROR_CODES.has(code)) return null;
  if (typeof first?.message !== 'string') return null;
  return new GraphQLError(first.message, { extensions: { code, serviceName: subgraph } });
}
