import type { BaseContext } from '../../../lib/subgraph/context';

/** The audit subgraph's per-request context: the base plus audit's data sources. */
export type AuditContext = BaseContext;

export function createContext(base: BaseContext): AuditContext {
  return base;
}
