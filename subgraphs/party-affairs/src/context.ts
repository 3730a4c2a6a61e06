import type { BaseContext } from '../../../lib/subgraph/context';

/** The party-affairs subgraph's per-request context: the base plus party-affairs's data sources. */
export type PartyAffairsContext = BaseContext;

export function createContext(base: BaseContext): PartyAffairsContext {
  return base;
}
