import type { BaseContext } from '../../../lib/subgraph/context';
import { AlertSource } from './datasources/alerts';
import { AuditProjectSource } from './datasources/audit-projects';
import { ComparisonRunSource } from './datasources/comparison-runs';
import { DeathRegisterSource } from './datasources/death-register';
import { FindingSource } from './datasources/findings';

/** The audit subgraph's per-request context: the base plus audit's data sources (fresh loaders per request). */
export interface AuditContext extends BaseContext {
  readonly projects: AuditProjectSource;
  readonly findings: FindingSource;
  readonly alerts: AlertSource;
  readonly runs: ComparisonRunSource;
  readonly deaths: DeathRegisterSource;
}

export function createContext(base: BaseContext): AuditContext {
  const knex = base.db.knex;
  return {
    ...base,
    projects: new AuditProjectSource(knex),
    findings: new FindingSource(knex),
    alerts: new AlertSource(knex),
    runs: new ComparisonRunSource(knex),
    deaths: new DeathRegisterSource(knex, base.personKeySecret),
  };
}
