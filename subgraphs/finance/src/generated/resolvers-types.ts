import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { RegionParent } from '../../../../lib/regions/region-resolvers';
import type { ImportBatchRow } from '../datasources/import-batches';
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

/** A livelihood fund programme of the catalogue (rural minimum living allowance, farmland protection subsidy, ...). Public. */
export type FundProgram = {
  __typename?: 'FundProgram';
  /** Stable code of the programme, e.g. DIBAO or FARMLAND. */
  code: Scalars['ID']['output'];
  /** The department that administers it, e.g. 民政局. */
  department: Scalars['String']['output'];
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
  /** How many different people the project has paid. */
  beneficiaryCount: Scalars['Int']['output'];
  /** The sum of the project's payments (reversals included), kept current with every import. */
  disbursed: Scalars['Money']['output'];
  /** Stable id, e.g. PRJ-431002-2017-DIBAO. */
  id: Scalars['ID']['output'];
  /** Name of the project, e.g. 北湖区2017年农村最低生活保障金. */
  name: Scalars['String']['output'];
  /** The project's payments, ordered by id; recipients are masked as in every payment list. */
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

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Imports a batch of payments (finance staff or integration clients for villages under their
   * region; admins anywhere). All-or-nothing; the same batchKey with the same content returns the
   * first batch, with different content IMPORT_CONFLICT; invalid rows BAD_USER_INPUT listing each.
   */
  importPayments: ImportBatch;
};


export type MutationImportPaymentsArgs = {
  input: PaymentImportInput;
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
 * are all required except projectId.
 */
export type PaymentInput = {
  /** A positive amount of yuan with at most two decimals, e.g. "260.00". */
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
  /** The fund programme catalogue, ordered by code. Public. */
  fundPrograms: Array<FundProgram>;
  /** One fund project by id; null when none has it. Public. */
  fundProject?: Maybe<FundProject>;
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
};


/** Entry points of the finance subgraph. */
export type QueryFundProjectArgs = {
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
  /** Level of the division in the hierarchy. */
  level: RegionLevel;
  /** Official name of the division, e.g. 郴州市. */
  name: Scalars['String']['output'];
  /** The division directly above this one; null for the province. */
  parent?: Maybe<Region>;
};


/**
 * An administrative division of Hunan: the province, a city, a county (district or county-level
 * city), a township (town, township or sub-district) or a village (village or residents'
 * committee). Identified by its statistical division code; the finance subgraph owns the hierarchy.
 */
export type RegionFundProjectsArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
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
  Payment: Payment;
  Person: Person;
  Region: Region;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  FundProject:
    ( { __typename: 'FundProject' }
    & GraphQLRecursivePick<FederationTypes['FundProject'], {"id":true}> );
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
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  FundProgram: ResolverTypeWrapper<ProgramRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  FundProject: ResolverTypeWrapper<ProjectRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  FundProjectStatus: FundProjectStatus;
  ImportBatch: ResolverTypeWrapper<ImportBatchRow>;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Payment: ResolverTypeWrapper<PaymentRow>;
  PaymentConnection: ResolverTypeWrapper<PaymentConnectionParent>;
  PaymentEdge: ResolverTypeWrapper<Omit<PaymentEdge, 'node'> & { node: ResolversTypes['Payment'] }>;
  PaymentImportInput: PaymentImportInput;
  PaymentInput: PaymentInput;
  PaymentStatus: PaymentStatus;
  Period: ResolverTypeWrapper<Scalars['Period']['output']>;
  Person: ResolverTypeWrapper<PersonRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionParent>;
  RegionLevel: RegionLevel;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  FundProgram: ProgramRow;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  FundProject: ProjectRow;
  Int: Scalars['Int']['output'];
  ImportBatch: ImportBatchRow;
  Money: Scalars['Money']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Payment: PaymentRow;
  PaymentConnection: PaymentConnectionParent;
  PaymentEdge: Omit<PaymentEdge, 'node'> & { node: ResolversParentTypes['Payment'] };
  PaymentImportInput: PaymentImportInput;
  PaymentInput: PaymentInput;
  Period: Scalars['Period']['output'];
  Person: PersonRow;
  Query: Record<PropertyKey, never>;
  Region: RegionParent;
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

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Money'], any> {
  name: 'Money';
}

export type MutationResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  importPayments?: Resolver<ResolversTypes['ImportBatch'], ParentType, ContextType, RequireFields<MutationImportPaymentsArgs, 'input'>>;
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
  fundPrograms?: Resolver<Array<ResolversTypes['FundProgram']>, ParentType, ContextType>;
  fundProject?: Resolver<Maybe<ResolversTypes['FundProject']>, ParentType, ContextType, RequireFields<QueryFundProjectArgs, 'id'>>;
  mySubsidies?: Resolver<Array<ResolversTypes['Payment']>, ParentType, ContextType, RequireFields<QueryMySubsidiesArgs, 'idNumber' | 'name'>>;
  payment?: Resolver<Maybe<ResolversTypes['Payment']>, ParentType, ContextType, RequireFields<QueryPaymentArgs, 'id'>>;
  payments?: Resolver<ResolversTypes['PaymentConnection'], ParentType, ContextType, RequireFields<QueryPaymentsArgs, 'regionCode'>>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType, RequireFields<QueryRegionArgs, 'code'>>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType, RequireFields<QueryRegionsArgs, 'level'>>;
}>;

export type RegionResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fundProjects?: Resolver<Array<ResolversTypes['FundProject']>, ParentType, ContextType, Partial<RegionFundProjectsArgs>>;
  level?: Resolver<ResolversTypes['RegionLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = FinanceContext> = ResolversObject<{
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  FundProgram?: FundProgramResolvers<ContextType>;
  FundProject?: FundProjectResolvers<ContextType>;
  ImportBatch?: ImportBatchResolvers<ContextType>;
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
}>;

