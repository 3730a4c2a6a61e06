import { ErrorCode } from './errors';
import { GatewayUnavailableError, type GatewayClient, type GatewayErrorItem } from './gateway-client';
import type { Logger } from './logger';
import { SUBGRAPHS } from './subgraphs';

/**
 * Whether a record of another subgraph exists, asked through the gateway by its root lookup
 * (`field(id: ID!)`) as the service identity: architecture.md, no subgraph reads another's
 * store. Complaints check a complaint's subject this way, party-affairs the basis of an
 * accountability action; each turns the answer into its own error.
 *
 * - `found`: the lookup returned the record;
 * - `missing`: it returned null, with no errors or only NOT_FOUND;
 * - `no-lookup`: the gateway has no such root field (validation failed): an operator's problem;
 * - `unknown`: the gateway or the owning subgraph could not tell (down, timed out, other errors).
 * Everything but `found` and `missing` is logged with `what` naming the check.
 *
 * With `no-lookup` and `unknown`, `unavailable` says whom the check could not get an answer from,
 * so the asking subgraph's error can name the part of the graph that failed, not only itself:
 * the subgraph the gateway's error names (`extensions.serviceName`, taken only when it is one of
 * the four names), or `gateway` when the gateway itself did not answer, has no such lookup, or
 * failed without naming a subgraph.
 */
export type ExistenceAnswer =
  | { readonly existence: 'found' }
  | { readonly existence: 'missing' }
  | { readonly existence: 'no-lookup' | 'unknown'; readonly unavailable: string };

export interface ExistenceQuestion {
  /** The root lookup field, e.g. `payment`. */
  readonly field: string;
  readonly id: string;
  /** The operation's name in the gateway's logs and metrics, e.g. `ComplaintSubjectExists`. */
  readonly operationName: string;
  /** The check, for the log, e.g. `complaint subject check`. */
  readonly what: string;
  readonly requestId: string;
}

export async function askExists(gateway: GatewayClient, question: ExistenceQuestion, logger: Logger): Promise<ExistenceAnswer> {
  const { field, id, operationName, what, requestId } = question;
  let result;
  try {
    result = await gateway.request<{ found: { id: string } | null }>(
      `query ${operationName}($id: ID!) { found: ${field}(id: $id) { id } }`,
      { id },
      { requestId },
    );
  } catch (err) {
    if (!(err instanceof GatewayUnavailableError)) throw err;
    logger.warn({ err: err.detail, field, id }, `${what}: gateway unavailable`);
    return { existence: 'unknown', unavailable: 'gateway' };
  }
  if (result.data?.found) return { existence: 'found' };
  const codes = result.errors.map((e) => e.extensions?.code);
  if (codes.every((code) => code === ErrorCode.NOT_FOUND)) return { existence: 'missing' };
  if (codes.includes('GRAPHQL_VALIDATION_FAILED')) {
    logger.error({ errors: result.errors, field }, `${what}: the gateway has no ${field}(id) lookup`);
    return { existence: 'no-lookup', unavailable: 'gateway' };
  }
  logger.warn({ errors: result.errors, field, id }, `${what}: the gateway answered with errors`);
  return { existence: 'unknown', unavailable: failedSubgraph(result.errors) ?? 'gateway' };
}

const SUBGRAPH_NAMES: ReadonlySet<string> = new Set(SUBGRAPHS.map((s) => s.name));

/** The subgraph the gateway says failed: the first failure that names one of ours. */
function failedSubgraph(errors: readonly GatewayErrorItem[]): string | undefined {
  for (const error of errors) {
    const name = error.extensions?.serviceName;
    if (error.extensions?.code !== ErrorCode.NOT_FOUND && typeof name === 'string' && SUBGRAPH_NAMES.has(name)) return name;
  }
  return undefined;
}

/** Says, for a caller's message, that `unavailable` (an ExistenceAnswer's) could not answer a check. */
export function unansweredBy(unavailable: string): string {
  return unavailable === 'gateway' ? 'the gateway could not answer' : `the ${unavailable} service could not answer`;
}
