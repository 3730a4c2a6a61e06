import type { BaseContext } from '../../../lib/subgraph/context';

/** The complaints subgraph's per-request context: the base plus complaints's data sources. */
export type ComplaintsContext = BaseContext;

export function createContext(base: BaseContext): ComplaintsContext {
  return base;
}
