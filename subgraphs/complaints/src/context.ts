import type { BaseContext } from '../../../lib/subgraph/context';
import { ComplainantReads } from './datasources/complainant-reads';
import { ComplaintLists } from './datasources/complaint-lists';
import { ComplaintStats } from './datasources/complaint-stats';
import { ComplaintStore } from './datasources/complaint-store';
import { SubjectChecker } from './datasources/subject-checker';

/** The complaints subgraph's per-request context: the base plus its data sources and loaders. */
export interface ComplaintsContext extends BaseContext {
  readonly complaints: ComplaintStore;
  readonly lists: ComplaintLists;
  readonly stats: ComplaintStats;
  readonly subjects: SubjectChecker;
  readonly complainantReads: ComplainantReads;
  /** The instant the request is handled at: every deadline and timeline entry of the request uses it. */
  readonly now: Date;
}

export function createContext(base: BaseContext): ComplaintsContext {
  const { knex } = base.db;
  return {
    ...base,
    complaints: new ComplaintStore(knex),
    lists: new ComplaintLists(knex),
    stats: new ComplaintStats(knex),
    subjects: new SubjectChecker(base.gateway, base.logger, base.requestId),
    complainantReads: new ComplainantReads(knex, base),
    now: new Date(),
  };
}
