import { logAccessMany } from '../../../lib/access-log';
import type { BaseContext } from '../../../lib/subgraph/context';
import type { RunKeeper } from './comparison/run-keeper';
import { AlertSource } from './datasources/alerts';
import { AuditProjectSource } from './datasources/audit-projects';
import { ComparisonRunSource } from './datasources/comparison-runs';
import { DeathRegisterSource } from './datasources/death-register';
import { FindingSource } from './datasources/findings';
import type { AlertRow } from './datasources/rows';

/** The audit subgraph's per-request context: the base plus audit's data sources (fresh loaders per request). */
export interface AuditContext extends BaseContext {
  readonly projects: AuditProjectSource;
  readonly findings: FindingSource;
  readonly alerts: AlertSource;
  readonly runs: ComparisonRunSource;
  readonly deaths: DeathRegisterSource;
  /** The process's keeper of comparison runs (one per process, not per request). */
  readonly runKeeper: RunKeeper;
}

/** One access-log row per alert that names a person, filed under the alert's region, in one insert. */
async function logAlertReads(base: BaseContext, rows: readonly AlertRow[]): Promise<void> {
  const reads = rows.flatMap((row) => (row.person_key ? [{ subject: row.person_key, region: row.region_code }] : []));
  if (!reads.length || base.principal.kind === 'anonymous') return;
  await logAccessMany(base.db.knex, base, 'read-alert', reads);
}

export function createContext(base: BaseContext, runKeeper: RunKeeper): AuditContext {
  const knex = base.db.knex;
  return {
    ...base,
    projects: new AuditProjectSource(knex),
    findings: new FindingSource(knex),
    alerts: new AlertSource(knex, (rows) => logAlertReads(base, rows)),
    runs: new ComparisonRunSource(knex),
    deaths: new DeathRegisterSource(knex, base.personKeySecret),
    runKeeper,
  };
}
