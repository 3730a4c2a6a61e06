import type { CacheHints } from '../../../lib/subgraph/cache-hints';

/**
 * What the gateway may keep of finance's answers for anonymous callers (lib/subgraph/cache-hints.ts).
 * Finance data changes only by imports, which are mutations through the gateway and drop what
 * finance served; the hints only bound how long anything is kept. Personal lookups
 * (mySubsidies, Person.payments) and staff data (ledger entries, verification, import batches)
 * are never listed, so an answer holding them is never cached.
 */
export const cacheHints: CacheHints = {
  rootFields: {
    'Query.region': 300,
    'Query.regions': 3600,
    'Query.fundPrograms': 3600,
    'Query.fundProject': 300,
    'Query.payment': 300,
    'Query.payments': 300,
  },
  types: {
    Region: 300,
    FundProgram: 3600,
    FundProject: 300,
    Payment: 300,
    Person: 300,
    PaymentConnection: 300,
    PaymentEdge: 300,
    PageInfo: 300,
    LedgerSummary: 300,
    LedgerMonthTotals: 300,
    ReportingProgress: 300,
    RegionReportingCount: 300,
  },
};
