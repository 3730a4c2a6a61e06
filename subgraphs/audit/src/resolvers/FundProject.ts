import { requireSignedIn } from '../../../../lib/auth';
import { visibleRange } from '../access';
import type { FundProjectResolvers } from '../generated/resolvers-types';

/** finance's FundProject, extended with the findings about it; the reference needs no SQL. */
export const FundProject: FundProjectResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  findings: (project, args, ctx) => {
    requireSignedIn(ctx.principal, 'read findings');
    return ctx.findings.listByFundProject(project.id, visibleRange(ctx.principal), args);
  },
};
