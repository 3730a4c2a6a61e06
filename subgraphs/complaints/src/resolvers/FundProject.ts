import type { FundProjectResolvers } from '../generated/resolvers-types';
import { subjectEntityResolvers } from './subject-complaints';

export const FundProject: FundProjectResolvers = subjectEntityResolvers('FundProject');
