import { requireSignedIn } from '../../../../lib/auth';
import { requireAlertReader, requireRegionReader } from '../access';
import type { FindingResolvers } from '../generated/resolvers-types';
import { subjectParent } from '../datasources/rows';

export const Finding: FindingResolvers = {
  // Party-affairs asks for findings (an accountability action's basis): the same check as Query.finding.
  __resolveReference: async (reference, ctx) => {
    requireSignedIn(ctx.principal, 'read findings');
    const finding = await ctx.findings.get(reference.id);
    if (finding) requireRegionReader(ctx.principal, finding.region_code, 'read findings');
    return finding;
  },
  refNo: (f) => f.ref_no,
  project: (f, _args, ctx) => (f.project_id ? ctx.projects.get(f.project_id) : null),
  region: (f) => ({ code: f.region_code }),
  subject: (f) => subjectParent(f.subject_type, f.subject_id),
  condition: (f) => f.condition_text,
  questionedAmount: (f) => f.questioned_amount,
  recoveredAmount: (f) => f.recovered_amount,
  rectificationDue: (f) => f.rectification_due,
  rectifications: (f, _args, ctx) => ctx.findings.rectifications(f.id),
  isRepeat: (f) => Boolean(f.is_repeat),
  alert: (f, _args, ctx) => {
    if (!f.alert_id) return null;
    requireAlertReader(ctx.principal, f.region_code, 'read alerts');
    return ctx.alerts.get(f.alert_id);
  },
  recordedBy: (f) => f.recorded_by,
  recordedAt: (f) => f.recorded_at,
  closedBy: (f) => f.closed_by,
  closedAt: (f) => f.closed_at,
  closingNote: (f) => f.closing_note,
};
