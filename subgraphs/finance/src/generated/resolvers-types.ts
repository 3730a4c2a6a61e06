import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { RegionParent } from '../../../../lib/regions/region-resolvers';
import type { AccessLogRow, AccessLogConnectionParent } from '../../../../lib/access-log-query';
import type { ImportBatchRow } from '../datasources/import-batches';
import type { LedgerEntryRow } from '../datasources/ledger-chain';
import type { LedgerEntryConnectionParent } from '../datasources/ledger-entries';
import type { LedgerSummaryResult, ReportingProgressResult, ReportingCount } from '../datasources/ledger-summaries';
import type { LedgerVerificationResult } from '../datasources/ledger-verify';
import type { ProgramRow } from '../datasources/programs';
import type { ProjectRow } from '../datasources/projects';
import type { PaymentRow, PaymentConnectionParent } from '../datasources/payments';
import type { PersonRow } from '../datasources/people';
import type { FinanceContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** An instant in ISO 8601, always UTC, e.g. "2017-03-31T08:00:00.000Z". */
  DateTime: { input: string; output: string | Date; }
  /** An amount in yuan as a string with exactly two decimals, e.g. "1234.50"; stored as integer fen. */
  Money: { input: number; output: number | string | bigint; }
  /** An accounting month, YYYY-MM. */
  Period: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A page of access-log entries, newest first. */
export type AccessLogConnection = {
  __typename?: 'AccessLogConnection';
  /** The entries of this page with their cursors. */
  edges: Array<AccessLogEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** How many entries match the filters, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One entry of a page of the access log. */
export type AccessLogEdge = {
  __typename?: 'AccessLogEdge';
  /** Pass it as `after` to continue after this entry. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: AccessLogEntry;
};

/**
 * One read of personal detail as a service recorded it in its access log (security.md): who read,
 * when, what, in which request. Rows are only ever added, never changed or deleted.
 */
export type AccessLogEntry = {
  __typename?: 'AccessLogEntry';
  /** What kind of read, e.g. payments.list or complaint.complainant (the root field's description lists its service's). */
  action: Scalars['String']['output'];
  /** Who read: the subject (sub) of their token; null for the public (a self-lookup). */
  actor?: Maybe<Scalars['String']['output']>;
  /** The reader's roles at the time, e.g. ["auditor"]; ["public"] for a caller without a token. */
  actorRoles: Array<Scalars['String']['output']>;
  /** When the read was made (UTC, to the millisecond). */
  at: Scalars['DateTime']['output'];
  /** Stable id of the row. */
  id: Scalars['ID']['output'];
  /**
   * Where the records read lie: the narrowest region that holds all of them (a payment's village, a
   * complaint's region, the region a list was asked for; a read across two counties is their city's).
   * A read that found nothing is under the region it searched, or the province. Null for entries
   * written before regions were recorded, which only inspectors of the province and admins read,
   * and for a read asked under a code that names no division (it found nothing).
   */
  region?: Maybe<Region>;
  /** The request the read was made in: the x-request-id the gateway was sent (or gave it), as in the logs. */
  requestId: Scalars['String']['output'];
  /** What was read, as the action names it: a person key, a payment, project, official or complaint id, a region with filters. */
  subject: Scalars['String']['output'];
};

/** A livelihood fund programme of the catalogue (rural minimum living allowance, farmland protection subsidy, ...). Public. */
export type FundProgram = {
  __typename?: 'FundProgram';
  /** Stable code of the programme, e.g. DIBAO or FARMLAND. */
  code: Scalars['ID']['output'];
  /** The department that administers it, e.g. 民政局. */
  department: Scalars['String']['output'];
  /**
   * Whether the programme is means-tested: granted on the household's income and assets (e.g. the
   * minimum living allowance), not to everyone who qualifies by land or status (e.g. the farmland
   * subsidy). Officials and their registered relatives are not to receive means-tested payments;
   * audit's OFFICIAL_RECIPIENT rule compares only these.
   */
  meansTested: Scalars['Boolean']['output'];
  /** Official name of the programme, e.g. 农村最低生活保障金. */
  name: Scalars['String']['output'];
  /** The policy document the programme rests on. */
  policyBasis: Scalars['String']['output'];
  /** The most one payment of the programme may be; larger payments are what audit flags as over standard. */
  standardAmount: Scalars['Money']['output'];
};

/**
 * A region's allocation of a fund programme for one year (in the demo: one per county, programme
 * and year, id PRJ-<county>-<year>-<PROGRAM>). Public: the allocation and its totals are disclosed.
 */
export type FundProject = {
  __typename?: 'FundProject';
  /** The amount allocated to the project. */
  allocated: Scalars['Money']['output'];
  /**
   * How many different people the project has paid, net of reversals: a person counts when their
   * payments of the project sum to more than zero, so one whose only payment was reversed does not.
   */
  beneficiaryCount: Scalars['Int']['output'];
  /** The sum of the project's payments (reversals included), kept current with every import. */
  disbursed: Scalars['Money']['output'];
  /** Stable id, e.g. PRJ-431002-2017-DIBAO. */
  id: Scalars['ID']['output'];
  /** Name of the project, e.g. 北湖区2017年农村最低生活保障金. */
  name: Scalars['String']['output'];
  /** The project's payments, ordered by village code and id; recipients are masked as in every payment list. */
  payments: PaymentConnection;
  /** The programme the project pays out. */
  program: FundProgram;
  /** The region that holds the allocation (a county in the demo). */
  region: Region;
  /** Where the project stands. */
  status: FundProjectStatus;
  /** The budget year. */
  year: Scalars['Int']['output'];
};


/**
 * A region's allocation of a fund programme for one year (in the demo: one per county, programme
 * and year, id PRJ-<county>-<year>-<PROGRAM>). Public: the allocation and its totals are disclosed.
 */
export type FundProjectPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Where a fund project stands. */
export type FundProjectStatus =
  /** Paying out. */
  | 'ACTIVE'
  /** Finished; no further payments. */
  | 'CLOSED'
  /** Allocated, no payment made yet. */
  | 'PLANNED';

/** One accepted batch of an import; a retry with the same batchKey and content returns it again. */
export type ImportBatch = {
  __typename?: 'ImportBatch';
  /** The caller's idempotency key for the batch. */
  batchKey: Scalars['String']['output'];
  /** When it was imported. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable id of the batch. */
  id: Scalars['ID']['output'];
  /** Who imported it (the token's subject). */
  importedBy: Scalars['String']['output'];
  /** What was imported: LEDGER, PAYMENTS or DEATH_REGISTER. */
  kind: Scalars['String']['output'];
  /** How many rows the batch wrote. */
  rowCount: Scalars['Int']['output'];
};

/** The village collective accounting classes (村集体经济组织会计制度) of a ledger entry. */
export type LedgerCategory =
  /** Contracting and rent: land, forest, ponds, premises let out (发包及上交收入). */
  | 'CONTRACTING'
  /** Investment income or outlay (投资收益). */
  | 'INVESTMENT'
  /** Administration: allowances of village officials, office costs (管理费用). */
  | 'MANAGEMENT'
  /** Operating income or cost of the collective's own businesses (经营收支). */
  | 'OPERATING'
  /** Anything else (其他收支). */
  | 'OTHER'
  /** Public welfare works and services: roads, irrigation, sanitation, care (公益支出). */
  | 'PUBLIC_WELFARE'
  /** Subsidies and transfers from higher levels of government (补助收入). */
  | 'SUBSIDY';

/**
 * A batch of ledger entries as CSV text, imported all or nothing: the same batch as
 * LedgerImportInput, in one string instead of one input object per entry.
 */
export type LedgerCsvImportInput = {
  /** Your idempotency key: a retry with the same key and content returns the first batch. */
  batchKey: Scalars['String']['input'];
  /**
   * RFC 4180 CSV: the first line names the columns, which are LedgerEntryInput's fields
   * (regionCode, period, date, direction, category, amount and summary required; fundSource,
   * counterparty, voucherNo and reversalOf optional), then one entry per line (at most 5000), in
   * the order they are appended to their villages' ledgers. Cells are trimmed; an empty optional
   * cell is absent.
   */
  csv: Scalars['String']['input'];
};

/** Whether a ledger entry brings money in or pays it out. */
export type LedgerDirection =
  /** Money paid out by the village collective. */
  | 'EXPENDITURE'
  /** Money received by the village collective. */
  | 'INCOME';

/**
 * One entry of a village ledger. Append-only: a correction is a new entry whose `reversalOf`
 * names the entry it cancels (same direction and category, negative amount). Each village's
 * entries form a SHA-256 hash chain; see Query.verifyLedger. Readable by staff, auditors and
 * inspectors of a region covering the village.
 */
export type LedgerEntry = {
  __typename?: 'LedgerEntry';
  /** Amount in yuan; positive, except on a reversing entry, where it is the negative of the original's. */
  amount: Scalars['Money']['output'];
  /** Accounting class. */
  category: LedgerCategory;
  /** Who paid or was paid. */
  counterparty?: Maybe<Scalars['String']['output']>;
  /** The date of the transaction, within the period. */
  date: Scalars['Date']['output'];
  /** Income or expenditure. */
  direction: LedgerDirection;
  /** Where the money comes from, e.g. 县财政局 or 村集体自有资金. */
  fundSource?: Maybe<Scalars['String']['output']>;
  /** SHA-256 (hex) over the previous entry's hash and this entry's canonical form. */
  hash: Scalars['String']['output'];
  /** Stable id: LE-<village code>-<position in the village's chain>, e.g. LE-431002100201-000001. */
  id: Scalars['ID']['output'];
  /** The accounting month the entry belongs to. */
  period: Scalars['Period']['output'];
  /** The village whose ledger holds the entry. */
  region: Region;
  /** The entry this one reverses (cancels); null for an ordinary entry. */
  reversalOf?: Maybe<LedgerEntry>;
  /** Position of the entry in its village's chain, from 1. */
  sequence: Scalars['Int']['output'];
  /** What the entry is for, in the words of the books. */
  summary: Scalars['String']['output'];
  /** The voucher number in the village's books, e.g. 记-2017-01-003. */
  voucherNo?: Maybe<Scalars['String']['output']>;
};

/** A page of ledger entries. */
export type LedgerEntryConnection = {
  __typename?: 'LedgerEntryConnection';
  /** The entries of this page, in village-code then chain order. */
  edges: Array<LedgerEntryEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many entries match the filter in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One ledger entry of a page. */
export type LedgerEntryEdge = {
  __typename?: 'LedgerEntryEdge';
  /** Pass as `after` to continue after this entry. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: LedgerEntry;
};

/** One ledger entry to import. Columns of the CSV that `npm run import -- ledger` reads. */
export type LedgerEntryInput = {
  /** Amount in yuan, positive, at most two decimals (a reversal repeats the original's amount). */
  amount: Scalars['Money']['input'];
  /** Accounting class. */
  category: LedgerCategory;
  /** Who paid or was paid (at most 128 characters). */
  counterparty?: InputMaybe<Scalars['String']['input']>;
  /** The date of the transaction, within the period. */
  date: Scalars['Date']['input'];
  /** Income or expenditure. */
  direction: LedgerDirection;
  /** Where the money comes from (at most 64 characters). */
  fundSource?: InputMaybe<Scalars['String']['input']>;
  /** The accounting month. */
  period: Scalars['Period']['input'];
  /** The village (12-digit code). */
  regionCode: Scalars['ID']['input'];
  /** Id of an entry of the same village this entry reverses: same direction, category and amount. */
  reversalOf?: InputMaybe<Scalars['ID']['input']>;
  /** What the entry is for (at most 200 characters). */
  summary: Scalars['String']['input'];
  /** The voucher number (at most 32 characters). */
  voucherNo?: InputMaybe<Scalars['String']['input']>;
};

/** A batch of ledger entries, imported all or nothing. */
export type LedgerImportInput = {
  /** Your idempotency key: a retry with the same key and content returns the first batch. */
  batchKey: Scalars['String']['input'];
  /** The entries, in the order they are appended to their villages' ledgers (at most 5000). */
  entries: Array<LedgerEntryInput>;
};

/** Ledger totals of one month. */
export type LedgerMonthTotals = {
  __typename?: 'LedgerMonthTotals';
  /** Income minus expenditure. */
  balance: Scalars['Money']['output'];
  /** How many entries (reversing entries included) the month holds. */
  entryCount: Scalars['Int']['output'];
  /** Expenditure of the month (reversals subtracted). */
  expenditure: Scalars['Money']['output'];
  /** Income of the month (reversals subtracted). */
  income: Scalars['Money']['output'];
  /** The month. */
  period: Scalars['Period']['output'];
};

/** Ledger totals over every village under a region for a range of months. */
export type LedgerSummary = {
  __typename?: 'LedgerSummary';
  /** Income minus expenditure; negative when the villages spent more than they received. */
  balance: Scalars['Money']['output'];
  /** One row per month of the range, in order, months without entries included (zero). */
  byMonth: Array<LedgerMonthTotals>;
  /** How many entries the totals add up. */
  entryCount: Scalars['Int']['output'];
  /** Total expenditure. */
  expenditure: Scalars['Money']['output'];
  /** First month covered. */
  from: Scalars['Period']['output'];
  /** Total income. */
  income: Scalars['Money']['output'];
  /** Last month covered (included). */
  to: Scalars['Period']['output'];
  /** How many villages have at least one entry in the range. */
  villagesReporting: Scalars['Int']['output'];
};

/** The result of recomputing the ledger hash chains under a region. */
export type LedgerVerification = {
  __typename?: 'LedgerVerification';
  /** The village whose chain is broken; null when ok. */
  brokenVillage?: Maybe<Region>;
  /** How many entries were recomputed (up to and including the first broken one). */
  checked: Scalars['Int']['output'];
  /** The first entry (in village-code, then chain order) that does not match its chain; null when ok, or when only entries at the end of a chain were removed. */
  firstBrokenEntry?: Maybe<LedgerEntry>;
  /** True when every chain under the region is intact. */
  ok: Scalars['Boolean']['output'];
  /** What does not match, in words; null when ok. */
  problem?: Maybe<Scalars['String']['output']>;
  /** How many villages' chains were read. */
  villagesChecked: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Appends a batch of entries to village ledgers (finance staff or integration clients for
   * villages under their region; admins anywhere). All-or-nothing; the same batchKey with the same
   * content returns the first batch, with different content IMPORT_CONFLICT; invalid rows
   * BAD_USER_INPUT listing each row's index and reason in `extensions.rows`.
   */
  importLedger: ImportBatch;
  /**
   * importLedger with the batch as CSV text (what `npm run import -- ledger` sends): the same
   * rights, guarantees and errors, and the same content for the idempotency check (a batch sent
   * through either mutation and retried through the other with the same key is the same batch).
   * Every line with a value its field does not accept is listed in `extensions.rows` with the other
   * invalid rows; `index` 0 is the line after the header. A csv that cannot be read as CSV, or whose
   * header is wrong, is BAD_USER_INPUT without rows.
   */
  importLedgerCsv: ImportBatch;
  /**
   * Imports a batch of payments (finance staff or integration clients for villages under their
   * region; admins anywhere). All-or-nothing; the same batchKey with the same content returns the
   * first batch, with different content IMPORT_CONFLICT; invalid rows BAD_USER_INPUT listing each.
   */
  importPayments: ImportBatch;
  /**
   * importPayments with the batch as CSV text (what `npm run import -- payments` sends): the same
   * rights, guarantees and errors, and the same content for the idempotency check (a batch sent
   * through either mutation and retried through the other with the same key is the same batch).
   * A line whose field count is not the header's is listed in `extensions.rows` with the other
   * invalid rows; `index` 0 is the line after the header. A csv that cannot be read as CSV, or whose
   * header is wrong, is BAD_USER_INPUT without rows.
   */
  importPaymentsCsv: ImportBatch;
};


export type MutationImportLedgerArgs = {
  input: LedgerImportInput;
};


export type MutationImportLedgerCsvArgs = {
  input: LedgerCsvImportInput;
};


export type MutationImportPaymentsArgs = {
  input: PaymentImportInput;
};


export type MutationImportPaymentsCsvArgs = {
  input: PaymentCsvImportInput;
};

/** Where a page of a list ends, for cursor pagination. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass it as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow the last edge. */
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * A one-card payment of a fund programme to one person (惠民惠农一卡通). Insert-only: a correction
 * is a reversing payment. Public in masked form: the recipient shows only a masked name and ID number.
 */
export type Payment = {
  __typename?: 'Payment';
  /** The amount paid (negative for a reversal). */
  amount: Scalars['Money']['output'];
  /** Stable id, e.g. PAY-431002001001-201701-DIBAO-0. */
  id: Scalars['ID']['output'];
  /** The date the money reached the card. */
  paidAt: Scalars['Date']['output'];
  /** The month the payment is for. */
  period: Scalars['Period']['output'];
  /** The programme that paid. */
  program: FundProgram;
  /** The fund project the payment belongs to. */
  project: FundProject;
  /** Who received it; masked (see Person). */
  recipient: Person;
  /** For a reversal, the payment it cancels; null for a payment. */
  reversalOf?: Maybe<Payment>;
  /** The reversal that cancelled this payment; null while none has (a payment is reversed at most once). */
  reversedBy?: Maybe<Payment>;
  /** Whether this is a payment or a reversal. */
  status: PaymentStatus;
  /** The village where the recipient was paid. */
  village: Region;
};

/** A page of payments. */
export type PaymentConnection = {
  __typename?: 'PaymentConnection';
  /** The payments of this page with their cursors. */
  edges: Array<PaymentEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** How many payments the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/**
 * A batch of payments as CSV text, imported all or nothing: the same batch as PaymentImportInput, in
 * one string instead of one input object per payment.
 */
export type PaymentCsvImportInput = {
  /** The caller's idempotency key: a retry with the same key and content returns the first batch. */
  batchKey: Scalars['String']['input'];
  /**
   * RFC 4180 CSV: the first line names the columns, which are PaymentInput's fields (programCode,
   * villageCode, recipientName, recipientIdNumber, amount, period and paidAt required; projectId
   * and reversalOf optional), then one payment per line (at most 5000). Cells are trimmed; an empty
   * cell is absent. As in PaymentInput, only the ID number's person key and masked form are kept.
   */
  csv: Scalars['String']['input'];
};

/** One payment of a page. */
export type PaymentEdge = {
  __typename?: 'PaymentEdge';
  /** Pass it as `after` to continue after this payment. */
  cursor: Scalars['String']['output'];
  /** The payment. */
  node: Payment;
};

/**
 * A batch of payments from a provincial one-card system: all rows are written or none. Every field
 * of a row is checked and every bad row is reported (BAD_USER_INPUT, extensions.rows).
 */
export type PaymentImportInput = {
  /** The caller's idempotency key: a retry with the same key and content returns the first batch. */
  batchKey: Scalars['String']['input'];
  /** The payments, at most 5000. */
  payments: Array<PaymentInput>;
};

/**
 * One payment to import. Fields are checked row by row (so that every bad row can be listed) and
 * are all required except projectId and reversalOf. A row with reversalOf is a reversal: it repeats
 * the original's programme, village, recipient ID number, period, project and amount (its paidAt is
 * the date of the reversal), and is stored with the amount negated and status REVERSAL.
 */
export type PaymentInput = {
  /** A positive amount of yuan with at most two decimals, e.g. "260.00" (a reversal repeats the original's amount). */
  amount?: InputMaybe<Scalars['String']['input']>;
  /** The date the money reached the card, YYYY-MM-DD. */
  paidAt?: InputMaybe<Scalars['String']['input']>;
  /** The month paid for, YYYY-MM. */
  period?: InputMaybe<Scalars['String']['input']>;
  /** Code of a programme of the catalogue (Query.fundPrograms), e.g. DIBAO. */
  programCode?: InputMaybe<Scalars['String']['input']>;
  /** The fund project; by default the village's county project of the programme for the period's year (created when missing). */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** The recipient's 18-character ID number; only its person key and masked form are kept. */
  recipientIdNumber?: InputMaybe<Scalars['String']['input']>;
  /** The recipient's name as on the card. */
  recipientName?: InputMaybe<Scalars['String']['input']>;
  /**
   * The id of a payment this row reverses (cancels). The payment must not be a reversal itself
   * and must not have been reversed already, in the store or earlier in the batch; a payment is
   * reversed at most once, even by two batches at the same time (the later one is refused).
   */
  reversalOf?: InputMaybe<Scalars['ID']['input']>;
  /** The 12-digit code of the village where the recipient is paid. */
  villageCode?: InputMaybe<Scalars['String']['input']>;
};

/** What a payment record is. */
export type PaymentStatus =
  /** Money paid to the recipient's card. */
  | 'PAID'
  /** A correction: a negative payment that reverses an earlier one (payments are never edited). */
  | 'REVERSAL';

/**
 * A recipient of payments, identified by a person key: HMAC-SHA256 of the ID number under the
 * platform's secret. The raw ID number is never stored or returned, and the name only masked.
 */
export type Person = {
  __typename?: 'Person';
  /** The ID number's first 6 and last 4 characters, e.g. 431002********1234. */
  maskedIdNumber: Scalars['String']['output'];
  /** The name with the given name masked, e.g. 张* or 欧阳**. */
  maskedName: Scalars['String']['output'];
  /**
   * Every payment to the person, ordered by id. Only for auditors, inspectors, service jobs and
   * admins whose region covers the person (FORBIDDEN otherwise; the public uses mySubsidies);
   * every read is written to the access log.
   */
  payments?: Maybe<PaymentConnection>;
  /**
   * The person key. Returned only to auditors, inspectors, service jobs and admins whose region
   * covers the person's village (the comparison rules join on it); null for everyone else, so
   * public lists cannot be linked to one person.
   */
  personKey?: Maybe<Scalars['ID']['output']>;
};


/**
 * A recipient of payments, identified by a person key: HMAC-SHA256 of the ID number under the
 * platform's secret. The raw ID number is never stored or returned, and the name only masked.
 */
export type PersonPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Entry points of the finance subgraph. */
export type Query = {
  __typename?: 'Query';
  /**
   * The finance service's access log, newest first: reads by signed-in callers of payment lists
   * under a region (payments.list, subject "<region> <programme or *> <period or *>"), of payments
   * (payment.read, subject the payment id), of a person's payments (person.payments, subject the
   * person key) and of a project's payments (project.payments, subject the project id), and every
   * self-lookup, the public's included (mySubsidies, subject the person key).
   * Only inspectors of the discipline department (dept discipline) and admins (other roles or
   * departments: FORBIDDEN; without a token: UNAUTHENTICATED; the field is then null, the rest of
   * the answer stays). An inspector reads the entries whose region lies under their token's region;
   * inspectors of the province (43) and admins read all of them, those without a region included.
   * Every filter given must match. Reading the log is not itself logged. Each service keeps its own log and has its own field with these
   * arguments: see also `auditAccessLog`, `partyAffairsAccessLog`, `complaintsAccessLog`.
   */
  financeAccessLog?: Maybe<AccessLogConnection>;
  /** The fund programme catalogue, ordered by code. Public. */
  fundPrograms: Array<FundProgram>;
  /** One fund project by id; null when none has it. Public. */
  fundProject?: Maybe<FundProject>;
  /**
   * Ledger entries of every village under a region, in village-code then chain order. Staff,
   * auditors, inspectors and integration clients of a region covering it.
   */
  ledgerEntries: LedgerEntryConnection;
  /**
   * One ledger entry by its id; null when there is none or it lies outside the caller's region.
   * Staff, auditors, inspectors, integration clients and service jobs.
   */
  ledgerEntry?: Maybe<LedgerEntry>;
  /**
   * Self-lookup for the public: the payments whose recipient has this ID number AND this name,
   * ordered by payment date. The ID number is only hashed, never stored or returned; every lookup
   * is logged. An ID number with a wrong check digit is BAD_USER_INPUT. Rate-limited by the gateway.
   */
  mySubsidies: Array<Payment>;
  /** One payment by id; null when none has it. Public, masked. */
  payment?: Maybe<Payment>;
  /**
   * The public, masked list of payments in a region and every region under it, ordered by village
   * code and id. Reads by signed-in callers are written to the access log.
   */
  payments: PaymentConnection;
  /** One division by its code; null when no division has that code. */
  region?: Maybe<Region>;
  /** Every division of a level, optionally only those directly under a parent, ordered by code. */
  regions: Array<Region>;
  /**
   * Recomputes the hash chain of every village under the region and names the first entry that
   * does not match (a direct edit of the database). Staff, auditors and inspectors of the region.
   */
  verifyLedger: LedgerVerification;
};


/** Entry points of the finance subgraph. */
export type QueryFinanceAccessLogArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  actor?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  subject?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Entry points of the finance subgraph. */
export type QueryFundProjectArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points of the finance subgraph. */
export type QueryLedgerEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<LedgerDirection>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Period']['input']>;
  regionCode: Scalars['ID']['input'];
  to?: InputMaybe<Scalars['Period']['input']>;
};


/** Entry points of the finance subgraph. */
export type QueryLedgerEntryArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points of the finance subgraph. */
export type QueryMySubsidiesArgs = {
  idNumber: Scalars['String']['input'];
  name: Scalars['String']['input'];
};


/** Entry points of the finance subgraph. */
export type QueryPaymentArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points of the finance subgraph. */
export type QueryPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  period?: InputMaybe<Scalars['Period']['input']>;
  programCode?: InputMaybe<Scalars['ID']['input']>;
  regionCode: Scalars['ID']['input'];
};


/** Entry points of the finance subgraph. */
export type QueryRegionArgs = {
  code: Scalars['ID']['input'];
};


/** Entry points of the finance subgraph. */
export type QueryRegionsArgs = {
  level: RegionLevel;
  parentCode?: InputMaybe<Scalars['ID']['input']>;
};


/** Entry points of the finance subgraph. */
export type QueryVerifyLedgerArgs = {
  regionCode: Scalars['ID']['input'];
};

/**
 * An administrative division of Hunan: the province, a city, a county (district or county-level
 * city), a township (town, township or sub-district) or a village (village or residents'
 * committee). Identified by its statistical division code; the finance subgraph owns the hierarchy.
 */
export type Region = {
  __typename?: 'Region';
  /** The divisions directly below this one, ordered by code; empty for a village. */
  children: Array<Region>;
  /** Statistical division code: 2 digits for the province, 4 city, 6 county, 9 township, 12 village. */
  code: Scalars['ID']['output'];
  /**
   * Fund projects held by this region, by a region under it, or by the county that covers it,
   * ordered by region code, year and programme. Public.
   */
  fundProjects: Array<FundProject>;
  /**
   * Ledger totals of every village under this region (the village itself for a village) for the
   * months from `from` to `to`, both included. A parent's totals are the sums of its children's.
   * Public; null only when the finance subgraph cannot answer.
   */
  ledgerSummary?: Maybe<LedgerSummary>;
  /** Level of the division in the hierarchy. */
  level: RegionLevel;
  /** Official name of the division, e.g. 郴州市. */
  name: Scalars['String']['output'];
  /** The division directly above this one; null for the province. */
  parent?: Maybe<Region>;
  /**
   * How many villages under this region have reported their ledger for a month, in total and
   * per child region (which counties are behind). Public; null only when finance cannot answer.
   */
  reportingProgress?: Maybe<ReportingProgress>;
};


/**
 * An administrative division of Hunan: the province, a city, a county (district or county-level
 * city), a township (town, township or sub-district) or a village (village or residents'
 * committee). Identified by its statistical division code; the finance subgraph owns the hierarchy.
 */
export type RegionFundProjectsArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An administrative division of Hunan: the province, a city, a county (district or county-level
 * city), a township (town, township or sub-district) or a village (village or residents'
 * committee). Identified by its statistical division code; the finance subgraph owns the hierarchy.
 */
export type RegionLedgerSummaryArgs = {
  from: Scalars['Period']['input'];
  to: Scalars['Period']['input'];
};


/**
 * An administrative division of Hunan: the province, a city, a county (district or county-level
 * city), a township (town, township or sub-district) or a village (village or residents'
 * committee). Identified by its statistical division code; the finance subgraph owns the hierarchy.
 */
export type RegionReportingProgressArgs = {
  period: Scalars['Period']['input'];
};

/** Levels of the administrative hierarchy, from the province down to villages. */
export type RegionLevel =
  /** A prefecture-level city (4-digit code). */
  | 'CITY'
  /** A county, district or county-level city (6-digit code). */
  | 'COUNTY'
  /** The province (2-digit code). */
  | 'PROVINCE'
  /** A town, township or sub-district (9-digit code). */
  | 'TOWNSHIP'
  /** A village or residents' committee (12-digit code). */
  | 'VILLAGE';

/** How many villages under one child region reported their ledger for the month. */
export type RegionReportingCount = {
  __typename?: 'RegionReportingCount';
  /** Reporting divided by expected, from 0 to 1. */
  rate: Scalars['Float']['output'];
  /** The child region. */
  region: Region;
  /** Villages under it. */
  villagesExpected: Scalars['Int']['output'];
  /** Villages under it with none: expected minus reporting. */
  villagesMissing: Scalars['Int']['output'];
  /** Villages under it with at least one ledger entry for the month. */
  villagesReporting: Scalars['Int']['output'];
};

/** Ledger reporting of a month under a region: in total and per child region. */
export type ReportingProgress = {
  __typename?: 'ReportingProgress';
  /** Per child region (counties of a city, townships of a county, ...), by code; empty for a village. */
  children: Array<RegionReportingCount>;
  /** The month. */
  period: Scalars['Period']['output'];
  /** Reporting divided by expected, from 0 to 1. */
  rate: Scalars['Float']['output'];
  /** Villages under the region (1 for a village). */
  villagesExpected: Scalars['Int']['output'];
  /** Villages without any: expected minus reporting. */
  villagesMissing: Scalars['Int']['output'];
  /** Villages with at least one ledger entry for the month. */
  villagesReporting: Scalars['Int']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  FundProject: FundProject;
  LedgerEntry: LedgerEntry;
  Payment: Payment;
  Person: Person;
  Region: Region;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  FundProject:
    ( { __typename: 'FundProject' }
    & GraphQLRecursivePick<FederationTypes['FundProject'], {"id":true}> );
  LedgerEntry:
    ( { __typename: 'LedgerEntry' }
    & GraphQLRecursivePick<FederationTypes['LedgerEntry'], {"id":true}> );
  Payment:
    ( { __typename: 'Payment' }
    & GraphQLRecursivePick<FederationTypes['Payment'], {"id":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"personKey":true}> );
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"code":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AccessLogConnection: ResolverTypeWrapper<AccessLogConnectionParent>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AccessLogEdge: ResolverTypeWrapper<Omit<AccessLogEdge, 'node'> & { node: ResolversTypes['AccessLogEntry'] }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AccessLogEntry: ResolverTypeWrapper<AccessLogRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  FundProgram: ResolverTypeWrapper<ProgramRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  FundProject: ResolverTypeWrapper<ProjectRow>;
  FundProjectStatus: FundProjectStatus;
  ImportBatch: ResolverTypeWrapper<ImportBatchRow>;
  LedgerCategory: LedgerCategory;
  LedgerCsvImportInput: LedgerCsvImportInput;
  LedgerDirection: LedgerDirection;
  LedgerEntry: ResolverTypeWrapper<LedgerEntryRow>;
  LedgerEntryConnection: ResolverTypeWrapper<LedgerEntryConnectionParent>;
  LedgerEntryEdge: ResolverTypeWrapper<Omit<LedgerEntryEdge, 'node'> & { node: ResolversTypes['LedgerEntry'] }>;
  LedgerEntryInput: LedgerEntryInput;
  LedgerImportInput: LedgerImportInput;
  LedgerMonthTotals: ResolverTypeWrapper<LedgerMonthTotals>;
  LedgerSummary: ResolverTypeWrapper<LedgerSummaryResult>;
  LedgerVerification: ResolverTypeWrapper<LedgerVerificationResult>;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Payment: ResolverTypeWrapper<PaymentRow>;
  PaymentConnection: ResolverTypeWrapper<PaymentConnectionParent>;
  PaymentCsvImportInput: PaymentCsvImportInput;
  PaymentEdge: ResolverTypeWrapper<Omit<PaymentEdge, 'node'> & { node: ResolversTypes['Payment'] }>;
  PaymentImportInput: PaymentImportInput;
  PaymentInput: PaymentInput;
  PaymentStatus: PaymentStatus;
  Period: ResolverTypeWrapper<Scalars['Period']['output']>;
  Person: ResolverTypeWrapper<PersonRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionParent>;
  RegionLevel: RegionLevel;
  RegionReportingCount: ResolverTypeWrapper<ReportingCount>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ReportingProgress: ResolverTypeWrapper<ReportingProgressResult>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AccessLogConnection: AccessLogConnectionParent;
  Int: Scalars['Int']['output'];
  AccessLogEdge: Omit<AccessLogEdge, 'node'> & { node: ResolversParentTypes['AccessLogEntry'] };
  String: Scalars['String']['output'];
  AccessLogEntry: AccessLogRow;
  ID: Scalars['ID']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  FundProgram: ProgramRow;
  Boolean: Scalars['Boolean']['output'];
  FundProject: ProjectRow;
  ImportBatch: ImportBatchRow;
  LedgerCsvImportInput: LedgerCsvImportInput;
  LedgerEntry: LedgerEntryRow;
  LedgerEntryConnection: LedgerEntryConnectionParent;
  LedgerEntryEdge: Omit<LedgerEntryEdge, 'node'> & { node: ResolversParentTypes['LedgerEntry'] };
  LedgerEntryInput: LedgerEntryInput;
  LedgerImportInput: LedgerImportInput;
  LedgerMonthTotals: LedgerMonthTotals;
  LedgerSummary: LedgerSummaryResult;
  LedgerVerification: LedgerVerificationResult;
  Money: Scalars['Money']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Payment: PaymentRow;
  PaymentConnection: PaymentConnectionParent;
  PaymentCsvImportInput: PaymentCsvImportInput;
  PaymentEdge: Omit<PaymentEdge, 'node'> & { node: ResolversParentTypes['Payment'] };
  PaymentImportInput: PaymentImportInput;
  PaymentInput: PaymentInput;
  Period: Scalars['Period']['output'];
  Person: PersonRow;
  Query: Record<PropertyKey, never>;
  Region: RegionParent;
  RegionReportingCount: ReportingCount;
  Float: Scalars['Float']['output'];
  ReportingProgress: ReportingProgressResult;
}>;

export type PersonalReadDirectiveArgs = { };

export type PersonalReadDirectiveResolver<Result, Parent, ContextType = FinanceContext, Args = PersonalReadDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AccessLogConnectionResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['AccessLogConnection'] = ResolversParentTypes['AccessLogConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AccessLogEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AccessLogEdgeResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['AccessLogEdge'] = ResolversParentTypes['AccessLogEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AccessLogEntry'], ParentType, ContextType>;
}>;

export type AccessLogEntryResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['AccessLogEntry'] = ResolversParentTypes['AccessLogEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actorRoles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FundProgramResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['FundProgram'] = ResolversParentTypes['FundProgram']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  meansTested?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  policyBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  standardAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type FundProjectResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['FundProject'] = ResolversParentTypes['FundProject'], FederationReferenceType extends FederationReferenceTypes['FundProject'] = FederationReferenceTypes['FundProject']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['FundProject']> | FederationReferenceType, FederationReferenceType, ContextType>;
  allocated?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  beneficiaryCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  disbursed?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payments?: Resolver<ResolversTypes['PaymentConnection'], ParentType, ContextType, Partial<FundProjectPaymentsArgs>>;
  program?: Resolver<ResolversTypes['FundProgram'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FundProjectStatus'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ImportBatchResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ImportBatch'] = ResolversParentTypes['ImportBatch']> = ResolversObject<{
  batchKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rowCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LedgerEntryResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['LedgerEntry'] = ResolversParentTypes['LedgerEntry'], FederationReferenceType extends FederationReferenceTypes['LedgerEntry'] = FederationReferenceTypes['LedgerEntry']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['LedgerEntry']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['LedgerCategory'], ParentType, ContextType>;
  counterparty?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['LedgerDirection'], ParentType, ContextType>;
  fundSource?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['Period'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  reversalOf?: Resolver<Maybe<ResolversTypes['LedgerEntry']>, ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  voucherNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type LedgerEntryConnectionResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['LedgerEntryConnection'] = ResolversParentTypes['LedgerEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['LedgerEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LedgerEntryEdgeResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['LedgerEntryEdge'] = ResolversParentTypes['LedgerEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LedgerEntry'], ParentType, ContextType>;
}>;

export type LedgerMonthTotalsResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['LedgerMonthTotals'] = ResolversParentTypes['LedgerMonthTotals']> = ResolversObject<{
  balance?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  entryCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expenditure?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  income?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['Period'], ParentType, ContextType>;
}>;

export type LedgerSummaryResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['LedgerSummary'] = ResolversParentTypes['LedgerSummary']> = ResolversObject<{
  balance?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  byMonth?: Resolver<Array<ResolversTypes['LedgerMonthTotals']>, ParentType, ContextType>;
  entryCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expenditure?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Period'], ParentType, ContextType>;
  income?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Period'], ParentType, ContextType>;
  villagesReporting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LedgerVerificationResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['LedgerVerification'] = ResolversParentTypes['LedgerVerification']> = ResolversObject<{
  brokenVillage?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  checked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstBrokenEntry?: Resolver<Maybe<ResolversTypes['LedgerEntry']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  problem?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  villagesChecked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Money'], any> {
  name: 'Money';
}

export type MutationResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  importLedger?: Resolver<ResolversTypes['ImportBatch'], ParentType, ContextType, RequireFields<MutationImportLedgerArgs, 'input'>>;
  importLedgerCsv?: Resolver<ResolversTypes['ImportBatch'], ParentType, ContextType, RequireFields<MutationImportLedgerCsvArgs, 'input'>>;
  importPayments?: Resolver<ResolversTypes['ImportBatch'], ParentType, ContextType, RequireFields<MutationImportPaymentsArgs, 'input'>>;
  importPaymentsCsv?: Resolver<ResolversTypes['ImportBatch'], ParentType, ContextType, RequireFields<MutationImportPaymentsCsvArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PaymentResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Payment'] = ResolversParentTypes['Payment'], FederationReferenceType extends FederationReferenceTypes['Payment'] = FederationReferenceTypes['Payment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Payment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  paidAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['Period'], ParentType, ContextType>;
  program?: Resolver<ResolversTypes['FundProgram'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['FundProject'], ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  reversalOf?: Resolver<Maybe<ResolversTypes['Payment']>, ParentType, ContextType>;
  reversedBy?: Resolver<Maybe<ResolversTypes['Payment']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PaymentStatus'], ParentType, ContextType>;
  village?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
}>;

export type PaymentConnectionResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['PaymentConnection'] = ResolversParentTypes['PaymentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PaymentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PaymentEdgeResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['PaymentEdge'] = ResolversParentTypes['PaymentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Payment'], ParentType, ContextType>;
}>;

export interface PeriodScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Period'], any> {
  name: 'Period';
}

export type PersonResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  maskedIdNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maskedName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payments?: Resolver<Maybe<ResolversTypes['PaymentConnection']>, ParentType, ContextType, Partial<PersonPaymentsArgs>>;
  personKey?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  financeAccessLog?: Resolver<Maybe<ResolversTypes['AccessLogConnection']>, ParentType, ContextType, Partial<QueryFinanceAccessLogArgs>>;
  fundPrograms?: Resolver<Array<ResolversTypes['FundProgram']>, ParentType, ContextType>;
  fundProject?: Resolver<Maybe<ResolversTypes['FundProject']>, ParentType, ContextType, RequireFields<QueryFundProjectArgs, 'id'>>;
  ledgerEntries?: Resolver<ResolversTypes['LedgerEntryConnection'], ParentType, ContextType, RequireFields<QueryLedgerEntriesArgs, 'regionCode'>>;
  ledgerEntry?: Resolver<Maybe<ResolversTypes['LedgerEntry']>, ParentType, ContextType, RequireFields<QueryLedgerEntryArgs, 'id'>>;
  mySubsidies?: Resolver<Array<ResolversTypes['Payment']>, ParentType, ContextType, RequireFields<QueryMySubsidiesArgs, 'idNumber' | 'name'>>;
  payment?: Resolver<Maybe<ResolversTypes['Payment']>, ParentType, ContextType, RequireFields<QueryPaymentArgs, 'id'>>;
  payments?: Resolver<ResolversTypes['PaymentConnection'], ParentType, ContextType, RequireFields<QueryPaymentsArgs, 'regionCode'>>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType, RequireFields<QueryRegionArgs, 'code'>>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType, RequireFields<QueryRegionsArgs, 'level'>>;
  verifyLedger?: Resolver<ResolversTypes['LedgerVerification'], ParentType, ContextType, RequireFields<QueryVerifyLedgerArgs, 'regionCode'>>;
}>;

export type RegionResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fundProjects?: Resolver<Array<ResolversTypes['FundProject']>, ParentType, ContextType, Partial<RegionFundProjectsArgs>>;
  ledgerSummary?: Resolver<Maybe<ResolversTypes['LedgerSummary']>, ParentType, ContextType, RequireFields<RegionLedgerSummaryArgs, 'from' | 'to'>>;
  level?: Resolver<ResolversTypes['RegionLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  reportingProgress?: Resolver<Maybe<ResolversTypes['ReportingProgress']>, ParentType, ContextType, RequireFields<RegionReportingProgressArgs, 'period'>>;
}>;

export type RegionReportingCountResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['RegionReportingCount'] = ResolversParentTypes['RegionReportingCount']> = ResolversObject<{
  rate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  villagesExpected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  villagesMissing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  villagesReporting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReportingProgressResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ReportingProgress'] = ResolversParentTypes['ReportingProgress']> = ResolversObject<{
  children?: Resolver<Array<ResolversTypes['RegionReportingCount']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['Period'], ParentType, ContextType>;
  rate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  villagesExpected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  villagesMissing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  villagesReporting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = FinanceContext> = ResolversObject<{
  AccessLogConnection?: AccessLogConnectionResolvers<ContextType>;
  AccessLogEdge?: AccessLogEdgeResolvers<ContextType>;
  AccessLogEntry?: AccessLogEntryResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  FundProgram?: FundProgramResolvers<ContextType>;
  FundProject?: FundProjectResolvers<ContextType>;
  ImportBatch?: ImportBatchResolvers<ContextType>;
  LedgerEntry?: LedgerEntryResolvers<ContextType>;
  LedgerEntryConnection?: LedgerEntryConnectionResolvers<ContextType>;
  LedgerEntryEdge?: LedgerEntryEdgeResolvers<ContextType>;
  LedgerMonthTotals?: LedgerMonthTotalsResolvers<ContextType>;
  LedgerSummary?: LedgerSummaryResolvers<ContextType>;
  LedgerVerification?: LedgerVerificationResolvers<ContextType>;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  PaymentConnection?: PaymentConnectionResolvers<ContextType>;
  PaymentEdge?: PaymentEdgeResolvers<ContextType>;
  Period?: GraphQLScalarType;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionReportingCount?: RegionReportingCountResolvers<ContextType>;
  ReportingProgress?: ReportingProgressResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = FinanceContext> = ResolversObject<{
  personalRead?: PersonalReadDirectiveResolver<any, any, ContextType>;
}>;
