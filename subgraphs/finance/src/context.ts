import type { BaseContext } from '../../../lib/subgraph/context';
import { LedgerEntrySource } from './datasources/ledger-entries';
import { LedgerSummarySource } from './datasources/ledger-summaries';
import { PaymentSource } from './datasources/payments';
import { PersonAccessLog } from './datasources/people-access-log';
import { PersonSource } from './datasources/people';
import { ProgramSource } from './datasources/programs';
import { ProjectSource } from './datasources/projects';

/** The finance subgraph's per-request context: the base plus finance's data sources. */
export interface FinanceContext extends BaseContext {
  readonly programs: ProgramSource;
  readonly projects: ProjectSource;
  readonly payments: PaymentSource;
  readonly people: PersonSource;
  /** Batched access-log rows for reads of person-level detail (security.md). */
  readonly personAccessLog: PersonAccessLog;
  readonly ledgerEntries: LedgerEntrySource;
  readonly ledgerSummaries: LedgerSummarySource;
}

export function createContext(base: BaseContext): FinanceContext {
  const { knex } = base.db;
  return {
    ...base,
    programs: new ProgramSource(knex),
    projects: new ProjectSource(knex),
    payments: new PaymentSource(knex),
    people: new PersonSource(knex),
    personAccessLog: new PersonAccessLog(knex, base),
    ledgerEntries: new LedgerEntrySource(knex),
    ledgerSummaries: new LedgerSummarySource(knex),
  };
}
