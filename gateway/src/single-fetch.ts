import type { Experimental_DidResolveQueryPlanCallback, GraphQLDataSource } from '@apollo/gateway';
// Not re-exported by the package's index; the gateway's executor imports it from here too.
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import type { QueryPlan } from '@apollo/query-planner';
import type {
  GatewayExecutionResult,
  GatewayExecutor,
  GatewayGraphQLRequestContext,
  GatewayInterface,
} from '@apollo/server-gateway-interface';
import { BREAK, GraphQLError, isNonNullType, Kind, print, visit, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { SubgraphCacheHint } from './cache-control';
import type { GatewayContext } from './context';
import { planSubgraphs, type PlanSubgraphs } from './query-plan-subgraphs';

/**
 * The single-fetch shortcut. Most operations clients send are answered by one subgraph alone
 * (a self-lookup, a submission, an import, a page of one department's rows): their query plan
 * is one fetch whose operation is the client's own, renamed. For those, @apollo/gateway's
 * executor still rebuilds the operation from its AST, coerces the variables a second time,
 * hashes the plan key, opens telemetry spans and reshapes the subgraph's answer field by field
 * into the same answer: a sixth of the gateway's CPU per request on such operations.
 *
 * The first time an operation runs it takes the gateway's executor; if its plan turns out to be
 * one plain fetch (no entity lookups, no rewrites) of exactly the client's selections (no
 * fragments, no directives, nothing the planner added), later requests of the same document
 * and operation name send that fetch straight through the same data source and pass the
 * subgraph's answer on, with errors and failures shaped as the gateway's executor shapes them.
 * Variables were already coerced and checked by the limits plugin before any execution.
 */
export interface SingleFetch {
  readonly serviceName: string;
  readonly operation: string;
  readonly operationName: string | undefined;
  readonly document: DocumentNode | undefined;
  readonly variableUsages: readonly string[];
  /** The subgraphs the plan reads and writes, for the response cache's tags. */
  readonly plan: PlanSubgraphs;
  /** The API schema the plan was made for: a request under another one never takes the shortcut. */
  readonly schema: GraphQLSchema;
  /** The root fields' response keys, and whether any is non-null (then a failure nulls `data`). */
  readonly rootKeys: readonly string[];
  readonly nonNullRoot: boolean;
  /** The client's document and operation, as validated: the fast lane checks limits on them. */
  readonly clientDocument: DocumentNode;
  readonly clientOperation: OperationDefinitionNode;
  /** The client's operation name as Apollo resolves it (null when unnamed), for metrics and logs. */
  readonly clientOperationName: string | null;
}

/** What one send of a single fetch came back with: the subgraph's answer, or why there is none. */
export type SingleFetchAnswer =
  | { readonly response: Awaited<ReturnType<GraphQLDataSource['process']>>; readonly cacheHints: readonly SubgraphCacheHint[] }
  | { readonly error: GraphQLError; readonly cacheHints?: undefined };

function operationOf(document: DocumentNode | undefined): OperationDefinitionNode | undefined {
  const operations = document?.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION) ?? [];
  return operations.length === 1 ? operations[0] : undefined;
}

function hasDirectives(operation: OperationDefinitionNode): boolean {
  let found = false;
  visit(operation, {
    Directive() {
      found = true;
      return BREAK;
    },
  });
  return found;
}

/** Printed without its name: the planner names the fetch `<Name>__<subgraph>__0`. */
function printUnnamed(operation: OperationDefinitionNode): string {
  return print({ ...operation, name: undefined });
}

/** The plan's single fetch, when the subgraph's answer to it is the client's answer. */
export function singleFetchOf(
  queryPlan: QueryPlan,
  operationContext: Pick<OperationContext, 'operation' | 'fragments'>,
  schema: GraphQLSchema,
  clientDocument: DocumentNode,
): SingleFetch | null {
  const fetch = queryPlan.node;
  if (fetch?.kind !== 'Fetch') return null;
  if (fetch.requires || fetch.inputRewrites?.length || fetch.outputRewrites?.length || fetch.contextRewrites?.length) return null;
  const client = operationContext.operation;
  if (Object.keys(operationContext.fragments).length || hasDirectives(client)) return null;
  const sent = operationOf(fetch.operationDocumentNode);
  if (!sent || printUnnamed(sent) !== printUnnamed(client)) return null;
  const rootType = schema.getRootType(client.operation);
  if (!rootType) return null;
  const rootKeys: string[] = [];
  let nonNullRoot = false;
  for (const selection of client.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) return null;
    const field = rootType.getFields()[selection.name.value];
    if (!field) return null;
    rootKeys.push(selection.alias?.value ?? selection.name.value);
    nonNullRoot ||= isNonNullType(field.type);
  }
  return {
    serviceName: fetch.serviceName,
    operation: fetch.operation,
    operationName: fetch.operationName,
    document: fetch.operationDocumentNode,
    variableUsages: fetch.variableUsages ?? [],
    plan: planSubgraphs(queryPlan),
    schema,
    rootKeys,
    nonNullRoot,
    clientDocument,
    clientOperation: client,
    clientOperationName: client.name?.value ?? null,
  };
}

/** A subgraph's error as the gateway's executor passes it on: its path, its extensions, which service. */
function downstreamError(error: GraphQLError | Record<string, unknown>, serviceName: string): GraphQLError {
  const { message, path, extensions } = error as { message?: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> };
  const code = extensions?.code;
  return new GraphQLError(message || `Error while fetching subquery from service "${serviceName}"`, {
    originalError: error as Error,
    path: path ? [...path] : undefined,
    extensions: code ? { ...extensions, serviceName } : { ...extensions, serviceName, code: 'DOWNSTREAM_SERVICE_ERROR' },
  });
}

/** What the gateway answers when the fetch itself failed: every root field null. */
function nullRoot(fetch: SingleFetch): Record<string, null> | null {
  return fetch.nonNullRoot ? null : Object.fromEntries(fetch.rootKeys.map((key) => [key, null]));
}

export interface SingleFetchShortcutOptions {
  readonly dataSource: (serviceName: string) => GraphQLDataSource<GatewayContext> | undefined;
  /** Operations remembered at most; the oldest is forgotten first. */
  readonly maxEntries: number;
  /** Called for each request the shortcut sends (a metric). */
  readonly onShortcut?: (serviceName: string) => void;
}

/** No single-fetch plan: remembered too, so the check runs once per operation. */
const NOT_SINGLE = null;

/** Records the cache hints a subgraph's answer gives, for whoever decides the request's policy. */
class CacheHints {
  readonly hints: SubgraphCacheHint[] = [];
  restrict(hint: SubgraphCacheHint): void {
    this.hints.push(hint);
  }
}

export class SingleFetchShortcut {
  /** By the client's query text, then by operation name ('' for none). */
  private readonly known = new Map<string, Map<string, SingleFetch | typeof NOT_SINGLE>>();
  /** The API schema of the supergraph now served: only plans made for it are used. */
  private schema: GraphQLSchema | undefined;

  constructor(private readonly options: SingleFetchShortcutOptions) {}

  /** From the gateway's experimental_didResolveQueryPlan: remembers what the plan allows. */
  learn(requestContext: GatewayGraphQLRequestContext, queryPlan: QueryPlan, operationContext: OperationContext): void {
    const query = requestContext.request.query;
    if (query === undefined || !requestContext.document) return;
    const name = requestContext.request.operationName ?? '';
    let byName = this.known.get(query);
    if (byName?.has(name)) return;
    if (!byName) {
      if (this.known.size >= this.options.maxEntries) this.known.delete(this.known.keys().next().value!);
      byName = new Map();
      this.known.set(query, byName);
    }
    byName.set(name, singleFetchOf(queryPlan, operationContext, requestContext.schema, requestContext.document));
  }

  /**
   * The single fetch remembered for this query text and operation name, when it was made for the
   * schema now served (a plan learned by a request still in flight when the supergraph changed
   * is not reused) and its subgraph has a data source.
   */
  find(query: string | undefined, operationName: string | null | undefined, schema = this.schema): SingleFetch | undefined {
    if (query === undefined) return undefined;
    const fetch = this.known.get(query)?.get(operationName ?? '');
    return fetch && fetch.schema === schema && this.options.dataSource(fetch.serviceName) ? fetch : undefined;
  }

  /** A new supergraph makes every remembered plan stale. */
  clear(): void {
    this.known.clear();
  }

  /** Apollo Server's view of the gateway, with the shortcut in front of its executor. */
  wrap(gateway: GatewayInterface): GatewayInterface {
    return {
      onSchemaLoadOrUpdate: (callback) =>
        gateway.onSchemaLoadOrUpdate((schemaContext) => {
          this.clear();
          this.schema = schemaContext.apiSchema;
          callback(schemaContext);
        }),
      load: async (options) => {
        const { executor } = await gateway.load(options);
        return { executor: executor && this.executor(executor) };
      },
      stop: () => gateway.stop(),
    };
  }

  /**
   * Sends the fetch with the client's variables through the subgraph's data source. `cachePolicy`
   * is narrowed by the subgraph's cache hint, as the gateway's executor narrows the request's.
   */
  async send(
    fetch: SingleFetch,
    context: GatewayContext,
    provided: Readonly<Record<string, unknown>> | undefined,
    cachePolicy: { restrict(hint: SubgraphCacheHint): void } = new CacheHints(),
  ): Promise<SingleFetchAnswer> {
    // find() gave the fetch: its subgraph has a data source.
    const dataSource = this.options.dataSource(fetch.serviceName)!;
    this.options.onShortcut?.(fetch.serviceName);
    if (context.record) context.record.plan = fetch.plan;
    const variables: Record<string, unknown> = Object.create(null);
    for (const name of fetch.variableUsages) {
      if (provided && Object.hasOwn(provided, name) && provided[name] !== undefined) variables[name] = provided[name];
    }
    const hints = new CacheHints();
    try {
      const response = await dataSource.process({
        kind: GraphQLDataSourceRequestKind.INCOMING_OPERATION,
        request: { query: fetch.operation, variables, operationName: fetch.operationName },
        incomingRequestContext: { overallCachePolicy: hints } as never,
        context,
        document: fetch.document,
        pathInIncomingRequest: [],
      });
      for (const hint of hints.hints) cachePolicy.restrict(hint);
      return { response, cacheHints: hints.hints };
    } catch (error) {
      return { error: error as GraphQLError };
    }
  }

  /** The client's answer from the subgraph's, shaped as the gateway's executor shapes it. */
  static shape(fetch: SingleFetch, answer: SingleFetchAnswer): GatewayExecutionResult {
    if ('error' in answer) return { errors: [answer.error], data: nullRoot(fetch) };
    const { response } = answer;
    const data = response.data ?? nullRoot(fetch);
    if (!response.errors?.length) return { data };
    return { errors: response.errors.map((e) => downstreamError(e as GraphQLError, fetch.serviceName)), data };
  }

  private executor(gatewayExecutor: GatewayExecutor): GatewayExecutor {
    return async (requestContext) => {
      const context = requestContext.context as GatewayContext;
      // The fast lane fetched already and handed the answer over for Apollo to finish.
      const handoff = context.handoff;
      if (handoff && 'fetch' in handoff) {
        for (const hint of handoff.answer.cacheHints ?? []) requestContext.overallCachePolicy.restrict(hint);
        return SingleFetchShortcut.shape(handoff.fetch, handoff.answer);
      }
      const fetch = this.find(requestContext.request.query, requestContext.request.operationName, requestContext.schema);
      if (!fetch) return gatewayExecutor(requestContext);
      return SingleFetchShortcut.shape(fetch, await this.send(fetch, context, requestContext.request.variables, requestContext.overallCachePolicy));
    };
  }
}

type OperationContext = Parameters<Experimental_DidResolveQueryPlanCallback>[0]['operationContext'];
