import { GraphQLError } from 'graphql';
import { badUserInput, ErrorCode } from '../../../../lib/errors';
import type { GatewayClient } from '../../../../lib/gateway-client';
import { askExists, unansweredBy } from '../../../../lib/gateway-lookup';
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

/**
 * The check failed because `unavailable` (finance, party-affairs or the gateway) could not answer.
 * The gateway sets `serviceName` on this error to complaints, the subgraph that answered the
 * mutation; the one that failed is named in the message and in `unavailableService`, as
 * party-affairs' basis check does, so a client knows whom it is waiting for. Only a subgraph's
 * name or `gateway`, never an address.
 */
function cannotCheck(type: SubjectType, unavailable: string): GraphQLError {
  return new GraphQLError(
    `The complaints service could not check the ${type} named as the subject: ${unansweredBy(unavailable)}; try again shortly, or submit without a subject`,
    { extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, unavailableService: unavailable } },
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
      throw cannotCheck(type, 'gateway');
    }
    const question = { field: LOOKUP_FIELD[type], id, operationName: 'ComplaintSubjectExists', what: 'complaint subject check', requestId: this.requestId };
    const answer = await askExists(this.gateway, question, this.logger);
    switch (answer.existence) {
      case 'found':
        return;
      case 'missing':
        throw badUserInput(`No ${type} has id "${id}"; check the id, or submit without a subject`, { field: 'subjectId' });
      case 'no-lookup':
        // The owning subgraph offers no root lookup by id (yet): an operator's problem, not the caller's.
        throw new GraphQLError(
          `${type} subjects cannot be checked at the moment; submit without a subject and name the ${type} in the content`,
          { extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, unavailableService: answer.unavailable } },
        );
      default:
        throw cannotCheck(type, answer.unavailable);
    }
  }
}
