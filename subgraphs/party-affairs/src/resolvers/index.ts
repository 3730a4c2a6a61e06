import { AccessLogEntry } from '../../../../lib/access-log-query';
import { contractScalars } from '../../../../lib/scalars';
import type { Resolvers } from '../generated/resolvers-types';
import { AccountabilityAction, AccountabilityBasis } from './AccountabilityAction';
import { Complaint } from './Complaint';
import { DisclosureNotice } from './DisclosureNotice';
import { Finding } from './Finding';
import { Mutation } from './Mutation';
import { Official } from './Official';
import { Person } from './Person';
import { Query } from './Query';
import { Region } from './Region';
import { RegisteredRelative } from './RegisteredRelative';

export const resolvers: Resolvers = {
  AccessLogEntry,
  Date: contractScalars.Date,
  DateTime: contractScalars.DateTime,
  Period: contractScalars.Period,
  Query,
  Mutation,
  Region,
  Official,
  RegisteredRelative,
  Person,
  DisclosureNotice,
  AccountabilityAction,
  AccountabilityBasis,
  Finding,
  Complaint,
};
