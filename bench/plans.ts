import { createHash } from 'node:crypto';
import { tokenFor } from './bench-env';
import type { RequestPlan } from './load';
import type { BenchOperation } from './operations';
import type { BenchStack } from './stack';

/** Where each operation is sent: through our gateway, straight to its subgraph, through the stock gateway. */
export interface OperationPlans {
  readonly gateway: RequestPlan;
  readonly direct: RequestPlan | null;
  readonly stock: RequestPlan | null;
  /**
   * Through our gateway, for counting statements: the page-size variable set to `size` (when
   * given), and the text made unique by a comment so no cached answer stands in for the work.
   */
  readonly probe: (size?: number) => RequestPlan;
}

/**
 * The request body: the query text, or with --apq only its hash (automatic persisted queries;
 * `register` sends the text once so the server knows the hash).
 */
function bodyMaker(query: string, variables: Record<string, unknown>, variablesOf: ((n: number) => Record<string, unknown>) | undefined, apq: boolean) {
  const extensions = apq ? { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } } : undefined;
  const text = apq ? undefined : query;
  if (variablesOf) return (n: number) => JSON.stringify({ query: text, variables: variablesOf(n), extensions });
  const fixed = JSON.stringify({ query: text, variables, extensions });
  return () => fixed;
}

/**
 * Registers an operation's hash with a server (APQ): the full text with its hash, over new
 * connections so that every worker of a clustered server gets it.
 */
export async function registerPersistedQuery(url: string, headers: Record<string, string>, query: string, variables: Record<string, unknown>): Promise<void> {
  const extensions = { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } };
  for (let i = 0; i < 8; i += 1) {
    await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', connection: 'close', ...headers },
      body: JSON.stringify({ query, variables, extensions }),
    }).then((res) => res.text());
  }
}

export async function plansFor(op: BenchOperation, stack: BenchStack, apq = false): Promise<OperationPlans> {
  const token = await tokenFor(op.caller);
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const gatewayUrl = `http://127.0.0.1:${stack.ports.gateway}/graphql`;
  const body = bodyMaker(op.query, op.variables, op.variablesOf, apq);
  const direct = op.direct
    ? {
        url: `http://127.0.0.1:${stack.ports.subgraphs[op.direct.subgraph]}/graphql`,
        headers,
        bodyOf: bodyMaker(op.direct.query, op.direct.variables, op.variablesOf, apq),
      }
    : null;
  if (apq) {
    // Mutations are registered too: registering runs them once, like any first request.
    await registerPersistedQuery(gatewayUrl, headers, op.query, op.variablesOf ? op.variablesOf(-1) : op.variables);
    if (direct && op.direct) await registerPersistedQuery(direct.url, headers, op.direct.query, op.variablesOf ? op.variablesOf(-2) : op.direct.variables);
    if (stack.stock) await registerPersistedQuery(`http://127.0.0.1:${stack.ports.stock}/graphql`, headers, op.query, op.variablesOf ? op.variablesOf(-3) : op.variables);
  }
  return {
    gateway: { url: gatewayUrl, headers, bodyOf: body },
    direct,
    stock: stack.stock ? { url: `http://127.0.0.1:${stack.ports.stock}/graphql`, headers, bodyOf: body } : null,
    probe: (size) => ({
      url: gatewayUrl,
      headers,
      bodyOf: (n) =>
        bodyMaker(
          `${op.query}\n# statement probe ${n}`,
          size === undefined ? op.variablesOf?.(n) ?? op.variables : { ...op.variables, [op.pageSize?.variable ?? 'first']: size },
          undefined,
          false,
        )(n),
    }),
  };
}
