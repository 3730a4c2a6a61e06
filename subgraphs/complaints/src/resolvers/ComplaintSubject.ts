import type { ComplaintSubjectResolvers } from '../generated/resolvers-types';

export const ComplaintSubject: ComplaintSubjectResolvers = {
  __resolveType: (stub) => stub.__typename ?? null,
};
