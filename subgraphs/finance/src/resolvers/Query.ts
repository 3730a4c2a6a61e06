import { accessLogQuery } from '../../../../lib/access-log-query';
import type { QueryResolvers } from '../generated/resolvers-types';
import { fundQueries } from './FundProject';
import { ledgerQueries } from './LedgerEntry';
import { paymentQueries } from './Payment';

export const Query: QueryResolvers = {
  region: (_root, { code }, ctx) => ctx.regions.get(code),
  regions: (_root, { level, parentCode }, ctx) => ctx.regions.listByLevel(level, parentCode ?? null),
  ...fundQueries,
  ...paymentQueries,
  ...ledgerQueries,
  financeAccessLog: accessLogQuery('finance'),
};
