import { accessLogQuery } from '../../../../lib/access-log-query';
import { requireSignedIn } from '../../../../lib/auth';
import { requireAlertReader, requireRegionReader } from '../access';
import type { QueryResolvers } from '../generated/resolvers-types';
import { RULES } from '../rules';

/** Each lookup refuses the caller before it looks (a refused caller learns nothing, not even "not found"). */
export const Query: QueryResolvers = {
  auditProject: async (_root, { id }, ctx) => {
    requireSignedIn(ctx.principal, 'read audit projects');
    const project = await ctx.projects.get(id);
    if (project) requireRegionReader(ctx.principal, project.region_code, 'read audit projects');
    return project;
  },
  finding: async (_root, { id }, ctx) => {
    requireSignedIn(ctx.principal, 'read findings');
    const finding = await ctx.findings.get(id);
    if (finding) requireRegionReader(ctx.principal, finding.region_code, 'read findings');
    return finding;
  },
  alert: async (_root, { id }, ctx) => {
    requireAlertReader(ctx.principal, null, 'read alerts');
    const alert = await ctx.alerts.get(id);
    if (alert) requireAlertReader(ctx.principal, alert.region_code, 'read alerts');
    return alert;
  },
  comparisonRun: async (_root, { id }, ctx) => {
    requireAlertReader(ctx.principal, null, 'read comparison runs');
    const run = await ctx.runs.get(id);
    if (!run) return null;
    requireAlertReader(ctx.principal, run.region_code, 'read comparison runs');
    return ctx.runKeeper.current(run);
  },
  comparisonRules: (_root, _args, ctx) => {
    requireAlertReader(ctx.principal, null, 'list comparison rules');
    return [...RULES];
  },
  auditAccessLog: accessLogQuery('audit'),
};
