import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Resolver types are generated from each subgraph's SDL (the contract) and committed;
 * `npm test` fails when they are stale (`npm run codegen` refreshes them). `mappers` say which
 * row type a resolver receives as its parent for each GraphQL type; paths are relative to the
 * generated file, `subgraphs/<name>/src/generated/resolvers-types.ts`.
 */
const REGION = '../../../../lib/regions/region-resolvers#RegionParent';

/** Every subgraph serves its own access log with the same types (lib/access-log-query.ts). */
const ACCESS_LOG = {
  AccessLogEntry: '../../../../lib/access-log-query#AccessLogRow',
  AccessLogConnection: '../../../../lib/access-log-query#AccessLogConnectionParent',
};

const MAPPERS: Record<string, Record<string, string>> = {
  finance: {
    Region: REGION,
    ...ACCESS_LOG,
    ImportBatch: '../datasources/import-batches#ImportBatchRow',
    LedgerEntry: '../datasources/ledger-chain#LedgerEntryRow',
    LedgerEntryConnection: '../datasources/ledger-entries#LedgerEntryConnectionParent',
    LedgerSummary: '../datasources/ledger-summaries#LedgerSummaryResult',
    ReportingProgress: '../datasources/ledger-summaries#ReportingProgressResult',
    RegionReportingCount: '../datasources/ledger-summaries#ReportingCount',
    LedgerVerification: '../datasources/ledger-verify#LedgerVerificationResult',
    FundProgram: '../datasources/programs#ProgramRow',
    FundProject: '../datasources/projects#ProjectRow',
    Payment: '../datasources/payments#PaymentRow',
    PaymentConnection: '../datasources/payments#PaymentConnectionParent',
    Person: '../datasources/people#PersonRow',
  },
  audit: {
    Region: REGION,
    ...ACCESS_LOG,
    AuditProject: '../datasources/rows#AuditProjectRow',
    Finding: '../datasources/rows#FindingRow',
    Rectification: '../datasources/rows#RectificationRow',
    Alert: '../datasources/rows#AlertRow',
    ComparisonRun: '../datasources/rows#ComparisonRunRow',
    Payment: '../datasources/rows#EntityRef',
    FundProject: '../datasources/rows#EntityRef',
    AuditSubject: '../datasources/rows#SubjectParent',
    ImportBatch: '../datasources/import-batches#ImportBatchRow',
    FindingConnection: '../datasources/findings#FindingConnectionParent',
    AlertConnection: '../datasources/alerts#AlertConnectionParent',
    ComparisonRule: '../rules/rule#ComparisonRule as ComparisonRuleModule',
  },
  'party-affairs': {
    Region: REGION,
    ...ACCESS_LOG,
    Official: '../datasources/rows#OfficialRow',
    OfficialConnection: '../datasources/rows#OfficialConnectionParent',
    RegisteredRelative: '../datasources/rows#RelativeRow',
    DisclosureNotice: '../datasources/rows#DisclosureNoticeRow',
    DisclosureConnection: '../datasources/rows#DisclosureConnectionParent',
    AccountabilityAction: '../datasources/rows#AccountabilityActionRow',
    OfficialRole: '../datasources/rows#OfficialRoleRow',
    Person: '../datasources/rows#PersonRef',
    Finding: '../datasources/rows#EntityRef',
    Complaint: '../datasources/rows#EntityRef',
  },
  complaints: {
    Region: REGION,
    ...ACCESS_LOG,
    Complaint: '../views#ComplaintParent',
    ComplaintEvent: '../views#ComplaintEventParent',
    ComplaintConnection: '../views#ComplaintConnectionParent',
    ComplaintReceipt: '../workflow/submit#Receipt',
    ComplaintStats: '../datasources/complaint-stats#ComplaintCounts',
    Complainant: '../datasources/rows#ComplaintRow',
    FundProject: '../views#EntityStub',
    Payment: '../views#EntityStub',
    Official: '../views#EntityStub',
    LedgerEntry: '../views#EntityStub',
  },
};

const scalars = {
  ID: 'string',
  Money: { input: 'number', output: 'number | string | bigint' },
  Date: 'string',
  DateTime: { input: 'string', output: 'string | Date' },
  Period: 'string',
};

function contextTypeName(name: string): string {
  const pascal = name
    .split('-')
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('');
  return `${pascal}Context`;
}

const config: CodegenConfig = {
  overwrite: true,
  generates: Object.fromEntries(
    Object.entries(MAPPERS).map(([name, mappers]) => [
      `subgraphs/${name}/src/generated/resolvers-types.ts`,
      {
        schema: `subgraphs/${name}/schema.graphql`,
        plugins: ['typescript', 'typescript-resolvers'],
        config: {
          federation: true,
          useIndexSignature: true,
          useTypeImports: true,
          enumsAsTypes: true,
          scalars,
          contextType: `../context#${contextTypeName(name)}`,
          mappers,
        },
      },
    ]),
  ),
};

export default config;
