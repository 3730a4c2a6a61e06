import type { BaseContext } from '../../../lib/subgraph/context';
import { AccountabilitySource } from './datasources/accountability';
import { BasisChecker } from './datasources/basis-checker';
import { DisclosureSource } from './datasources/disclosures';
import { OfficialSource } from './datasources/officials';

/** The party-affairs subgraph's per-request context: the base plus its data sources (fresh loaders per request). */
export interface PartyAffairsContext extends BaseContext {
  readonly officials: OfficialSource;
  readonly disclosures: DisclosureSource;
  readonly accountability: AccountabilitySource;
}

export function createContext(base: BaseContext): PartyAffairsContext {
  const { knex } = base.db;
  return {
    ...base,
    officials: new OfficialSource(knex, base),
    disclosures: new DisclosureSource(knex, base),
    accountability: new AccountabilitySource(knex, base, new BasisChecker(base.gateway, base.logger, base.requestId)),
  };
}
