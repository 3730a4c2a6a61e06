import type { ComparisonRunResolvers } from '../generated/resolvers-types';

export const ComparisonRun: ComparisonRunResolvers = {
  ruleVersion: (r) => r.rule_version,
  region: (r) => ({ code: r.region_code }),
  from: (r) => r.period_from,
  to: (r) => r.period_to,
  rowsRead: (r) => Number(r.rows_read),
  alertsRaised: (r) => Number(r.alerts_raised),
  alertsSuperseded: (r, _args, ctx) => ctx.alerts.countSuperseded(r.id),
  startedBy: (r) => r.started_by,
  startedAt: (r) => r.started_at,
  finishedAt: (r) => r.finished_at,
  failure: (r) => r.failure,
};
