import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError, Kind, type DocumentNode } from 'graphql';
import { REQUEST_ID_HEADER } from '../../lib/http/graphql-handler';
import type { Logger } from '../../lib/logger';
import type { GatewayContext } from './context';
import type { GatewayMetrics } from './metrics';
import { limitFor, type RoleClass } from './settings';
import { deliberateRefusal, fetchFailure, httpFailure, SubgraphFailure, unreadableAnswer } from './subgraph-errors';
import { createSubgraphFetcher, fetchPolicy, SubgraphFetchError, type FetchPolicy, type SubgraphFetcher } from './subgraph-fetcher';

type FetcherResponse = Awaited<ReturnType<RemoteGraphQLDataSource['fetcher']>>;
type ProcessResult = ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']>;

export interface SubgraphDataSourceOptions {
  readonly name: string;
  readonly url: string;
  readonly timeoutsMs: Record<RoleClass, number>;
  readonly slowRootFields: ReadonlySet<string>;
  readonly slowFieldTimeoutMs: number;
  /** Keep-alive connections to the subgraph at most. */
  readonly maxSockets: number;
  readonly metrics: GatewayMetrics;
  readonly logger: Logger;
}

/**
 * How the gateway talks to one subgraph. Only the caller's token and the request id cross:
 * identity headers a client sets are never forwarded, so subgraphs see nothing a client forged.
 * Failures become SUBGRAPH_TIMEOUT or SUBGRAPH_UNAVAILABLE naming the missing part; the
 * details (URL, status, body) are logged, never returned.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly options: SubgraphDataSourceOptions;
  private readonly subgraphFetcher: SubgraphFetcher;

  constructor(options: SubgraphDataSourceOptions) {
    const fetcher = createSubgraphFetcher(options.name, options.metrics, { maxSockets: options.maxSockets });
    super({ url: options.url, fetcher });
    this.options = options;
    this.subgraphFetcher = fetcher;
  }

  /** Closes the kept-alive connections to the subgraph. */
  close(): void {
    this.subgraphFetcher.close();
  }

  override process(options: GraphQLDataSourceProcessOptions<GatewayContext>): ProcessResult {
    // Only a client's operation has our context; the gateway's own checks have an empty one.
    const context = 'incomingRequestContext' in options ? options.context : undefined;
    const roleTimeoutMs = context?.principal
      ? limitFor(context.principal, this.options.timeoutsMs)
      : this.options.timeoutsMs.public;
    const slow = 'document' in options && this.carriesSlowField(options.document);
    const policy: FetchPolicy = {
      timeoutMs: slow ? Math.max(roleTimeoutMs, this.options.slowFieldTimeoutMs) : roleTimeoutMs,
      // The gateway sends a subgraph "mutation ..." only for the mutation's own root fields.
      idempotent: !/^\s*mutation\b/.test(options.request.query ?? ''),
    };
    return fetchPolicy.run(policy, () => super.process(options));
  }

  /** Whether the subgraph operation selects one of the slow root fields (a comparison run, an import). */
  private carriesSlowField(document: DocumentNode | undefined): boolean {
    if (!document || this.options.slowRootFields.size === 0) return false;
    return document.definitions.some(
      (def) =>
        def.kind === Kind.OPERATION_DEFINITION &&
        def.selectionSet.selections.some((sel) => sel.kind === Kind.FIELD && this.options.slowRootFields.has(sel.name.value)),
    );
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers || !context?.requestId) return;
    if (context.authorization) headers.set('authorization', context.authorization);
    headers.set(REQUEST_ID_HEADER, context.requestId);
  }

  /** A non-2xx answer: a deliberate refusal passes on; anything else is masked. */
  override async errorFromResponse(response: FetcherResponse) {
    const body = await response.text();
    const refusal = deliberateRefusal(this.options.name, body);
    if (refusal) return refusal;
    this.options.metrics.subgraphFetchErrors.inc({ subgraph: this.options.name, reason: `http_${response.status}` });
    return httpFailure(this.options.name, response.status, body);
  }

  override didEncounterError(error: Error, _req: unknown, _res: unknown, context?: GatewayContext): never {
    const subgraph = this.options.name;
    let failure: Error;
    if (error instanceof SubgraphFetchError) {
      failure = fetchFailure(subgraph, error);
    } else if (error instanceof GraphQLError) {
      // Our masked SubgraphFailure, or a deliberate refusal the subgraph made (errorFromResponse).
      failure = error;
    } else {
      // An answer that is not GraphQL JSON: the base class's message quotes the body.
      this.options.metrics.subgraphFetchErrors.inc({ subgraph, reason: 'invalid_response' });
      failure = unreadableAnswer(subgraph, error);
    }
    if (failure instanceof SubgraphFailure) {
      this.options.logger.warn(
        { subgraph, url: this.url, requestId: context?.requestId, ...failure.logDetail },
        `subgraph ${subgraph} failed: ${failure.message}`,
      );
    }
    throw failure;
  }
}
