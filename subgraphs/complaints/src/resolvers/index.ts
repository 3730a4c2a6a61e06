import type { Resolvers } from '../generated/resolvers-types';
import { Region } from './Region';

export const resolvers: Resolvers = { Region };
