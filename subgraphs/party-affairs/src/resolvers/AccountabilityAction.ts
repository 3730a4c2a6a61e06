import type { AccountabilityActionResolvers, AccountabilityBasisResolvers, AccountabilityMeasure } from '../generated/resolvers-types';

export const AccountabilityAction: AccountabilityActionResolvers = {
  official: (action, _args, ctx) => ctx.officials.getOrFail(action.official_id),
  measure: (action) => action.measure as AccountabilityMeasure,
  decidedAt: (action) => action.decided_at,
  basis: (action) =>
    action.finding_id !== null
      ? { __typename: 'Finding', id: action.finding_id }
      : action.complaint_id !== null
        ? { __typename: 'Complaint', id: action.complaint_id }
        : null,
  recordedBy: (action) => action.recorded_by,
  recordedAt: (action) => action.recorded_at,
};

export const AccountabilityBasis: AccountabilityBasisResolvers = {
  __resolveType: (basis) => basis.__typename ?? null,
};
