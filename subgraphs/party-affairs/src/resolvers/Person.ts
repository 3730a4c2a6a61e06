import { canSeeRegion } from '../../../../lib/auth';
import { badUserInput } from '../../../../lib/errors';
import { requireOfficialRolesReader } from '../access';
import type { PersonResolvers } from '../generated/resolvers-types';

export const Person: PersonResolvers = {
  // The key is all this subgraph needs: no SQL for the reference itself.
  __resolveReference: (reference) => ({ personKey: reference.personKey }),
  officialRoles: async (person, _args, ctx) => {
    requireOfficialRolesReader(ctx.principal);
    // The key comes in a reference (a caller of this subgraph may write one) and is logged as read.
    if (!/^[0-9a-f]{64}$/.test(person.personKey)) throw badUserInput('personKey must be 64 lowercase hexadecimal digits (HMAC-SHA256 of an ID number)');
    const roles = await ctx.officials.rolesOf(person.personKey);
    return roles.filter((role) => canSeeRegion(ctx.principal, role.official.region_code));
  },
};
