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
}

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
export function singleFetchOf(queryPlan: QueryPlan, operationContext: Pick<OperationContext, 'operation' | 'fragments'>, schema: GraphQLSchema): SingleFetch | null {
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
  /** Called for each request the shortcut answers (a metric). */
  readonly onShortcut?: (serviceName: string) => void;
}

/** No single-fetch plan: remembered too, so the check runs once per operation. */
const NOT_SINGLE = null;

export class SingleFetchShortcut {
  private readonly known = new Map<string, SingleFetch | typeof NOT_SINGLE>();

  constructor(private readonly options: SingleFetchShortcutOptions) {}

  get size(): number {
    return this.known.size;
  }

  /** From the gateway's experimental_didResolveQueryPlan: remembers what the plan allows. */
  learn(requestContext: GatewayGraphQLRequestContext, queryPlan: QueryPlan, operationContext: OperationContext): void {
    const key = keyOf(requestContext);
    if (this.known.has(key)) return;
    if (this.known.size >= this.options.maxEntries) this.known.delete(this.known.keys().next().value!);
    this.known.set(key, singleFetchOf(queryPlan, operationContext, requestContext.schema));
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
          callback(schemaContext);
        }),
      load: async (options) => {
        const { executor } = await gateway.load(options);
        return { executor: executor && this.executor(executor) };
      },
      stop: () => gateway.stop(),
    };
  }

  private executor(gatewayExecutor: GatewayExecutor): GatewayExecutor {
    return (requestContext) => {
      const known = this.known.get(keyOf(requestContext));
      // A plan learned by a request still in flight when the supergraph changed is not reused.
      const fetch = known?.schema === requestContext.schema ? known : undefined;
      const dataSource = fetch && this.options.dataSource(fetch.serviceName);
      return fetch && dataSource ? this.execute(fetch, dataSource, requestContext) : gatewayExecutor(requestContext);
    };
  }

  private async execute(
    fetch: SingleFetch,
    dataSource: GraphQLDataSource<GatewayContext>,
    requestContext: GatewayGraphQLRequestContext,
  ): Promise<GatewayExecutionResult> {
    this.options.onShortcut?.(fetch.serviceName);
    const context = requestContext.context as GatewayContext;
    if (context.record) context.record.plan = fetch.plan;
    const provided = requestContext.request.variables;
    const variables: Record<string, unknown> = Object.create(null);
    for (const name of fetch.variableUsages) {
      if (provided && Object.hasOwn(provided, name) && provided[name] !== undefined) variables[name] = provided[name];
    }
    let response;
    try {
      response = await dataSource.process({
        kind: GraphQLDataSourceRequestKind.INCOMING_OPERATION,
        request: { query: fetch.operation, variables, operationName: fetch.operationName },
        incomingRequestContext: requestContext as never,
        context,
        document: fetch.document,
        pathInIncomingRequest: [],
      });
    } catch (error) {
      return { errors: [error as GraphQLError], data: nullRoot(fetch) };
    }
    const data = response.data ?? nullRoot(fetch);
    if (!response.errors?.length) return { data };
    return { errors: response.errors.map((e) => downstreamError(e as GraphQLError, fetch.serviceName)), data };
  }
}

type OperationContext = Parameters<Experimental_DidResolveQueryPlanCallback>[0]['operationContext'];

function keyOf(requestContext: GatewayGraphQLRequestContext): string {
  return `${requestContext.queryHash}\0${requestContext.request.operationName ?? ''}`;
}
