import { contractScalars } from '../../../../lib/scalars';
import type { Resolvers } from '../generated/resolvers-types';
import { ImportBatch } from './ImportBatch';
import { Query } from './Query';
import { Region } from './Region';

export const resolvers: Resolvers = { DateTime: contractScalars.DateTime, ImportBatch, Query, Region };
