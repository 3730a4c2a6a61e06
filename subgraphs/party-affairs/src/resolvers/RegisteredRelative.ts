import type { RegisteredRelativeResolvers } from '../generated/resolvers-types';

export const RegisteredRelative: RegisteredRelativeResolvers = {
  person: (relative) => ({ personKey: relative.person_key }),
  maskedIdNumber: (relative) => relative.masked_id_number,
  registeredAt: (relative) => relative.registered_at,
};
