import type { ComplaintStatsResolvers } from '../generated/resolvers-types';

const rate = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/** The counts come from SQL (datasources/complaint-stats.ts); a rate is one division of two of them. */
export const ComplaintStats: ComplaintStatsResolvers = {
  received: (c) => c.received,
  open: (c) => c.open,
  overdue: (c) => c.overdue,
  closed: (c) => c.closed,
  onTimeRate: (c) => rate(c.answeredOnTime, c.answered),
  substantiatedRate: (c) => rate(c.substantiated, c.judged),
  satisfactionRate: (c) => rate(c.satisfied, c.rated),
};
