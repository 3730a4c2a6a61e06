import { requireAlertReader } from '../access';
import type { AlertFact } from '../rules/rule';
import type { AlertResolvers } from '../generated/resolvers-types';
import { subjectParent } from '../datasources/rows';

export const Alert: AlertResolvers = {
  __resolveReference: async (reference, ctx) => {
    requireAlertReader(ctx.principal, null, 'read alerts');
    const alert = await ctx.alerts.get(reference.id);
    if (alert) requireAlertReader(ctx.principal, alert.region_code, 'read alerts');
    return alert;
  },
  ruleVersion: (a) => a.rule_version,
  subject: (a) => subjectParent(a.subject_type, a.subject_id),
  person: (a) => (a.person_key ? { personKey: a.person_key } : null),
  region: (a) => ({ code: a.region_code }),
  facts: (a) => JSON.parse(a.facts) as AlertFact[],
  decidedBy: (a) => a.decided_by,
  decidedAt: (a) => a.decided_at,
  finding: (a, _args, ctx) => (a.finding_id ? ctx.findings.get(a.finding_id) : null),
  run: async (a, _args, ctx) => {
    const run = await ctx.runs.get(a.run_id);
    if (!run) throw new Error(`alert ${a.id} names run ${a.run_id}, which is not in the store`);
    return run;
  },
  raisedAt: (a) => a.raised_at,
  // A linked alert is on the same subject, so in the same region: the caller may read it too.
  supersedes: (a, _args, ctx) => (a.supersedes_id ? ctx.alerts.get(a.supersedes_id) : null),
  decisionCarriedOver: (a) => Boolean(a.decision_carried),
  supersededBy: (a, _args, ctx) => (a.superseded_by_id ? ctx.alerts.get(a.superseded_by_id) : null),
  supersededAt: (a) => a.superseded_at,
  supersededByRun: (a, _args, ctx) => (a.superseded_by_run_id ? ctx.runs.get(a.superseded_by_run_id) : null),
};
