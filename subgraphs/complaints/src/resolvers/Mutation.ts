import { badUserInput } from '../../../../lib/errors';
import { requireHandler, requireHandlerRegion } from '../access';
import type { ComplaintsContext } from '../context';
import type { MutationResolvers } from '../generated/resolvers-types';
import type { ComplaintView, ComplaintParent } from '../views';
import { MAX_EXTENSION_DAYS } from '../workflow/deadlines';
import { DEPARTMENT_MAX, NOTE_MAX, REPLY_MAX, requiredText } from '../workflow/submission';
import { submitComplaint } from '../workflow/submit';
import type { StepCommand } from '../workflow/transitions';

/** A handling step by the office: complaints staff of the complaint's region. */
async function officeStep(ctx: ComplaintsContext, id: string, action: string, command: StepCommand, check?: (regionCode: string) => void) {
  requireHandler(ctx.principal, action);
  const row = await ctx.complaints.step({ id }, command, { kind: 'OFFICE', sub: ctx.principal.sub }, ctx.now, (current) => {
    requireHandlerRegion(ctx.principal, current.region_code, action);
    check?.(current.region_code);
  });
  return { row, view: 'OFFICE' as ComplaintView };
}

/** A step by the submitter, who proves it with the query code. */
async function submitterStep(ctx: ComplaintsContext, queryCode: string, command: StepCommand): Promise<ComplaintParent> {
  const row = await ctx.complaints.step({ queryCode }, command, { kind: 'SUBMITTER', sub: null }, ctx.now, () => {});
  return { row, view: 'SUBMITTER' };
}

export const Mutation: MutationResolvers = {
  async submitComplaint(_parent, { input }, ctx) {
    return submitComplaint(ctx, input);
  },

  acceptComplaint: (_parent, { id }, ctx) => officeStep(ctx, id, 'accept complaints', { action: 'ACCEPT' }),

  rejectComplaint: (_parent, { id, reason }, ctx) =>
    officeStep(ctx, id, 'reject complaints', { action: 'REJECT', reason: requiredText('reason', reason, NOTE_MAX) }),

  assignComplaint: (_parent, { id, department }, ctx) =>
    officeStep(ctx, id, 'assign complaints', { action: 'ASSIGN', department: requiredText('department', department, DEPARTMENT_MAX) }),

  async transferComplaint(_parent, { id, regionCode, reason }, ctx) {
    const note = requiredText('reason', reason, NOTE_MAX);
    requireHandler(ctx.principal, 'transfer complaints');
    if (!(await ctx.regions.get(regionCode))) throw badUserInput(`No region has code "${regionCode}"`, { field: 'regionCode' });
    return officeStep(ctx, id, 'transfer complaints', { action: 'TRANSFER', regionCode, reason: note }, (current) => {
      if (current === regionCode) throw badUserInput(`The complaint is already with region ${regionCode}`, { field: 'regionCode' });
    });
  },

  extendComplaint(_parent, { id, days, reason }, ctx) {
    if (!Number.isInteger(days) || days < 1 || days > MAX_EXTENSION_DAYS) {
      throw badUserInput(`days must be a whole number from 1 to ${MAX_EXTENSION_DAYS}; got ${days}`, { field: 'days' });
    }
    return officeStep(ctx, id, 'extend complaints', { action: 'EXTEND', days, reason: requiredText('reason', reason, NOTE_MAX) });
  },

  replyComplaint: (_parent, { id, reply, substantiated }, ctx) =>
    officeStep(ctx, id, 'reply to complaints', { action: 'REPLY', reply: requiredText('reply', reply, REPLY_MAX), substantiated }),

  closeComplaint: (_parent, { id }, ctx) => officeStep(ctx, id, 'close complaints', { action: 'CLOSE' }),

  rateComplaint(_parent, { queryCode, satisfaction, comment }, ctx) {
    const note = comment === null || comment === undefined || comment.trim() === '' ? null : requiredText('comment', comment, NOTE_MAX);
    return submitterStep(ctx, queryCode, { action: 'RATE', satisfaction, comment: note });
  },

  requestReview: (_parent, { queryCode, reason }, ctx) =>
    submitterStep(ctx, queryCode, { action: 'REQUEST_REVIEW', reason: requiredText('reason', reason, NOTE_MAX) }),
};
