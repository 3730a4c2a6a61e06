import type { OfficialResolvers } from '../generated/resolvers-types';
import { subjectEntityResolvers } from './subject-complaints';

export const Official: OfficialResolvers = subjectEntityResolvers('Official');
