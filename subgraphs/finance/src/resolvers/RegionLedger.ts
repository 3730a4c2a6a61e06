import type { RegionResolvers } from '../generated/resolvers-types';

/** Region's ledger fields (spread into Region.ts): region totals are public (security.md). */
export const regionLedgerFields: Pick<RegionResolvers, 'ledgerSummary' | 'reportingProgress'> = {
  ledgerSummary: (region, { from, to }, ctx) => ctx.ledgerSummaries.summary(region.code, from, to),
  reportingProgress: (region, { period }, ctx) => ctx.ledgerSummaries.reportingProgress(region.code, period),
};
