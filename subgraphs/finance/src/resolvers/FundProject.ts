import type { FundProjectResolvers, QueryResolvers, RegionResolvers } from '../generated/resolvers-types';
import { present } from './Payment';

export const FundProject: FundProjectResolvers = {
  __resolveReference: (reference, ctx) => ctx.projects.get(reference.id),
  program: async (project, _args, ctx) => present(await ctx.programs.get(project.program_code), `programme ${project.program_code}`),
  region: (project) => ({ code: project.region_code }),
  beneficiaryCount: (project) => project.beneficiary_count,
  payments: async (project, args, ctx) => {
    // A project's payments all lie under its region (projectPayments).
    await ctx.personAccessLog.record(ctx.principal, 'project.payments', { subject: project.id, region: project.region_code });
    return ctx.payments.listByProject(project, args);
  },
};

/** The fund catalogue's entry points of Query (spread into Query.ts); public. */
export const fundQueries: Pick<QueryResolvers, 'fundPrograms' | 'fundProject'> = {
  fundPrograms: (_root, _args, ctx) => ctx.programs.list(),
  fundProject: (_root, { id }, ctx) => ctx.projects.get(id),
};

/** Region.fundProjects (spread into Region.ts); public. */
export const regionFundProjects: Pick<RegionResolvers, 'fundProjects'> = {
  fundProjects: (region, { year }, ctx) => ctx.projects.coveringRegion(region.code, year ?? null),
};
