import { setTimeout as delay } from 'node:timers/promises';
import { GraphQLError } from 'graphql';
import { requireRole } from '../../../../lib/auth';
import { badUserInput, ErrorCode, notFound } from '../../../../lib/errors';
import { isRegionCode, isUnderRegion } from '../../../../lib/region-range';
import { requireAuditor, requireFindingRecorder, requireImporter, requireTriage } from '../access';
import { GraphReader } from '../comparison/graph-reader';
import { RUN_WAIT_MS, startComparison } from '../comparison/run-comparison';
import type { AuditContext } from '../context';
import type { AuditProjectRow, SubjectRef } from '../datasources/rows';
import type { MutationResolvers } from '../generated/resolvers-types';
import { ruleOf } from '../rules';
import { actor, knownRegion, nonNegativeFen, optionalText, requiredText } from './input';

const NAME_MAX = 200;
const TEXT_MAX = 4000;

async function projectCovering(ctx: AuditContext, projectId: string, regionCode: string): Promise<AuditProjectRow> {
  const project = await ctx.projects.get(projectId);
  if (!project) throw notFound(`Audit project ${projectId}`);
  if (!isUnderRegion(regionCode, project.region_code)) {
    throw badUserInput(`Audit project ${projectId} covers region ${project.region_code}; region ${regionCode} is outside it`);
  }
  return project;
}

function subjectOf(type: SubjectRef['type'] | null | undefined, id: string | null | undefined): SubjectRef | null {
  if ((type === null || type === undefined) !== (id === null || id === undefined)) {
    throw badUserInput('Give subjectType and subjectId together, or neither');
  }
  if (!type || !id) return null;
  if (type === 'REGION' && !isRegionCode(id)) throw badUserInput(`subjectId "${id}" is not a region code`);
  return { type, id: requiredText(id, 'subjectId', 128) };
}

export const Mutation: MutationResolvers = {
  createAuditProject: async (_root, { input }, ctx) => {
    requireAuditor(ctx.principal, input.regionCode, 'create audit projects');
    await knownRegion(ctx, input.regionCode, 'regionCode');
    if (input.periodFrom > input.periodTo) throw badUserInput('periodFrom must not be after periodTo');
    return ctx.projects.create({
      name: requiredText(input.name, 'name', NAME_MAX),
      type: input.type,
      regionCode: input.regionCode,
      periodFrom: input.periodFrom,
      periodTo: input.periodTo,
      createdBy: actor(ctx),
    });
  },

  recordFinding: async (_root, { input }, ctx) => {
    requireFindingRecorder(ctx.principal, input.regionCode);
    await knownRegion(ctx, input.regionCode, 'regionCode');
    const project = await projectCovering(ctx, input.projectId, input.regionCode);
    const subject = subjectOf(input.subjectType, input.subjectId);
    return ctx.findings.record({
      projectId: project.id,
      regionCode: input.regionCode,
      subject,
      fundProjectId: subject?.type === 'FUND_PROJECT' ? subject.id : null,
      type: input.type,
      severity: input.severity,
      criteria: requiredText(input.criteria, 'criteria', TEXT_MAX),
      condition: requiredText(input.condition, 'condition', TEXT_MAX),
      cause: optionalText(input.cause, 'cause', TEXT_MAX),
      effect: optionalText(input.effect, 'effect', TEXT_MAX),
      recommendation: optionalText(input.recommendation, 'recommendation', TEXT_MAX),
      questionedAmount: nonNegativeFen(input.questionedAmount, 'questionedAmount'),
      rectificationDue: input.rectificationDue ?? null,
      alertId: null,
      recordedBy: actor(ctx),
    });
  },

  addRectification: async (_root, { input }, ctx) => {
    requireRole(ctx.principal, ['auditor'], 'record rectifications');
    const finding = await ctx.findings.get(input.findingId);
    if (!finding) throw notFound(`Finding ${input.findingId}`);
    requireAuditor(ctx.principal, finding.region_code, 'record rectifications');
    return ctx.findings.addRectification({
      findingId: finding.id,
      actionTaken: requiredText(input.actionTaken, 'actionTaken', TEXT_MAX),
      moneyRecovered: nonNegativeFen(input.moneyRecovered, 'moneyRecovered'),
      evidence: optionalText(input.evidence, 'evidence', TEXT_MAX),
      completes: input.completes,
      verifiedBy: actor(ctx),
    });
  },

  closeFinding: async (_root, { id, note }, ctx) => {
    requireRole(ctx.principal, ['auditor'], 'close findings');
    const finding = await ctx.findings.get(id);
    if (!finding) throw notFound(`Finding ${id}`);
    requireAuditor(ctx.principal, finding.region_code, 'close findings');
    return ctx.findings.close(finding.id, actor(ctx), requiredText(note, 'note', TEXT_MAX));
  },

  importDeathRegister: async (_root, { input }, ctx) => {
    const regionCode = input.regionCode ?? ctx.principal.region ?? '';
    requireImporter(ctx.principal, regionCode, 'import the deaths register');
    await knownRegion(ctx, regionCode, 'regionCode');
    return ctx.deaths.importBatch(input.batchKey, regionCode, input.entries, actor(ctx));
  },

  runComparison: async (_root, args, ctx) => {
    requireAuditor(ctx.principal, args.regionCode, 'run comparisons');
    await knownRegion(ctx, args.regionCode, 'regionCode');
    if (!ctx.gateway) {
      throw new GraphQLError('Comparisons are not available: this audit subgraph has no gateway to read from (GATEWAY_URL)', {
        extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE },
      });
    }
    // The job reads as an auditor of the run's region only: never more than its caller may see.
    const graph = new GraphReader(ctx.gateway, {
      requestId: ctx.requestId,
      scope: { region: args.regionCode, roles: ['auditor'], onBehalfOf: actor(ctx) },
    });
    const started = await startComparison(
      { runs: ctx.runs, alerts: ctx.alerts, deaths: ctx.deaths, graph, keeper: ctx.runKeeper },
      { rule: args.rule, regionCode: args.regionCode, from: args.from, to: args.to, startedBy: actor(ctx) },
    );
    // A run that outlives the request fails on its own; its record says so, and the log why.
    started.done.catch((err: unknown) => ctx.logger.warn({ err, runId: started.run.id }, 'comparison run failed'));
    // Small runs answer with their result; large ones answer RUNNING and go on (comparisonRun(id) follows them).
    const waited = await Promise.race([started.done, delay(RUN_WAIT_MS, null, { ref: false })]);
    return waited ?? started.run;
  },

  confirmAlert: async (_root, { id, note, projectId }, ctx) => {
    requireRole(ctx.principal, ['auditor', 'inspector'], 'confirm alerts');
    const alert = await ctx.alerts.get(id);
    if (!alert) throw notFound(`Alert ${id}`);
    requireTriage(ctx.principal, alert.region_code, 'confirm alerts');
    const project = projectId ? await projectCovering(ctx, projectId, alert.region_code) : null;
    const why = optionalText(note, 'note', TEXT_MAX);
    const rule = ruleOf(alert.rule);
    return ctx.alerts.confirm(alert.id, actor(ctx), why, (a) => ({
      projectId: project?.id ?? null,
      regionCode: a.region_code,
      subject: { type: a.subject_type, id: a.subject_id },
      fundProjectId: a.fund_project_id,
      type: rule?.finding.type ?? 'OTHER',
      severity: rule?.finding.severity ?? 'MEDIUM',
      criteria: rule?.finding.criteria ?? `Comparison rule ${a.rule} v${a.rule_version}`,
      condition: why ? `${a.evidence}. ${why}` : a.evidence,
      cause: null,
      effect: null,
      recommendation: rule?.finding.recommendation ?? null,
      questionedAmount: Number(a.questioned_amount),
      rectificationDue: null,
      recordedBy: actor(ctx),
    }));
  },

  dismissAlert: async (_root, { id, note }, ctx) => {
    requireRole(ctx.principal, ['auditor', 'inspector'], 'dismiss alerts');
    const alert = await ctx.alerts.get(id);
    if (!alert) throw notFound(`Alert ${id}`);
    requireTriage(ctx.principal, alert.region_code, 'dismiss alerts');
    return ctx.alerts.dismiss(alert.id, actor(ctx), requiredText(note, 'note', TEXT_MAX));
  },
};
