import { GraphQLError } from 'graphql';
import { ErrorCode, notFound } from '../../../../lib/errors';
import type { GatewayClient } from '../../../../lib/gateway-client';
import { askExists, unansweredBy } from '../../../../lib/gateway-lookup';
import type { Logger } from '../../../../lib/logger';

/** What an accountability action can be based on: a finding (audit) or a complaint (complaints). */
export type BasisType = 'Finding' | 'Complaint';

const LOOKUP_FIELD: Record<BasisType, string> = { Finding: 'finding', Complaint: 'complaint' };

/**
 * The check failed because `unavailable` (audit, complaints or the gateway) could not answer.
 * The gateway sets `serviceName` on this error to party-affairs, the subgraph that answered the
 * mutation, as on every error a subgraph returns; the one that failed is named in the message and
 * in `unavailableService`, a stable extension a client can act on (wait for audit, not party-affairs)
 * without reading the message. Only a subgraph's name or `gateway`, never an address.
 */
function cannotCheck(type: BasisType, unavailable: string): GraphQLError {
  return new GraphQLError(
    `The party-affairs service could not check the ${type.toLowerCase()} named as the basis: ${unansweredBy(unavailable)}; nothing was recorded, try again shortly`,
    { extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, unavailableService: unavailable } },
  );
}

/**
 * The basis of an accountability action lives in another subgraph; architecture.md: no subgraph
 * reads another's store, so it is looked up through the gateway by its root lookup, as the
 * `service` identity of the whole province. A decision may rest on a finding of a wider audit
 * than the official's region (a city's audit, a county official), so the lookup is not narrowed
 * to the inspector's region: it asks whether the record exists, not whether the inspector may read it.
 */
export class BasisChecker {
  constructor(
    private readonly gateway: GatewayClient | undefined,
    private readonly logger: Logger,
    private readonly requestId: string,
  ) {}

  /** Resolves when the record exists; NOT_FOUND when it does not; SUBGRAPH_UNAVAILABLE when nobody can tell. */
  async requireExists(type: BasisType, id: string): Promise<void> {
    if (!this.gateway) {
      this.logger.error('no gateway client configured (GATEWAY_URL): the basis of accountability actions cannot be checked');
      throw cannotCheck(type, 'gateway');
    }
    const question = { field: LOOKUP_FIELD[type], id, operationName: 'AccountabilityBasisExists', what: 'accountability basis check', requestId: this.requestId };
    const answer = await askExists(this.gateway, question, this.logger);
    if (answer.existence === 'found') return;
    if (answer.existence === 'missing') throw notFound(`${type} ${id}`);
    throw cannotCheck(type, answer.unavailable);
  }
}
