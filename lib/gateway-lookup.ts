import { ErrorCode } from './errors';
import { GatewayUnavailableError, type GatewayClient } from './gateway-client';
import type { Logger } from './logger';

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
 */
export type Existence = 'found' | 'missing' | 'no-lookup' | 'unknown';

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

export async function askExists(gateway: GatewayClient, question: ExistenceQuestion, logger: Logger): Promise<Existence> {
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
    return 'unknown';
  }
  if (result.data?.found) return 'found';
  const codes = result.errors.map((e) => e.extensions?.code);
  if (codes.every((code) => code === ErrorCode.NOT_FOUND)) return 'missing';
  if (codes.includes('GRAPHQL_VALIDATION_FAILED')) {
    logger.error({ errors: result.errors, field }, `${what}: the gateway has no ${field}(id) lookup`);
    return 'no-lookup';
  }
  logger.warn({ errors: result.errors, field, id }, `${what}: the gateway answered with errors`);
  return 'unknown';
}
