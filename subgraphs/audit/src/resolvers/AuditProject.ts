import type { AuditProjectResolvers } from '../generated/resolvers-types';

/** Reached only through checked roots (Query.auditProject, Finding.project), so fields need no check of their own. */
export const AuditProject: AuditProjectResolvers = {
  region: (project) => ({ code: project.region_code }),
  period: (project) =>
    project.period_from.slice(0, 4) === project.period_to.slice(0, 4) &&
    project.period_from.endsWith('-01') &&
    project.period_to.endsWith('-12')
      ? project.period_from.slice(0, 4)
      : `${project.period_from}/${project.period_to}`,
  periodFrom: (project) => project.period_from,
  periodTo: (project) => project.period_to,
  createdBy: (project) => project.created_by,
  createdAt: (project) => project.created_at,
  findings: (project, args, ctx) => ctx.findings.listByProject(project.id, args),
};
