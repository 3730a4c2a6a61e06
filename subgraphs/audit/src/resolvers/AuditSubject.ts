import type { AuditSubjectResolvers } from '../generated/resolvers-types';

export const AuditSubject: AuditSubjectResolvers = {
  __resolveType: (subject) => subject.__typename,
};
