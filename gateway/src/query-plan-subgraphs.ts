import type { FetchNode, PlanNode, QueryPlan, SubscriptionNode } from '@apollo/query-planner';

/**
 * The subgraphs a query plan reads from, and those it writes to (its mutation fetches): what a
 * cached answer depends on, and what a mutation makes stale.
 */
export interface PlanSubgraphs {
  readonly reads: Set<string>;
  readonly writes: Set<string>;
}

function visit(node: PlanNode | SubscriptionNode | undefined, found: PlanSubgraphs): void {
  if (!node) return;
  switch (node.kind) {
    case 'Fetch':
      addFetch(node, found);
      return;
    case 'Sequence':
    case 'Parallel':
      for (const child of node.nodes) visit(child, found);
      return;
    case 'Flatten':
      visit(node.node, found);
      return;
    case 'Condition':
      visit(node.ifClause, found);
      visit(node.elseClause, found);
      return;
    case 'Defer':
      visit(node.primary.node, found);
      for (const deferred of node.deferred) visit(deferred.node, found);
      return;
    case 'Subscription':
      addFetch(node.primary, found);
      visit(node.rest, found);
      return;
  }
}

function addFetch(node: FetchNode, found: PlanSubgraphs): void {
  found.reads.add(node.serviceName);
  if (node.operationKind === 'mutation') found.writes.add(node.serviceName);
}

/** Plans are cached and reused by the gateway: each is walked once. */
const walked = new WeakMap<QueryPlan, PlanSubgraphs>();

export function planSubgraphs(plan: QueryPlan): PlanSubgraphs {
  let found = walked.get(plan);
  if (!found) {
    found = { reads: new Set(), writes: new Set() };
    visit(plan.node, found);
    walked.set(plan, found);
  }
  return found;
}
