import { AccessLogEntry } from '../../../../lib/access-log-query';
import { contractScalars } from '../../../../lib/scalars';
import type { Resolvers } from '../generated/resolvers-types';
import { Alert } from './Alert';
import { AuditProject } from './AuditProject';
import { AuditSubject } from './AuditSubject';
import { ComparisonRun } from './ComparisonRun';
import { Finding } from './Finding';
import { FundProject } from './FundProject';
import { ImportBatch } from './ImportBatch';
import { Mutation } from './Mutation';
import { Payment } from './Payment';
import { Query } from './Query';
import { Rectification } from './Rectification';
import { Region } from './Region';

export const resolvers: Resolvers = {
  AccessLogEntry,
  Money: contractScalars.Money,
  Date: contractScalars.Date,
  DateTime: contractScalars.DateTime,
  Period: contractScalars.Period,
  Alert,
  AuditProject,
  AuditSubject,
  ComparisonRun,
  Finding,
  FundProject,
  ImportBatch,
  Mutation,
  Payment,
  Query,
  Rectification,
  Region,
};
