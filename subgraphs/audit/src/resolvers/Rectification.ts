import type { RectificationResolvers } from '../generated/resolvers-types';

export const Rectification: RectificationResolvers = {
  actionTaken: (r) => r.action_taken,
  moneyRecovered: (r) => r.money_recovered,
  completes: (r) => Boolean(r.completes),
  verifiedBy: (r) => r.verified_by,
  verifiedAt: (r) => r.verified_at,
};
