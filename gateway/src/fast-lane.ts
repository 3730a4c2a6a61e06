import Negotiator = require('negotiator');
import { isRecord } from '../../lib/is-record';
import type { GatewayContext, LaneHandoff } from './context';
import type { OperationCheck } from './limits/operation-check';
import { SingleFetchShortcut, type SingleFetch, type SingleFetchAnswer } from './single-fetch';

/**
 * The fast lane: the single-fetch shortcut (single-fetch.ts) taken at the HTTP layer, before
 * Apollo Server's request pipeline. For the operations clients repeat most that no cache may
 * answer (a resident's self-lookup; a signed-in officer's page of one department's rows), the
 * pipeline around the one fetch (request parsing, plugin hooks, response shaping and
 * serialisation) had become the gateway's largest cost per request.
 *
 * A request takes the lane only when nothing in that pipeline could answer it differently:
 * - a POST whose body is `{ query, variables?, operationName? }` (no extensions, no batch), sent
 *   as `application/json` (Apollo's CSRF rule lets that through), accepting a JSON response type;
 * - a query (never a mutation: its answer must also invalidate the response cache) whose exact
 *   text and operation name Apollo already parsed, validated and planned under the schema now
 *   served, as one fetch of the client's own selections;
 * - that no response cache could answer: the caller is signed in (the cache is for the public
 *   only), the cache is off, or the operation's public answers have never been cacheable. Which
 *   are is learned: the first public answer a subgraph allows to be kept (a public page of
 *   payments, a region) goes to Apollo, which keeps it, and so do that operation's public
 *   requests from then on, to be answered from the cache; the self-lookup's never is.
 * It then runs the same limits as Apollo's pipeline (operation-check.ts: variables, shape, cost,
 * rate quota), sends the fetch, and answers itself only when the answer is plain: data, no
 * errors, and nothing any cache may keep (`no-store`). Anything else (a refused check, a token that does not verify, an
 * error or failed fetch, a cacheable answer) is answered by Apollo, which formats errors,
 * statuses and cache headers as always; once the lane has checked, it hands over its refusal or
 * its answer (`handoff`) so that nothing is checked, counted or fetched twice.
 */
export interface FastLaneParts {
  readonly shortcut: SingleFetchShortcut;
  readonly check: OperationCheck;
  /** Whether the gateway keeps a response cache for anonymous queries. */
  readonly responseCache: boolean;
  /** Called with each outcome of a request the lane took (a metric). */
  readonly onOutcome?: (outcome: 'answered' | 'refused' | 'handed-over') => void;
}

/** A request the lane may take, known from its body and headers alone (before its token is verified). */
export interface FastLaneCandidate {
  readonly fetch: SingleFetch;
  readonly variables: Readonly<Record<string, unknown>> | undefined;
  readonly contentType: string;
}

export type FastLaneOutcome =
  | { readonly kind: 'answered'; readonly body: string; readonly headers: Readonly<Record<string, string>> }
  | { readonly kind: 'apollo'; readonly handoff?: LaneHandoff };

const TO_APOLLO: FastLaneOutcome = { kind: 'apollo' };
const JSON_TYPE = 'application/json; charset=utf-8';
/** The types Apollo Server offers a single result in, in its order (ApolloServer.ts, MEDIA_TYPES). */
const OFFERED = [JSON_TYPE, 'application/graphql-response+json; charset=utf-8', 'application/json; callbackSpec=1.0; charset=utf-8'];
/** Distinct Accept headers whose choice is kept: clients send a handful, each on every request. */
const MAX_KNOWN_ACCEPTS = 64;
const chosenTypes = new Map<string, string | null>();

/**
 * The response type Apollo Server would choose for this Accept header, chosen the same way (the
 * same negotiator over the same offers); null when Apollo must answer: nothing acceptable (its
 * 406) or the subscription-callback type, which the lane does not write.
 */
function responseTypeFor(accept: string | undefined): string | null {
  if (!accept) return JSON_TYPE;
  let chosen = chosenTypes.get(accept);
  if (chosen === undefined) {
    const preferred = new Negotiator({ headers: { accept } }).mediaType(OFFERED) ?? null;
    chosen = preferred === OFFERED[2] ? null : preferred;
    if (chosenTypes.size < MAX_KNOWN_ACCEPTS) chosenTypes.set(accept, chosen);
  }
  return chosen;
}

/** `application/json`, with or without parameters (charset), in any letter case. */
function isJsonContentType(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const semicolon = contentType.indexOf(';');
  return (semicolon < 0 ? contentType : contentType.slice(0, semicolon)).trim().toLowerCase() === 'application/json';
}

export class FastLane {
  /** Operations a subgraph allowed a public answer of to be cached: the response cache's to answer. */
  private readonly publiclyCacheable = new WeakSet<SingleFetch>();

  constructor(private readonly parts: FastLaneParts) {}

  /** The lane's request, when the body and headers allow one; null sends it to Apollo. */
  candidate(body: unknown, headers: { readonly 'content-type'?: string; readonly accept?: string }): FastLaneCandidate | null {
    if (!isRecord(body) || typeof body.query !== 'string') return null;
    for (const key in body) if (key !== 'query' && key !== 'variables' && key !== 'operationName') return null;
    const { variables, operationName } = body;
    if (variables !== undefined && variables !== null && !isRecord(variables)) return null;
    if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return null;
    if (!isJsonContentType(headers['content-type'])) return null;
    const contentType = responseTypeFor(headers.accept);
    if (!contentType) return null;
    const fetch = this.parts.shortcut.find(body.query, operationName);
    if (!fetch || fetch.clientOperation.operation !== 'query') return null;
    return { fetch, variables: variables ?? undefined, contentType };
  }

  /** Checks and sends the candidate for this caller, or says why Apollo must answer. */
  async run(candidate: FastLaneCandidate, context: GatewayContext): Promise<FastLaneOutcome> {
    const { fetch, variables } = candidate;
    const anonymous = context.principal.kind === 'anonymous';
    const cached = anonymous && this.parts.responseCache;
    if (cached && this.publiclyCacheable.has(fetch)) return TO_APOLLO;
    try {
      await this.parts.check({
        schema: fetch.schema,
        document: fetch.clientDocument,
        operation: fetch.clientOperation,
        variables,
        principal: context.principal,
        clientAddress: context.clientAddress,
      });
    } catch (refusal) {
      // Apollo answers the refusal in its own shape, without checking (and counting) again.
      this.parts.onOutcome?.('refused');
      return { kind: 'apollo', handoff: { refusal } };
    }
    const answer = await this.parts.shortcut.send(fetch, context, variables);
    if (cached && cacheable(answer)) this.publiclyCacheable.add(fetch);
    // A signed-in caller's answer is never kept: the response cache's plugin says no-store for it.
    if (!plain(answer, !anonymous && this.parts.responseCache)) {
      this.parts.onOutcome?.('handed-over');
      return { kind: 'apollo', handoff: { fetch, answer } };
    }
    this.parts.onOutcome?.('answered');
    context.record.operationName = fetch.clientOperationName;
    context.record.outcome = 'success';
    // As Apollo Server writes a result: `errors` would come first, there are none; a newline ends it.
    return {
      kind: 'answered',
      body: `${JSON.stringify(SingleFetchShortcut.shape(fetch, answer))}\n`,
      // An answer no cache may keep: Apollo's cache-control plugin says the same for such a policy.
      headers: { 'cache-control': 'no-store', 'content-type': candidate.contentType },
    };
  }
}

/** Whether a subgraph allowed the answer to be kept for a while. */
function cacheable(answer: SingleFetchAnswer): boolean {
  return answer.cacheHints?.some((hint) => hint.maxAge > 0) ?? false;
}

/** Data and no errors, and no subgraph allowed it to be cached (unless no cache may keep it anyway). */
function plain(answer: SingleFetchAnswer, neverKept: boolean): boolean {
  if ('error' in answer) return false;
  const { response } = answer;
  return !response.errors?.length && isRecord(response.data) && (neverKept || !cacheable(answer));
}
