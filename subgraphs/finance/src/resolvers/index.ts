import { AccessLogEntry } from '../../../../lib/access-log-query';
import { contractScalars } from '../../../../lib/scalars';
import type { Resolvers } from '../generated/resolvers-types';
import { FundProgram } from './FundProgram';
import { FundProject } from './FundProject';
import { ImportBatch } from './ImportBatch';
import { LedgerEntry } from './LedgerEntry';
import { LedgerVerification } from './LedgerVerification';
import { Mutation } from './Mutation';
import { Payment } from './Payment';
import { Person } from './Person';
import { Query } from './Query';
import { Region } from './Region';
import { RegionReportingCount } from './RegionReportingCount';

export const resolvers: Resolvers = {
  AccessLogEntry,
  DateTime: contractScalars.DateTime,
  Money: contractScalars.Money,
  Date: contractScalars.Date,
  Period: contractScalars.Period,
  FundProgram,
  FundProject,
  ImportBatch,
  LedgerEntry,
  LedgerVerification,
  Mutation,
  Payment,
  Person,
  Query,
  Region,
  RegionReportingCount,
};
