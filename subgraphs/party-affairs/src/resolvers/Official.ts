import { requireActionsReader, requirePersonDetail } from '../access';
import { todayUtc } from '../datasources/today';
import type { OfficialResolvers } from '../generated/resolvers-types';

export const Official: OfficialResolvers = {
  // Names and positions are public, so any caller may resolve the reference; restricted fields guard themselves.
  __resolveReference: (reference, ctx) => ctx.officials.get(reference.id),
  region: (official) => ({ code: official.region_code }),
  termStart: (official) => official.term_start,
  termEnd: (official) => official.term_end,
  serving: (official) => official.term_end === null || official.term_end >= todayUtc(),
  person: (official, _args, ctx) => {
    requirePersonDetail(ctx.principal, official.region_code, "officials' person keys");
    return { personKey: official.person_key };
  },
  relatives: (official, _args, ctx) => {
    requirePersonDetail(ctx.principal, official.region_code, "officials' registered relatives");
    return ctx.officials.relatives(official);
  },
  accountabilityActions: (official, _args, ctx) => {
    requireActionsReader(ctx.principal, official.region_code);
    return ctx.accountability.ofOfficial(official.id);
  },
};
