import { canSeeRegion } from '../../../../lib/auth';
import { requireOfficialRolesReader } from '../access';
import type { PersonResolvers } from '../generated/resolvers-types';

export const Person: PersonResolvers = {
  // The key is all this subgraph needs: no SQL for the reference itself.
  __resolveReference: (reference) => ({ personKey: reference.personKey }),
  officialRoles: async (person, _args, ctx) => {
    requireOfficialRolesReader(ctx.principal);
    const roles = await ctx.officials.rolesOf(person.personKey);
    return roles.filter((role) => canSeeRegion(ctx.principal, role.official.region_code));
  },
};
