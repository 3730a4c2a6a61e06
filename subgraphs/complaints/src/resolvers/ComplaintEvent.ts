import type { ComplaintEventResolvers } from '../generated/resolvers-types';

/** Staff accounts are named only to office readers; the submitter sees "complaints office". */
const OFFICE = 'complaints office';

export const ComplaintEvent: ComplaintEventResolvers = {
  at: ({ event }) => event.at,
  status: ({ event }) => event.to_status,
  fromStatus: ({ event }) => event.from_status,
  action: ({ event }) => event.action,
  actor: ({ event, view }) => (event.actor_kind === 'SUBMITTER' ? 'submitter' : view === 'OFFICE' ? (event.actor_sub ?? OFFICE) : OFFICE),
  note: ({ event }) => event.note,
};
