import { AccessLogEntry } from '../../../../lib/access-log-query';
import { DateScalar, DateTimeScalar } from '../../../../lib/scalars';
import type { Resolvers } from '../generated/resolvers-types';
import { Complainant } from './Complainant';
import { Complaint } from './Complaint';
import { ComplaintEvent } from './ComplaintEvent';
import { ComplaintReceipt } from './ComplaintReceipt';
import { ComplaintStats } from './ComplaintStats';
import { ComplaintSubject } from './ComplaintSubject';
import { FundProject } from './FundProject';
import { Mutation } from './Mutation';
import { Official } from './Official';
import { Payment } from './Payment';
import { Query } from './Query';
import { Region } from './Region';

export const resolvers: Resolvers = {
  AccessLogEntry,
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  Complaint,
  Complainant,
  ComplaintEvent,
  ComplaintReceipt,
  ComplaintStats,
  ComplaintSubject,
  Region,
  FundProject,
  Payment,
  Official,
};
