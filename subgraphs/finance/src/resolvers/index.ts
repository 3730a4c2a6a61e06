import type { Resolvers } from '../generated/resolvers-types';
import { Query } from './Query';
import { Region } from './Region';

export const resolvers: Resolvers = { Query, Region };
