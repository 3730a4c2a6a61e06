import { forbidden } from '../../../../lib/errors';
import { asBoolean } from '../datasources/rows';
import type { ComplaintResolvers } from '../generated/resolvers-types';
import { mayReadComplainant, mayReadContent, viewFor } from '../views';
import { beijingDate, isPastDue } from '../workflow/deadlines';

export const Complaint: ComplaintResolvers = {
  /** Reached from another subgraph (an accountability action's basis): the caller's own view of it. */
  async __resolveReference(reference, ctx) {
    const row = await ctx.complaints.get(reference.id);
    return row ? { row, view: viewFor(ctx.principal, row) } : null;
  },
  id: ({ row }) => row.id,
  status: ({ row }) => row.status,
  category: ({ row }) => row.category,
  region: ({ row }) => ({ code: row.region_code }),
  subject: (parent) => {
    const { subject_type: type, subject_id: id } = parent.row;
    // Whom or what an unpublished complaint names is as private as its content.
    return type && id && mayReadContent(parent) ? { __typename: type, id } : null;
  },
  content: (parent) => (mayReadContent(parent) ? parent.row.content : null),
  allowPublish: ({ row }) => Boolean(row.allow_publish),
  anonymous: ({ row }) => Boolean(row.anonymous),
  submittedAt: ({ row }) => row.submitted_at,
  acceptedAt: ({ row }) => row.accepted_at,
  repliedAt: ({ row }) => row.replied_at,
  closedAt: ({ row }) => row.closed_at,
  dueAt: ({ row }) => row.due_date,
  acceptDueDate: ({ row }) => row.accept_due_date,
  replyDueDate: ({ row }) => row.reply_due_date,
  extensionDays: ({ row }) => row.extension_days,
  isOverdue: ({ row }, _args, ctx) => isPastDue(row.due_date, beijingDate(ctx.now)),
  assignedDepartment: ({ row }) => row.assigned_department,
  async events({ row, view }, _args, ctx) {
    if (view === 'PUBLIC') return null;
    return (await ctx.complaints.events(row.id)).map((event) => ({ event, view }));
  },
  reply: (parent) => (mayReadContent(parent) ? parent.row.reply : null),
  substantiated: ({ row }) => asBoolean(row.substantiated),
  satisfaction: ({ row }) => row.satisfaction,
  async complainant({ row }, _args, ctx) {
    if (!mayReadComplainant(ctx.principal, row.region_code)) {
      throw forbidden("Only discipline inspectors and admins of the complaint's region may see who filed it");
    }
    if (row.anonymous) return null;
    await ctx.complainantReads.record(row);
    return row;
  },
};
