import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError, Kind, type DocumentNode } from 'graphql';
import { REQUEST_ID_HEADER } from '../../lib/http/graphql-handler';
import type { Logger } from '../../lib/logger';
import { cacheHintOf } from './cache-control';
import type { GatewayContext } from './context';
import type { GatewayMetrics } from './metrics';
import type { PersonalReads } from './personal-reads';
import { limitFor, type RoleClass } from './settings';
import { deliberateRefusal, fetchFailure, httpFailure, SubgraphFailure, unreadableAnswer } from './subgraph-errors';
import { createSubgraphFetcher, SubgraphFetchError, type FetchPolicy, type SubgraphFetcher } from './subgraph-fetcher';
import type { SubgraphAnswer } from './subgraph-http';

type ProcessResult = Awaited<ReturnType<GraphQLDataSource<GatewayContext>['process']>>;

export interface SubgraphDataSourceOptions {
  readonly name: string;
  readonly url: string;
  readonly timeoutsMs: Record<RoleClass, number>;
  readonly slowRootFields: ReadonlySet<string>;
  /**
   * The personal reads the current supergraph declares (`@personalRead`, personal-reads.ts): a
   * fetch that makes one is never shared with an identical in-flight call. Asked on every fetch,
   * since a reloaded supergraph may declare others.
   */
  readonly personalReads: () => PersonalReads;
  readonly slowFieldTimeoutMs: number;
  /** Keep-alive connections to the subgraph at most. */
  readonly maxSockets: number;
  /** One caller's concurrent queries sent together at most (subgraph-batch.ts). */
  readonly batchMax: number;
  readonly metrics: GatewayMetrics;
  readonly logger: Logger;
}

const JSON_TYPES = /^application\/(graphql-response\+)?json\b/;

/**
 * How the gateway talks to one subgraph. Only the caller's token and the request id cross:
 * identity headers a client sets are never forwarded, so subgraphs see nothing a client forged.
 * Failures become SUBGRAPH_TIMEOUT or SUBGRAPH_UNAVAILABLE naming the missing part; the
 * details (URL, status, body) are logged, never returned.
 *
 * It implements the gateway's GraphQLDataSource itself rather than extending
 * RemoteGraphQLDataSource, which builds a node-fetch Request, Headers and a Response for every
 * fetch: on a two-core machine that bookkeeping was a tenth of the gateway's CPU per request.
 * What the base class did that we need is here: the JSON body, the subgraph's Cache-Control
 * narrowing the request's cache policy, and the answer parsed as GraphQL JSON.
 */
export class SubgraphDataSource implements GraphQLDataSource<GatewayContext> {
  readonly url: string;
  private readonly target: URL;
  private readonly options: SubgraphDataSourceOptions;
  private readonly fetcher: SubgraphFetcher;

  constructor(options: SubgraphDataSourceOptions) {
    this.options = options;
    this.url = options.url;
    this.target = new URL(options.url);
    this.fetcher = createSubgraphFetcher(options.name, options.metrics, {
      maxSockets: options.maxSockets,
      batchMax: options.batchMax,
    });
  }

  /** Closes the kept-alive connections to the subgraph. */
  close(): void {
    this.fetcher.close();
  }

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<ProcessResult> {
    const { request } = options;
    if (!request.query) throw new Error('Missing query');
    // Only a client's operation has our context; the gateway's own checks have an empty one.
    const incoming = 'incomingRequestContext' in options ? options : undefined;
    const context = incoming?.context;

    const headers: Record<string, string> = {};
    // The executor may add headers of its own (federated tracing); a client's never reach here.
    for (const [name, value] of request.http?.headers ?? []) headers[name.toLowerCase()] = value;
    headers['content-type'] = 'application/json';
    if (context?.requestId) {
      if (context.authorization) headers.authorization = context.authorization;
      headers[REQUEST_ID_HEADER] = context.requestId;
    }
    const body = JSON.stringify({
      query: request.query,
      variables: request.variables,
      operationName: request.operationName,
      extensions: request.extensions,
    });

    let answer: SubgraphAnswer;
    try {
      answer = await this.fetcher(this.target, { headers, body }, this.policyFor(request.query, context, incoming?.document));
    } catch (err) {
      throw this.failed(err instanceof SubgraphFetchError ? fetchFailure(this.options.name, err) : unreadableAnswer(this.options.name, err), context);
    }
    const result = this.parse(answer);
    // A non-2xx answer that carries `data` was executed (an error raised in a field set the
    // status): its data and every error, each at its path, pass on as a 2xx answer's would.
    if ((answer.status < 200 || answer.status >= 300) && !(result && 'data' in result)) {
      // A deliberate refusal of the request passes on; anything else is masked.
      const refusal = deliberateRefusal(this.options.name, answer.body);
      if (refusal) throw refusal;
      this.options.metrics.subgraphFetchErrors.inc({ subgraph: this.options.name, reason: `http_${answer.status}` });
      throw this.failed(httpFailure(this.options.name, answer.status, answer.body), context);
    }
    if (!result) {
      this.options.metrics.subgraphFetchErrors.inc({ subgraph: this.options.name, reason: 'invalid_response' });
      throw this.failed(unreadableAnswer(this.options.name, new Error(`not GraphQL JSON: ${answer.body.slice(0, 200)}`)), context);
    }
    const policy = incoming?.incomingRequestContext.overallCachePolicy;
    if (policy && 'restrict' in policy) {
      const cacheControl = answer.headers.find(([name]) => name === 'cache-control')?.[1];
      policy.restrict(cacheHintOf(cacheControl));
    }
    return result;
  }

  private policyFor(query: string, context: GatewayContext | undefined, document: DocumentNode | undefined): FetchPolicy {
    const roleTimeoutMs = context?.principal ? limitFor(context.principal, this.options.timeoutsMs) : this.options.timeoutsMs.public;
    const slow = selectsRootField(document, this.options.slowRootFields);
    // The gateway sends a subgraph "mutation ..." only for the mutation's own root fields.
    const idempotent = !/^\s*mutation\b/.test(query);
    return {
      timeoutMs: slow ? Math.max(roleTimeoutMs, this.options.slowFieldTimeoutMs) : roleTimeoutMs,
      idempotent,
      // Each personal read must reach the subgraph and its access log by itself.
      shareable: idempotent && !this.options.personalReads().madeBy(document),
    };
  }

  /** The answer as a GraphQL response object, or null when it is not one. */
  private parse(answer: SubgraphAnswer): ProcessResult | null {
    const contentType = answer.headers.find(([name]) => name === 'content-type')?.[1] ?? '';
    if (!JSON_TYPES.test(contentType)) return null;
    try {
      const parsed: unknown = JSON.parse(answer.body);
      return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as ProcessResult) : null;
    } catch {
      return null;
    }
  }

  /** Logs what the client must not see, and returns the masked error to throw. */
  private failed(failure: GraphQLError, context: GatewayContext | undefined): GraphQLError {
    if (failure instanceof SubgraphFailure) {
      this.options.logger.warn(
        { subgraph: this.options.name, url: this.url, requestId: context?.requestId, ...failure.logDetail },
        `subgraph ${this.options.name} failed: ${failure.message}`,
      );
    }
    return failure;
  }
}

/** Whether the subgraph operation selects one of `fields` at its root. */
function selectsRootField(document: DocumentNode | undefined, fields: ReadonlySet<string>): boolean {
  if (!document || fields.size === 0) return false;
  return document.definitions.some(
    (def) =>
      def.kind === Kind.OPERATION_DEFINITION &&
      def.selectionSet.selections.some((sel) => sel.kind === Kind.FIELD && fields.has(sel.name.value)),
  );
}
