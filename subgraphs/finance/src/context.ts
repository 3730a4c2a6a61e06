import type { BaseContext } from '../../../lib/subgraph/context';

/** The finance subgraph's per-request context: the base plus finance's data sources. */
export type FinanceContext = BaseContext;

export function createContext(base: BaseContext): FinanceContext {
  return base;
}
