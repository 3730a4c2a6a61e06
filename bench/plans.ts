import { tokenFor } from './bench-env';
import type { RequestPlan } from './load';
import type { BenchOperation } from './operations';
import type { BenchStack } from './stack';

/** Where each operation is sent: through our gateway, straight to its subgraph, through the stock gateway. */
export interface OperationPlans {
  readonly gateway: RequestPlan;
  readonly direct: RequestPlan | null;
  readonly stock: RequestPlan | null;
  /** Through our gateway with the page-size variable set to `size`. */
  readonly withPageSize: (size: number) => RequestPlan;
}

function bodyMaker(query: string, variables: Record<string, unknown>, variablesOf?: (n: number) => Record<string, unknown>) {
  if (variablesOf) return (n: number) => JSON.stringify({ query, variables: variablesOf(n) });
  const fixed = JSON.stringify({ query, variables });
  return () => fixed;
}

export async function plansFor(op: BenchOperation, stack: BenchStack): Promise<OperationPlans> {
  const token = await tokenFor(op.caller);
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const gatewayUrl = `http://127.0.0.1:${stack.ports.gateway}/graphql`;
  const body = bodyMaker(op.query, op.variables, op.variablesOf);
  const direct = op.direct
    ? {
        url: `http://127.0.0.1:${stack.ports.subgraphs[op.direct.subgraph]}/graphql`,
        headers,
        bodyOf: bodyMaker(op.direct.query, op.direct.variables, op.variablesOf),
      }
    : null;
  return {
    gateway: { url: gatewayUrl, headers, bodyOf: body },
    direct,
    stock: stack.stock ? { url: `http://127.0.0.1:${stack.ports.stock}/graphql`, headers, bodyOf: body } : null,
    withPageSize: (size) => ({
      url: gatewayUrl,
      headers,
      bodyOf: bodyMaker(op.query, { ...op.variables, [op.pageSize?.variable ?? 'first']: size }),
    }),
  };
}
