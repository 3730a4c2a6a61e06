import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { RegionParent } from '../../../../lib/regions/region-resolvers';
import type { AccessLogRow, AccessLogConnectionParent } from '../../../../lib/access-log-query';
import type { OfficialRow, OfficialConnectionParent, RelativeRow, DisclosureNoticeRow, DisclosureConnectionParent, AccountabilityActionRow, OfficialRoleRow, PersonRef, EntityRef } from '../datasources/rows';
import type { PartyAffairsContext } from '../context';
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
  /** An instant in ISO 8601, always UTC. */
  DateTime: { input: string; output: string | Date; }
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

/** A measure decided against an official by the discipline inspection, on the basis of a finding or a complaint. */
export type AccountabilityAction = {
  __typename?: 'AccountabilityAction';
  /**
   * The finding or complaint the decision was based on; resolved by the audit or complaints
   * subgraph, so null (with an error) when that subgraph is down.
   */
  basis?: Maybe<AccountabilityBasis>;
  /** The date of the decision. */
  decidedAt: Scalars['Date']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The measure decided. */
  measure: AccountabilityMeasure;
  /** The official held accountable. */
  official: Official;
  /** Why: the facts established, as decided. */
  reason: Scalars['String']['output'];
  /** When it was recorded. */
  recordedAt: Scalars['DateTime']['output'];
  /** Who recorded it (the token's subject). */
  recordedBy: Scalars['String']['output'];
};

/** An accountability action to record. */
export type AccountabilityActionInput = {
  /** The complaint the decision is based on (exactly one of findingId and complaintId). */
  complaintId?: InputMaybe<Scalars['ID']['input']>;
  /** The date of the decision (not in the future). */
  decidedAt: Scalars['Date']['input'];
  /** The audit finding the decision is based on (exactly one of findingId and complaintId). */
  findingId?: InputMaybe<Scalars['ID']['input']>;
  /** The measure decided. */
  measure: AccountabilityMeasure;
  /** The official held accountable. */
  officialId: Scalars['ID']['input'];
  /** Why: the facts established, as decided. */
  reason: Scalars['String']['input'];
};

/** What an accountability action was based on: an audit finding or a complaint (each owned by its subgraph). */
export type AccountabilityBasis = Complaint | Finding;

/** Measures of accountability, from the mildest to the most severe. */
export type AccountabilityMeasure =
  /** Admonition (诫勉). */
  | 'ADMONITION'
  /** Criticism (批评教育). */
  | 'CRITICISM'
  /** Demotion (降职). */
  | 'DEMOTION'
  /** Removal from the post (撤职). */
  | 'REMOVAL'
  /** Serious warning (严重警告). */
  | 'SERIOUS_WARNING'
  /** Warning (警告). */
  | 'WARNING';

/**
 * A complaint (owned by the complaints subgraph); this subgraph adds the accountability actions
 * based on it.
 */
export type Complaint = {
  __typename?: 'Complaint';
  /**
   * Accountability actions based on this complaint, newest decision first, limited to officials
   * under the caller's region. Signed-in callers only: the public gets null and an UNAUTHENTICATED error.
   */
  accountabilityActions?: Maybe<Array<AccountabilityAction>>;
  /** The complaint's id. */
  id: Scalars['ID']['output'];
};

/**
 * Disclosure obligations of a region and everything under it whose period ends in one month.
 * `expected` = `published` + `missing` + `pending`.
 */
export type DisclosureCompliance = {
  __typename?: 'DisclosureCompliance';
  /** Obligations whose period ends in this month (one per village or township and domain due). */
  expected: Scalars['Int']['output'];
  /** Published obligations whose notice came after the due date. */
  late: Scalars['Int']['output'];
  /** Obligations past their due date with no notice published. */
  missing: Scalars['Int']['output'];
  /** (published - late) / expected: the share disclosed on time; null when nothing is expected. */
  onTimeRate?: Maybe<Scalars['Float']['output']>;
  /** Obligations not yet due and not yet published. */
  pending: Scalars['Int']['output'];
  /** The month counted. */
  period: Scalars['Period']['output'];
  /** Obligations with a published notice, on time or late. */
  published: Scalars['Int']['output'];
  /** published / expected, between 0 and 1; null when nothing is expected. */
  rate?: Maybe<Scalars['Float']['output']>;
};

/** A page of disclosure notices. */
export type DisclosureConnection = {
  __typename?: 'DisclosureConnection';
  /** The notices of this page, in order. */
  edges: Array<DisclosureEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many notices match the filter in all pages (counted only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** The four domains of open-affairs disclosure. */
export type DisclosureDomain =
  /** Village finances (财务公开): due monthly from every village. */
  | 'FINANCE'
  /** Government affairs (政务公开): due quarterly from every township. */
  | 'GOVERNMENT'
  /** Party affairs (党务公开): due quarterly from every village party branch and township party committee. */
  | 'PARTY'
  /** Village affairs (村务公开): due quarterly from every village. */
  | 'VILLAGE';

/** One disclosure notice in a page, with its cursor. */
export type DisclosureEdge = {
  __typename?: 'DisclosureEdge';
  /** Pass as `after` to continue after this notice. */
  cursor: Scalars['String']['output'];
  /** The notice. */
  node: DisclosureNotice;
};

/**
 * A disclosure notice published by a village or township. Its period is the month (FINANCE) or the
 * quarter (other domains, named by the quarter's last month) it covers; it is due 20 working days
 * after that period ends, on the shared working-day calendar.
 */
export type DisclosureNotice = {
  __typename?: 'DisclosureNotice';
  /** Text as posted. */
  content: Scalars['String']['output'];
  /** What the notice discloses. */
  domain: DisclosureDomain;
  /** The last day it could be published on time: 20 working days after the period ends. */
  dueBy: Scalars['Date']['output'];
  /** Stable id, `DIS-<region code>-<domain>-<period>`. */
  id: Scalars['ID']['output'];
  /** True when it was published after `dueBy` (the publication date is taken in China time, UTC+8). */
  isLate: Scalars['Boolean']['output'];
  /** The last month of the period covered: the month itself for FINANCE, the quarter's last month otherwise. */
  period: Scalars['Period']['output'];
  /** When it was published. */
  publishedAt: Scalars['DateTime']['output'];
  /** The village or township that published it. */
  region: Region;
  /** Title as posted. */
  title: Scalars['String']['output'];
};

/**
 * An audit finding (owned by the audit subgraph); this subgraph adds the accountability actions
 * based on it.
 */
export type Finding = {
  __typename?: 'Finding';
  /**
   * Accountability actions based on this finding, newest decision first, limited to officials under
   * the caller's region. Signed-in callers only: the public gets null and an UNAUTHENTICATED error.
   */
  accountabilityActions?: Maybe<Array<AccountabilityAction>>;
  /** The finding's id. */
  id: Scalars['ID']['output'];
};

/** Changes to the register of officials, disclosures and accountability. */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Ends an official's term on `termEnd` (not before the term started). Party-affairs staff of the
   * official's region, or an admin. A term already ended fails with INVALID_TRANSITION.
   */
  endTerm: Official;
  /**
   * Publishes a disclosure notice for a village or township. Party-affairs staff of a region
   * covering `regionCode`, or an admin. FINANCE notices cover a month; PARTY, GOVERNMENT and VILLAGE
   * notices a quarter, named by its last month (03, 06, 09 or 12). Villages publish FINANCE, VILLAGE
   * and PARTY notices, townships GOVERNMENT and PARTY. The period must have ended and lie in 2017 or
   * later; one notice per region, domain and period (a second fails with BAD_USER_INPUT).
   */
  publishDisclosure: DisclosureNotice;
  /**
   * Records an accountability action against an official. Discipline inspectors (dept discipline,
   * role inspector) whose region covers the official's, or an admin. Exactly one of `findingId` and
   * `complaintId` names the basis, which must exist: it is looked up through the gateway, and an id
   * that no finding (or complaint) has fails with NOT_FOUND; when it cannot be looked up just now,
   * SUBGRAPH_UNAVAILABLE, and nothing is recorded.
   */
  recordAccountabilityAction: AccountabilityAction;
  /**
   * Registers an official in a village or township. Party-affairs staff (dept party) of a region
   * covering `regionCode`, or an admin. The ID number is checked (check digit) and kept only as a
   * person key and a masked number.
   */
  registerOfficial: Official;
  /**
   * Registers a relative of an official by ID number (kept only as a person key and a masked
   * number). Party-affairs staff of the official's region, or an admin. Registering the same person
   * for the same official again returns the existing registration.
   */
  registerRelative: RegisteredRelative;
};


/** Changes to the register of officials, disclosures and accountability. */
export type MutationEndTermArgs = {
  officialId: Scalars['ID']['input'];
  termEnd: Scalars['Date']['input'];
};


/** Changes to the register of officials, disclosures and accountability. */
export type MutationPublishDisclosureArgs = {
  input: PublishDisclosureInput;
};


/** Changes to the register of officials, disclosures and accountability. */
export type MutationRecordAccountabilityActionArgs = {
  input: AccountabilityActionInput;
};


/** Changes to the register of officials, disclosures and accountability. */
export type MutationRegisterOfficialArgs = {
  input: RegisterOfficialInput;
};


/** Changes to the register of officials, disclosures and accountability. */
export type MutationRegisterRelativeArgs = {
  input: RegisterRelativeInput;
};

/**
 * A cadre holding a post in a village (party branch secretary, villagers' committee director, ...)
 * or a township (party committee secretary, township head, ...). Names, positions and terms are
 * public; the person key and the registered relatives are restricted.
 */
export type Official = {
  __typename?: 'Official';
  /**
   * Accountability actions decided against this official, newest decision first. Signed-in callers
   * whose region covers the official's (others: null and FORBIDDEN); the public gets null and an
   * UNAUTHENTICATED error.
   */
  accountabilityActions?: Maybe<Array<AccountabilityAction>>;
  /** Stable id, `OFF-<region code>-<n>`. */
  id: Scalars['ID']['output'];
  /** The official's full name (officials' names are disclosed to the public). */
  name: Scalars['String']['output'];
  /**
   * The official as a person (person key only; finance adds the masked name and ID number).
   * Restricted to auditors, inspectors, service jobs and admins whose region covers the official's,
   * and to party-affairs staff of that region: anyone else gets null and a FORBIDDEN error.
   */
  person?: Maybe<Person>;
  /** The post, e.g. 村党支部书记 (village party branch secretary). */
  position: Scalars['String']['output'];
  /** The village or township the post belongs to. */
  region: Region;
  /**
   * Relatives registered for this official (spouse, children, ...), by person key, ordered by
   * registration. Same restriction as `person`; every read is written to the access log.
   */
  relatives?: Maybe<Array<RegisteredRelative>>;
  /** True while the term has not ended (no termEnd, or a termEnd today or later, UTC). */
  serving: Scalars['Boolean']['output'];
  /** Last day of the term; null while the term has not been ended. */
  termEnd?: Maybe<Scalars['Date']['output']>;
  /** First day of the term. */
  termStart: Scalars['Date']['output'];
};

/** A page of officials. */
export type OfficialConnection = {
  __typename?: 'OfficialConnection';
  /** The officials of this page, in order. */
  edges: Array<OfficialEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many officials match the filter in all pages (counted only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** One official in a page, with its cursor. */
export type OfficialEdge = {
  __typename?: 'OfficialEdge';
  /** Pass as `after` to continue after this official. */
  cursor: Scalars['String']['output'];
  /** The official. */
  node: Official;
};

/** One tie between a person and an official post. */
export type OfficialRole = {
  __typename?: 'OfficialRole';
  /** Whether the person holds the post or is a registered relative of its holder. */
  kind: OfficialRoleKind;
  /** The official post. */
  official: Official;
  /** For RELATIVE: the registered relation to the official, e.g. 配偶 (spouse); null for HOLDER. */
  relation?: Maybe<Scalars['String']['output']>;
};

/** How a person is tied to an official post. */
export type OfficialRoleKind =
  /** The person holds the post. */
  | 'HOLDER'
  /** The person is registered as a relative of the official who holds the post. */
  | 'RELATIVE';

/** Where a page of a list ends, for cursor pagination. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass it as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow the last edge. */
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * A resident, identified across every store by the person key (HMAC-SHA256 of the normalised ID
 * number under PERSON_KEY_SECRET). The finance subgraph owns Person; this subgraph adds the
 * official posts a person holds or is a registered relative of.
 */
export type Person = {
  __typename?: 'Person';
  /**
   * The official posts this person holds, and the posts of officials this person is a registered
   * relative of, ordered by official id; empty when none. Restricted to auditors, inspectors,
   * service jobs and admins, and to posts in regions under the caller's region: any other caller
   * gets null and a FORBIDDEN error (never an empty list, which would read as "not an official").
   * Every read is written to the access log.
   */
  officialRoles?: Maybe<Array<OfficialRole>>;
  /** HMAC-SHA256 of the person's normalised 18-character ID number, hex; never the ID number itself. */
  personKey: Scalars['ID']['output'];
};

/** A disclosure notice to publish. */
export type PublishDisclosureInput = {
  /** Text as posted. */
  content: Scalars['String']['input'];
  /** What the notice discloses. */
  domain: DisclosureDomain;
  /** The period covered: the month for FINANCE, the quarter's last month otherwise. */
  period: Scalars['Period']['input'];
  /** The village or township publishing (9- or 12-digit code). */
  regionCode: Scalars['ID']['input'];
  /** Title as posted. */
  title: Scalars['String']['input'];
};

/** Entry points of the party-affairs subgraph. */
export type Query = {
  __typename?: 'Query';
  /** One disclosure notice by id (public); null when no notice has that id. */
  disclosure?: Maybe<DisclosureNotice>;
  /** One official by id (names and positions are public); null when no official has that id. */
  official?: Maybe<Official>;
  /**
   * The register of officials under a region, for audit's OFFICIAL_RECIPIENT comparison: read it
   * page by page (keyset-paginated by region code, then id, so every page is one indexed range
   * scan at province scale) and take each official's `person { personKey }`, term dates and
   * `relatives { relation person { personKey } }`. Restricted to auditors, inspectors, service jobs
   * and admins whose region covers `regionCode` (others: FORBIDDEN; anonymous: UNAUTHENTICATED).
   * Each page read is written to the access log.
   */
  officials?: Maybe<OfficialConnection>;
  /**
   * The party-affairs service's access log, newest first: reads of pages of the register
   * of officials (officials.register, subject the region code), of officials' relatives
   * (official.relatives, subject the official id) and of a person's official posts
   * (person.officialRoles, subject the person key).
   * Only inspectors of the discipline department (dept discipline) and admins (other roles or
   * departments: FORBIDDEN; without a token: UNAUTHENTICATED; the field is then null, the rest of
   * the answer stays). An inspector reads the entries whose region lies under their token's region;
   * inspectors of the province (43) and admins read all of them, those without a region included.
   * Every filter given must match. Reading the log is not itself logged. Each service keeps its own log and has its own field with these
   * arguments: see also `financeAccessLog`, `auditAccessLog`, `complaintsAccessLog`.
   */
  partyAffairsAccessLog?: Maybe<AccessLogConnection>;
};


/** Entry points of the party-affairs subgraph. */
export type QueryDisclosureArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points of the party-affairs subgraph. */
export type QueryOfficialArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points of the party-affairs subgraph. */
export type QueryOfficialsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  regionCode: Scalars['ID']['input'];
  serving?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Entry points of the party-affairs subgraph. */
export type QueryPartyAffairsAccessLogArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  actor?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  subject?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/**
 * An administrative division of Hunan, identified by its statistical division code. The finance
 * subgraph owns the hierarchy; this subgraph adds the officials who serve there and how well the
 * region discloses party, government, village and financial affairs.
 */
export type Region = {
  __typename?: 'Region';
  /** Statistical division code: 2 digits for the province, 4 city, 6 county, 9 township, 12 village. */
  code: Scalars['ID']['output'];
  /**
   * How this region and every village and township under it met their disclosure obligations
   * whose period ends in `period` (the month's FINANCE obligations, plus the quarter's PARTY,
   * VILLAGE and GOVERNMENT obligations when `period` is a quarter's last month). Public. Counted in
   * SQL over the materialised obligations, so a county or the whole province costs one indexed
   * range scan. Obligations are tracked from 2017-01 up to the current month; any other `period` is
   * BAD_USER_INPUT.
   */
  disclosureCompliance?: Maybe<DisclosureCompliance>;
  /**
   * Published disclosure notices of this region and every region under it, ordered by region code,
   * then domain, then period. Public.
   */
  disclosures?: Maybe<DisclosureConnection>;
  /** Level of the division in the hierarchy. */
  level: RegionLevel;
  /** Official name of the division, e.g. 郴州市. */
  name: Scalars['String']['output'];
  /**
   * Officials registered in this region and every region under it, ordered by region code, then
   * id. Public: names and positions are disclosed; person keys and relatives stay restricted on
   * each Official. Null (with an error) only when this subgraph cannot answer.
   */
  officials?: Maybe<OfficialConnection>;
};


/**
 * An administrative division of Hunan, identified by its statistical division code. The finance
 * subgraph owns the hierarchy; this subgraph adds the officials who serve there and how well the
 * region discloses party, government, village and financial affairs.
 */
export type RegionDisclosureComplianceArgs = {
  period: Scalars['Period']['input'];
};


/**
 * An administrative division of Hunan, identified by its statistical division code. The finance
 * subgraph owns the hierarchy; this subgraph adds the officials who serve there and how well the
 * region discloses party, government, village and financial affairs.
 */
export type RegionDisclosuresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  domain?: InputMaybe<DisclosureDomain>;
  first?: InputMaybe<Scalars['Int']['input']>;
  period?: InputMaybe<Scalars['Period']['input']>;
};


/**
 * An administrative division of Hunan, identified by its statistical division code. The finance
 * subgraph owns the hierarchy; this subgraph adds the officials who serve there and how well the
 * region discloses party, government, village and financial affairs.
 */
export type RegionOfficialsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  serving?: InputMaybe<Scalars['Boolean']['input']>;
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

/** An official to register. */
export type RegisterOfficialInput = {
  /** 18-character resident ID number; checked, then kept only as a person key and a masked number. */
  idNumber: Scalars['String']['input'];
  /** Full name. */
  name: Scalars['String']['input'];
  /** The post, e.g. 村党支部书记. */
  position: Scalars['String']['input'];
  /** The village or township of the post (9- or 12-digit code). */
  regionCode: Scalars['ID']['input'];
  /** First day of the term. */
  termStart: Scalars['Date']['input'];
};

/** A relative to register for an official. */
export type RegisterRelativeInput = {
  /** 18-character resident ID number of the relative; checked, then kept only as a person key and a masked number. */
  idNumber: Scalars['String']['input'];
  /** The official's id. */
  officialId: Scalars['ID']['input'];
  /** Relation to the official, e.g. 配偶, 子女, 父母. */
  relation: Scalars['String']['input'];
};

/** A relative registered for an official, so that payments to them can be compared (audit's OFFICIAL_RECIPIENT rule). */
export type RegisteredRelative = {
  __typename?: 'RegisteredRelative';
  /** Stable id of the registration. */
  id: Scalars['ID']['output'];
  /** The relative's masked ID number, first 6 and last 4 characters, e.g. 431002********1234. */
  maskedIdNumber: Scalars['String']['output'];
  /**
   * The relative as a person (person key only; the raw ID number is never stored). Nullable because
   * finance resolves the person's other fields: if it is down, only this field is lost.
   */
  person?: Maybe<Person>;
  /** When the relative was registered. */
  registeredAt: Scalars['DateTime']['output'];
  /** Relation to the official, e.g. 配偶 (spouse), 子女 (child), 父母 (parent). */
  relation: Scalars['String']['output'];
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
  Complaint: Complaint;
  DisclosureNotice: DisclosureNotice;
  Finding: Finding;
  Official: Official;
  Person: Person;
  Region: Region;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Complaint:
    ( { __typename: 'Complaint' }
    & GraphQLRecursivePick<FederationTypes['Complaint'], {"id":true}> );
  DisclosureNotice:
    ( { __typename: 'DisclosureNotice' }
    & GraphQLRecursivePick<FederationTypes['DisclosureNotice'], {"id":true}> );
  Finding:
    ( { __typename: 'Finding' }
    & GraphQLRecursivePick<FederationTypes['Finding'], {"id":true}> );
  Official:
    ( { __typename: 'Official' }
    & GraphQLRecursivePick<FederationTypes['Official'], {"id":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"personKey":true}> );
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"code":true}> );
}>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  AccountabilityBasis:
    | ( EntityRef )
    | ( EntityRef )
  ;
}>;


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AccessLogConnection: ResolverTypeWrapper<AccessLogConnectionParent>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AccessLogEdge: ResolverTypeWrapper<Omit<AccessLogEdge, 'node'> & { node: ResolversTypes['AccessLogEntry'] }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AccessLogEntry: ResolverTypeWrapper<AccessLogRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AccountabilityAction: ResolverTypeWrapper<AccountabilityActionRow>;
  AccountabilityActionInput: AccountabilityActionInput;
  AccountabilityBasis: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['AccountabilityBasis']>;
  AccountabilityMeasure: AccountabilityMeasure;
  Complaint: ResolverTypeWrapper<EntityRef>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DisclosureCompliance: ResolverTypeWrapper<DisclosureCompliance>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  DisclosureConnection: ResolverTypeWrapper<DisclosureConnectionParent>;
  DisclosureDomain: DisclosureDomain;
  DisclosureEdge: ResolverTypeWrapper<Omit<DisclosureEdge, 'node'> & { node: ResolversTypes['DisclosureNotice'] }>;
  DisclosureNotice: ResolverTypeWrapper<DisclosureNoticeRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Finding: ResolverTypeWrapper<EntityRef>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Official: ResolverTypeWrapper<OfficialRow>;
  OfficialConnection: ResolverTypeWrapper<OfficialConnectionParent>;
  OfficialEdge: ResolverTypeWrapper<Omit<OfficialEdge, 'node'> & { node: ResolversTypes['Official'] }>;
  OfficialRole: ResolverTypeWrapper<OfficialRoleRow>;
  OfficialRoleKind: OfficialRoleKind;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Period: ResolverTypeWrapper<Scalars['Period']['output']>;
  Person: ResolverTypeWrapper<PersonRef>;
  PublishDisclosureInput: PublishDisclosureInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionParent>;
  RegionLevel: RegionLevel;
  RegisterOfficialInput: RegisterOfficialInput;
  RegisterRelativeInput: RegisterRelativeInput;
  RegisteredRelative: ResolverTypeWrapper<RelativeRow>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AccessLogConnection: AccessLogConnectionParent;
  Int: Scalars['Int']['output'];
  AccessLogEdge: Omit<AccessLogEdge, 'node'> & { node: ResolversParentTypes['AccessLogEntry'] };
  String: Scalars['String']['output'];
  AccessLogEntry: AccessLogRow;
  ID: Scalars['ID']['output'];
  AccountabilityAction: AccountabilityActionRow;
  AccountabilityActionInput: AccountabilityActionInput;
  AccountabilityBasis: ResolversUnionTypes<ResolversParentTypes>['AccountabilityBasis'];
  Complaint: EntityRef;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DisclosureCompliance: DisclosureCompliance;
  Float: Scalars['Float']['output'];
  DisclosureConnection: DisclosureConnectionParent;
  DisclosureEdge: Omit<DisclosureEdge, 'node'> & { node: ResolversParentTypes['DisclosureNotice'] };
  DisclosureNotice: DisclosureNoticeRow;
  Boolean: Scalars['Boolean']['output'];
  Finding: EntityRef;
  Mutation: Record<PropertyKey, never>;
  Official: OfficialRow;
  OfficialConnection: OfficialConnectionParent;
  OfficialEdge: Omit<OfficialEdge, 'node'> & { node: ResolversParentTypes['Official'] };
  OfficialRole: OfficialRoleRow;
  PageInfo: PageInfo;
  Period: Scalars['Period']['output'];
  Person: PersonRef;
  PublishDisclosureInput: PublishDisclosureInput;
  Query: Record<PropertyKey, never>;
  Region: RegionParent;
  RegisterOfficialInput: RegisterOfficialInput;
  RegisterRelativeInput: RegisterRelativeInput;
  RegisteredRelative: RelativeRow;
}>;

export type PersonalReadDirectiveArgs = { };

export type PersonalReadDirectiveResolver<Result, Parent, ContextType = PartyAffairsContext, Args = PersonalReadDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AccessLogConnectionResolvers<ContextType = PartyAffairsContext, ParentType extends ResolversParentTypes['AccessLogConnection'] = ResolversParentTypes['AccessLogConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AccessLogEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AccessLogEdgeResolvers<ContextType = PartyAffairsContext, ParentType extends ResolversParentTypes['AccessLogEdge'] = ResolversParentTypes['AccessLogEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AccessLogEntry'], ParentType, ContextType>;
}>;

export type AccessLogEntryResolvers<ContextType = PartyAffairsContext, ParentType extends ResolversParentTypes['AccessLogEntry'] = ResolversParentTypes['AccessLogEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actorRoles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AccountabilityActionResolvers<ContextType = PartyAffairsContext, ParentType extends ResolversParentTypes['AccountabilityAction'] = ResolversParentTypes['AccountabilityAction']> = ResolversObject<{
  basis?: Resolver<Maybe<ResolversTypes['AccountabilityBasis']>, ParentType, ContextType>;
  decidedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['AccountabilityMeasure'], ParentType, ContextType>;
  official?: Resolver<ResolversTypes['Official'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AccountabilityBasisResolvers<ContextType = PartyAffairsContext, ParentType extends ResolversParentTypes['AccountabilityBasis'] = ResolversParentTypes['AccountabilityBasis']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Complaint' | 'Finding', ParentType, ContextType>;
}>;

export type ComplaintResolvers<ContextType = PartyAffairsContext, ParentType extends ResolversParentTypes['Complaint'] = ResolversParentTypes['Complaint'], FederationReferenceType extends FederationReferenceTypes['Complaint'] = FederationReferenceTypes['Complaint']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Complaint']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accountabilityActions?: Resolver<Maybe<Array<ResolversTypes['AccountabilityAction']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DisclosureComplianceResolvers<ContextType = PartyAffairsContext, ParentType extends ResolversParentTypes['DisclosureCompliance'] = ResolversParentTypes['DisclosureCompliance']> = ResolversObject<{
  expected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  missing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTimeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['Period'], ParentType, ContextType>;
  published?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type DisclosureConnectionResolvers<ContextType = PartyAffairsContext, ParentType extends ResolversParentTypes['DisclosureConnection'] = ResolversParentTypes['DisclosureConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DisclosureEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DisclosureEdgeResolvers<ContextType = PartyAffairsContext, ParentType extends ResolversParentTypes['DisclosureEdge'] = ResolversParentTypes['DisclosureEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DisclosureNotice'], ParentType, ContextType>;
}>;

export type DisclosureNoticeResolvers<ContextType = PartyAffairsContext, ParentType extends ResolversParentTypes['DisclosureNotice'] = ResolversParentTypes['DisclosureNotice'], FederationReferenceType extends FederationReferenceTypes['DisclosureNotice'] = FederationReferenceTypes['DisclosureNotice']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DisclosureNotice']> | FederationReferenceType, FederationReferenceType, ContextType>;
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  domain?: Resolver<ResolversTypes['DisclosureDomain'], ParentType, ContextType>;
  dueBy?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isLate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['Period'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FindingResolvers<ContextType = PartyAffairsContext, ParentType extends ResolversParentTypes['Finding'] = ResolversParentTypes['Finding'], FederationReferenceType extends FederationReferenceTypes['Finding'] = FederationReferenceTypes['Finding']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Finding']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accountabilityActions?: Resolver<Maybe<Array<ResolversTypes['AccountabilityAction']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = PartyAffairsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  endTerm?: Resolver<ResolversTypes['Official'], ParentType, ContextType, RequireFields<MutationEndTermArgs, 'officialId' | 'termEnd'>>;
  publishDisclosure?: Resolver<ResolversTypes['DisclosureNotice'], ParentType, ContextType, RequireFields<MutationPublishDisclosureArgs, 'input'>>;
  recordAccountabilityAction?: Resolver<ResolversTypes['AccountabilityAction'], ParentType, ContextType, RequireFields<MutationRecordAccountabilityActionArgs, 'input'>>;
  registerOfficial?: Resolver<ResolversTypes['Official'], ParentType, ContextType, RequireFields<MutationRegisterOfficialArgs, 'input'>>;
  registerRelative?: Resolver<ResolversTypes['RegisteredRelative'], ParentType, ContextType, RequireFields<MutationRegisterRelativeArgs, 'input'>>;
}>;

export type OfficialResolvers<ContextType = PartyAffairsContext, ParentType extends ResolversParentTypes['Official'] = ResolversParentTypes['Official'], FederationReferenceType extends FederationReferenceTypes['Official'] = FederationReferenceTypes['Official']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Official']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accountabilityActions?: Resolver<Maybe<Array<ResolversTypes['AccountabilityAction']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  relatives?: Resolver<Maybe<Array<ResolversTypes['RegisteredRelative']>>, ParentType, ContextType>;
  serving?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  termEnd?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  termStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type OfficialConnectionResolvers<ContextType = PartyAffairsContext, ParentType extends ResolversParentTypes['OfficialConnection'] = ResolversParentTypes['OfficialConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OfficialEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OfficialEdgeResolvers<ContextType = PartyAffairsContext, ParentType extends ResolversParentTypes['OfficialEdge'] = ResolversParentTypes['OfficialEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Official'], ParentType, ContextType>;
}>;

export type OfficialRoleResolvers<ContextType = PartyAffairsContext, ParentType extends ResolversParentTypes['OfficialRole'] = ResolversParentTypes['OfficialRole']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['OfficialRoleKind'], ParentType, ContextType>;
  official?: Resolver<ResolversTypes['Official'], ParentType, ContextType>;
  relation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = PartyAffairsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export interface PeriodScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Period'], any> {
  name: 'Period';
}

export type PersonResolvers<ContextType = PartyAffairsContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  officialRoles?: Resolver<Maybe<Array<ResolversTypes['OfficialRole']>>, ParentType, ContextType>;
  personKey?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = PartyAffairsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  disclosure?: Resolver<Maybe<ResolversTypes['DisclosureNotice']>, ParentType, ContextType, RequireFields<QueryDisclosureArgs, 'id'>>;
  official?: Resolver<Maybe<ResolversTypes['Official']>, ParentType, ContextType, RequireFields<QueryOfficialArgs, 'id'>>;
  officials?: Resolver<Maybe<ResolversTypes['OfficialConnection']>, ParentType, ContextType, RequireFields<QueryOfficialsArgs, 'regionCode'>>;
  partyAffairsAccessLog?: Resolver<Maybe<ResolversTypes['AccessLogConnection']>, ParentType, ContextType, Partial<QueryPartyAffairsAccessLogArgs>>;
}>;

export type RegionResolvers<ContextType = PartyAffairsContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  disclosureCompliance?: Resolver<Maybe<ResolversTypes['DisclosureCompliance']>, ParentType, ContextType, RequireFields<RegionDisclosureComplianceArgs, 'period'>>;
  disclosures?: Resolver<Maybe<ResolversTypes['DisclosureConnection']>, ParentType, ContextType, Partial<RegionDisclosuresArgs>>;
  level?: Resolver<ResolversTypes['RegionLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  officials?: Resolver<Maybe<ResolversTypes['OfficialConnection']>, ParentType, ContextType, Partial<RegionOfficialsArgs>>;
}>;

export type RegisteredRelativeResolvers<ContextType = PartyAffairsContext, ParentType extends ResolversParentTypes['RegisteredRelative'] = ResolversParentTypes['RegisteredRelative']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maskedIdNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = PartyAffairsContext> = ResolversObject<{
  AccessLogConnection?: AccessLogConnectionResolvers<ContextType>;
  AccessLogEdge?: AccessLogEdgeResolvers<ContextType>;
  AccessLogEntry?: AccessLogEntryResolvers<ContextType>;
  AccountabilityAction?: AccountabilityActionResolvers<ContextType>;
  AccountabilityBasis?: AccountabilityBasisResolvers<ContextType>;
  Complaint?: ComplaintResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DisclosureCompliance?: DisclosureComplianceResolvers<ContextType>;
  DisclosureConnection?: DisclosureConnectionResolvers<ContextType>;
  DisclosureEdge?: DisclosureEdgeResolvers<ContextType>;
  DisclosureNotice?: DisclosureNoticeResolvers<ContextType>;
  Finding?: FindingResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Official?: OfficialResolvers<ContextType>;
  OfficialConnection?: OfficialConnectionResolvers<ContextType>;
  OfficialEdge?: OfficialEdgeResolvers<ContextType>;
  OfficialRole?: OfficialRoleResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Period?: GraphQLScalarType;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegisteredRelative?: RegisteredRelativeResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = PartyAffairsContext> = ResolversObject<{
  personalRead?: PersonalReadDirectiveResolver<any, any, ContextType>;
}>;
