import { GraphQLError } from 'graphql';
import { badUserInput, ErrorCode } from '../../../../lib/errors';
import { GatewayUnavailableError, type GatewayClient } from '../../../../lib/gateway-client';
import type { Logger } from '../../../../lib/logger';
import type { SubjectType } from './rows';

/**
 * A complaint's subject lives in another subgraph (payments, projects and ledger entries in
 * finance, officials in party-affairs). architecture.md: no subgraph reads another's store, so
 * the subject is looked up through the gateway, by its root lookup, as the `service` identity.
 */
const LOOKUP_FIELD: Record<SubjectType, string> = {
  FundProject: 'fundProject',
  Payment: 'payment',
  LedgerEntry: 'ledgerEntry',
  Official: 'official',
};

function cannotCheck(type: SubjectType): GraphQLError {
  return new GraphQLError(
    `The ${type} named as the subject could not be checked just now; try again shortly, or submit without a subject`,
    { extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE } },
  );
}

export class SubjectChecker {
  constructor(
    private readonly gateway: GatewayClient | undefined,
    private readonly logger: Logger,
    private readonly requestId: string,
  ) {}

  /** Resolves when the record exists; BAD_USER_INPUT when it does not; SUBGRAPH_UNAVAILABLE when nobody can tell. */
  async requireExists(type: SubjectType, id: string): Promise<void> {
    if (!this.gateway) {
      this.logger.error('no gateway client configured: complaint subjects cannot be checked');
      throw cannotCheck(type);
    }
    const field = LOOKUP_FIELD[type];
    let result;
    try {
      result = await this.gateway.request<{ found: { id: string } | null }>(
        `query ComplaintSubjectExists($id: ID!) { found: ${field}(id: $id) { id } }`,
        { id },
        { requestId: this.requestId },
      );
    } catch (err) {
      if (!(err instanceof GatewayUnavailableError)) throw err;
      this.logger.warn({ err: err.detail, type, id }, 'complaint subject check: gateway unavailable');
      throw cannotCheck(type);
    }
    const codes = result.errors.map((e) => e.extensions?.code);
    if (result.data?.found) return;
    if (codes.every((code) => code === ErrorCode.NOT_FOUND)) {
      throw badUserInput(`No ${type} has id "${id}"; check the id, or submit without a subject`, { field: 'subjectId' });
    }
    if (codes.includes('GRAPHQL_VALIDATION_FAILED')) {
      // The owning subgraph offers no root lookup by id (yet): an operator's problem, not the caller's.
      this.logger.error({ errors: result.errors, type, field }, `complaint subject check: the gateway has no ${field}(id) lookup`);
      throw new GraphQLError(
        `${type} subjects cannot be checked at the moment; submit without a subject and name the ${type} in the content`,
        { extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE } },
      );
    }
    this.logger.warn({ errors: result.errors, type, id }, 'complaint subject check: the gateway answered with errors');
    throw cannotCheck(type);
  }
}
