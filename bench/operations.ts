import { demoPeople } from '../lib/demo/people';
import { villagesUnder } from '../lib/regions/divisions';
import type { SubgraphName } from '../lib/subgraphs';

/**
 * The fixed mix of `npm run bench`: real operations against the contract of domain.md, the
 * same codes at city and province scale (Chenzhou is part of Hunan), so that the province run
 * shows what 12 times more villages elsewhere cost these queries.
 */
export type Caller =
  | { readonly kind: 'anonymous' }
  | { readonly kind: 'user'; readonly role: 'staff' | 'auditor' | 'inspector' | 'integration'; readonly region: string; readonly dept?: string };

export interface BenchOperation {
  /** Short name used in the report. */
  readonly name: string;
  /** What a reader of the report should picture. */
  readonly description: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
  /** Variables of the n-th request, when every request must differ (idempotency keys). */
  readonly variablesOf?: (n: number) => Record<string, unknown>;
  readonly caller: Caller;
  /** The same work sent straight to the one subgraph that does it, where there is one. */
  readonly direct?: { readonly subgraph: SubgraphName; readonly query: string; readonly variables: Record<string, unknown> };
  /** All of the operation's work is done by the `direct` subgraph (the 70% throughput target applies). */
  readonly singleSubgraph?: boolean;
  /** Part of the whole mix; the baseline is measured alone. */
  readonly inMix: boolean;
  /** The page-size variable, probed small and large to show statements do not grow with it. */
  readonly pageSize?: { readonly variable: string; readonly small: number; readonly large: number };
}

/** The county with the most villages in Chenzhou, and a township of it. */
export const BENCH_COUNTY = '431021';
export const BENCH_TOWNSHIP = '431002102';
/**
 * Submissions go to a county no read of the mix looks at: they are the newest complaints, and
 * under BENCH_COUNTY they would push the seeded ones (with subjects) off regionComplaints' page,
 * more so at province scale, whose databases keep every earlier run's submissions.
 */
const SUBMISSION_COUNTY = '431022';
/** The page size of the mix's paged operations; the statement probe also asks for five times it. */
const PAGE = 20;
const PAGE_PROBE = { variable: 'first', small: PAGE, large: 5 * PAGE } as const;
const FROM = '2017-01';
const TO = '2017-12';
const PERIOD = '2017-06';

const auditor: Caller = { kind: 'user', role: 'auditor', region: '43', dept: 'audit' };
const complaintsStaff: Caller = { kind: 'user', role: 'staff', region: '4310', dept: 'complaints' };
const anonymous: Caller = { kind: 'anonymous' };

const TOWNSHIP_DASHBOARD = /* GraphQL */ `
  query TownshipDashboard($code: ID!, $from: Period!, $to: Period!, $fromDate: Date!, $toDate: Date!, $period: Period!) {
    region(code: $code) {
      code
      name
      children {
        code
        name
        ledgerSummary(from: $from, to: $to) { income expenditure byMonth { period income expenditure } }
        complaintStats(from: $fromDate, to: $toDate) { open overdue }
        openFindingCount
        disclosureCompliance(period: $period) { late missing }
      }
    }
  }`;

const COUNTY_LEDGER = /* GraphQL */ `
  query CountyLedgerByMonth($code: ID!, $from: Period!, $to: Period!) {
    region(code: $code) {
      code
      ledgerSummary(from: $from, to: $to) {
        income
        expenditure
        balance
        entryCount
        villagesReporting
        byMonth { period income expenditure }
      }
    }
  }`;

const PAYMENTS_PAGE = /* GraphQL */ `
  query PaymentsPage($regionCode: ID!, $first: Int) {
    payments(regionCode: $regionCode, first: $first) {
      edges {
        cursor
        node {
          id
          amount
          period
          program { code name }
          recipient { maskedName maskedIdNumber }
          village { code name parent { name } }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }`;

const REGION_COMPLAINTS = /* GraphQL */ `
  query RegionComplaints($code: ID!, $first: Int) {
    region(code: $code) {
      code
      complaints(first: $first) {
        edges {
          node {
            id
            status
            category
            submittedAt
            subject {
              __typename
              ... on Payment { id amount village { name } }
              ... on FundProject { id name }
              ... on LedgerEntry { id amount }
              ... on Official { id name position }
            }
          }
        }
      }
    }
  }`;

const REGION_COMPLAINTS_DIRECT = /* GraphQL */ `
  query RegionComplaintsDirect($representations: [_Any!]!, $first: Int) {
    _entities(representations: $representations) {
      ... on Region {
        complaints(first: $first) {
          edges {
            node {
              id
              status
              category
              submittedAt
              subject {
                __typename
                ... on Payment { id }
                ... on FundProject { id }
                ... on LedgerEntry { id }
                ... on Official { id }
              }
            }
          }
        }
      }
    }
  }`;

/** Not in the mix: the trivial query on which gateway overhead shows most. */
const COUNTIES = /* GraphQL */ `
  query Counties($parentCode: ID!) {
    regions(level: COUNTY, parentCode: $parentCode) { code name level }
  }`;

const MY_SUBSIDIES = /* GraphQL */ `
  query MySubsidies($idNumber: String!, $name: String!) {
    mySubsidies(idNumber: $idNumber, name: $name) { id amount period paidAt program { name } }
  }`;

const SUBMIT_COMPLAINT = /* GraphQL */ `
  mutation SubmitComplaint($input: SubmitComplaintInput!) {
    submitComplaint(input: $input) { queryCode complaint { id status dueAt } }
  }`;

/** Question 2 of domain.md: a fund project, its payments, alerts on them, findings and complaints. */
const FUND_PROJECT_REVIEW = /* GraphQL */ `
  query FundProjectReview($id: ID!, $first: Int) {
    fundProject(id: $id) {
      id
      name
      allocated
      disbursed
      payments(first: $first) {
        edges { node { id amount period recipient { maskedName } alerts { rule status } complaints { id status } } }
      }
      findings(first: $first) { edges { node { id status severity } } }
      complaints(first: $first) { id status category }
    }
  }`;

export function benchOperations(): BenchOperation[] {
  const village = villagesUnder(BENCH_COUNTY)[0].code;
  const resident = demoPeople(village)[0];
  const ledgerVars = { code: BENCH_COUNTY, from: FROM, to: TO };
  const paymentsVars = { regionCode: BENCH_COUNTY, first: PAGE };
  const selfLookupVars = { idNumber: resident.idNumber, name: resident.name };
  // Residents with payments (lib/demo pays the first ten of a village), one after another: the
  // public looks up many people, and no two concurrent lookups are the same one.
  const residents = villagesUnder(BENCH_COUNTY).flatMap((v) => demoPeople(v.code).slice(0, 10));
  const selfLookupOf = (n: number) => {
    const r = residents[((n % residents.length) + residents.length) % residents.length];
    return { idNumber: r.idNumber, name: r.name };
  };
  const complaintInput = (n: number) => ({
    input: {
      regionCode: villagesUnder(SUBMISSION_COUNTY)[0].code,
      category: 'VILLAGE_FINANCE',
      content: `The ${PERIOD} village accounts were not posted on the notice board (benchmark ${n}).`,
      anonymous: true,
      allowPublish: false,
      idempotencyKey: `bench-${process.pid}-${Date.now().toString(36)}-${n}`,
    },
  });
  const countiesVars = { parentCode: '4310' };
  return [
    {
      name: 'baselineCounties',
      description: 'Baseline, not in the mix: the counties of Chenzhou (one trivial finance query)',
      query: COUNTIES,
      variables: countiesVars,
      caller: anonymous,
      inMix: false,
      singleSubgraph: true,
      direct: { subgraph: 'finance', query: COUNTIES, variables: countiesVars },
    },
    {
      name: 'townshipDashboard',
      description: 'A township, each village: ledger by month, complaints, open findings, late disclosures (all four subgraphs)',
      query: TOWNSHIP_DASHBOARD,
      variables: { code: BENCH_TOWNSHIP, from: FROM, to: TO, fromDate: `${FROM}-01`, toDate: `${TO}-31`, period: PERIOD },
      caller: auditor,
      inMix: true,
    },
    {
      name: 'countyLedgerByMonth',
      description: `County ${BENCH_COUNTY} ledger totals by month over ${FROM}..${TO} (public)`,
      query: COUNTY_LEDGER,
      variables: ledgerVars,
      inMix: true,
      caller: anonymous,
      singleSubgraph: true,
      direct: { subgraph: 'finance', query: COUNTY_LEDGER, variables: ledgerVars },
    },
    {
      name: 'paymentsPage',
      description: `A page of payments under county ${BENCH_COUNTY}, with recipients (masked) and villages (public)`,
      query: PAYMENTS_PAGE,
      variables: paymentsVars,
      inMix: true,
      caller: anonymous,
      singleSubgraph: true,
      direct: { subgraph: 'finance', query: PAYMENTS_PAGE, variables: paymentsVars },
      pageSize: PAGE_PROBE,
    },
    {
      name: 'regionComplaints',
      description: `A page of complaints under county ${BENCH_COUNTY} with their subjects (complaints staff)`,
      query: REGION_COMPLAINTS,
      variables: { code: BENCH_COUNTY, first: PAGE },
      inMix: true,
      caller: complaintsStaff,
      direct: {
        subgraph: 'complaints',
        query: REGION_COMPLAINTS_DIRECT,
        variables: { representations: [{ __typename: 'Region', code: BENCH_COUNTY }], first: PAGE },
      },
      pageSize: PAGE_PROBE,
    },
    {
      name: 'mySubsidies',
      description: 'Public self-lookup of a resident’s payments by ID number and name (a different resident each request)',
      query: MY_SUBSIDIES,
      variables: selfLookupVars,
      variablesOf: selfLookupOf,
      inMix: true,
      caller: anonymous,
      singleSubgraph: true,
      direct: { subgraph: 'finance', query: MY_SUBSIDIES, variables: selfLookupVars },
    },
    {
      name: 'submitComplaint',
      description: 'An anonymous complaint submission (a write: one transaction)',
      query: SUBMIT_COMPLAINT,
      variables: complaintInput(0),
      variablesOf: complaintInput,
      inMix: true,
      caller: anonymous,
      singleSubgraph: true,
      direct: { subgraph: 'complaints', query: SUBMIT_COMPLAINT, variables: complaintInput(0) },
    },
    {
      name: 'fundProjectReview',
      description: 'Auditor: a fund project with its payments, their alerts and complaints, findings (question 2)',
      query: FUND_PROJECT_REVIEW,
      variables: { id: `PRJ-${BENCH_COUNTY}-2017-DIBAO`, first: PAGE },
      caller: auditor,
      inMix: true,
      pageSize: PAGE_PROBE,
    },
  ];
}
