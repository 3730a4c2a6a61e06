import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../../../lib/errors';
import { GatewayUnavailableError, type GatewayCallOptions, type GatewayClient } from '../../../../lib/gateway-client';
import { parseYuan } from '../../../../lib/money';
import type { OfficialFact, PaymentFact } from '../rules/rule';

/**
 * Reads other domains' data for the comparison rules THROUGH THE GATEWAY, like any client:
 * payments from finance and the officials register from party-affairs, page by page on their
 * keyset cursors, never one request per row. The next page is requested as soon as the current
 * one has arrived, so fetching overlaps with the rule's work on the page.
 */

/** Payments per page: large pages keep a province run to a few thousand requests. */
export const PAYMENT_PAGE_SIZE = 500;
/** Officials per page (each carries its relatives; party-affairs suggests 200 for the cost budget). */
export const OFFICIAL_PAGE_SIZE = 200;

const PAYMENTS_QUERY = /* GraphQL */ `
  query AuditComparisonPayments($regionCode: ID!, $period: Period, $first: Int, $after: String) {
    payments(regionCode: $regionCode, period: $period, first: $first, after: $after) {
      edges {
        node {
          id
          amount
          period
          paidAt
          status
          reversalOf { id }
          recipient { personKey }
          program { code standardAmount meansTested }
          village { code }
          project { id }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

const OFFICIALS_QUERY = /* GraphQL */ `
  query AuditComparisonOfficials($regionCode: ID!, $first: Int, $after: String) {
    officials(regionCode: $regionCode, first: $first, after: $after) {
      edges {
        node {
          id
          position
          region { code }
          termStart
          termEnd
          person { personKey }
          relatives { relation person { personKey } }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

interface Page<T> {
  edges: Array<{ node: T }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

interface PaymentNode {
  id: string;
  amount: string;
  period: string;
  paidAt: string;
  status: 'PAID' | 'REVERSAL';
  reversalOf: { id: string } | null;
  recipient: { personKey: string | null } | null;
  program: { code: string; standardAmount: string; meansTested: boolean };
  village: { code: string };
  project: { id: string } | null;
}

interface OfficialNode {
  id: string;
  position: string | null;
  region: { code: string };
  termStart: string;
  termEnd: string | null;
  person: { personKey: string | null } | null;
  relatives: Array<{ relation: string; person: { personKey: string | null } | null }> | null;
}

/** The graph could not be read: the run fails, and says which source without naming hosts. */
export function graphUnavailable(what: string, detail: string): GraphQLError {
  return new GraphQLError(`The comparison could not read ${what} through the gateway (${detail}); nothing more was compared`, {
    extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE },
  });
}

export class GraphReader {
  constructor(
    private readonly gateway: GatewayClient,
    private readonly call: GatewayCallOptions,
  ) {}

  /** Pages of the payments under `regionCode` for one period. */
  payments(regionCode: string, period: string): AsyncGenerator<PaymentFact[]> {
    return this.pages<PaymentNode, PaymentFact>('payments', PAYMENTS_QUERY, { regionCode, period }, PAYMENT_PAGE_SIZE, toPaymentFact);
  }

  /** The whole officials register under `regionCode` (a few per village: it fits in memory). */
  async officials(regionCode: string): Promise<OfficialFact[]> {
    const all: OfficialFact[] = [];
    for await (const page of this.pages<OfficialNode, OfficialFact>('officials', OFFICIALS_QUERY, { regionCode }, OFFICIAL_PAGE_SIZE, toOfficialFact)) {
      all.push(...page);
    }
    return all;
  }

  private async *pages<Node, Fact>(
    field: 'payments' | 'officials',
    query: string,
    variables: Record<string, unknown>,
    first: number,
    toFact: (node: Node) => Fact,
  ): AsyncGenerator<Fact[]> {
    let next: Promise<Page<Node>> | null = this.page<Node>(field, query, { ...variables, first, after: null });
    while (next) {
      const page: Page<Node> = await next;
      next = page.pageInfo.hasNextPage && page.pageInfo.endCursor
        ? this.page<Node>(field, query, { ...variables, first, after: page.pageInfo.endCursor })
        : null;
      // A prefetched page whose consumer stopped early must not become an unhandled rejection.
      next?.catch(() => undefined);
      yield page.edges.map((edge) => toFact(edge.node));
    }
  }

  private async page<Node>(field: 'payments' | 'officials', query: string, variables: Record<string, unknown>): Promise<Page<Node>> {
    let result;
    try {
      result = await this.gateway.request<Record<string, Page<Node> | null>>(query, variables, this.call);
    } catch (err) {
      if (err instanceof GatewayUnavailableError) throw graphUnavailable(field, 'the gateway did not answer');
      throw err;
    }
    if (result.errors.length) {
      const codes = [...new Set(result.errors.map((e) => e.extensions?.code ?? 'ERROR'))].join(', ');
      throw graphUnavailable(field, `the gateway answered ${codes}: ${result.errors[0].message}`);
    }
    const page = result.data?.[field];
    if (!page) throw graphUnavailable(field, 'the gateway returned no page');
    return page;
  }
}

function toPaymentFact(node: PaymentNode): PaymentFact {
  return {
    id: node.id,
    personKey: node.recipient?.personKey ?? null,
    programCode: node.program.code,
    standardAmount: parseYuan(node.program.standardAmount),
    meansTested: node.program.meansTested,
    amount: parseYuan(node.amount),
    period: node.period,
    // A Date, or a DateTime should finance ever send one: the calendar day is what rules compare.
    paidAt: node.paidAt.slice(0, 10),
    villageCode: node.village.code,
    projectId: node.project?.id ?? null,
    status: node.status,
    reversalOf: node.reversalOf?.id ?? null,
  };
}

function toOfficialFact(node: OfficialNode): OfficialFact {
  return {
    id: node.id,
    regionCode: node.region.code,
    position: node.position,
    termStart: node.termStart,
    termEnd: node.termEnd,
    personKey: node.person?.personKey ?? null,
    relatives: (node.relatives ?? []).flatMap((r) => (r.person?.personKey ? [{ relation: r.relation, personKey: r.person.personKey }] : [])),
  };
}
