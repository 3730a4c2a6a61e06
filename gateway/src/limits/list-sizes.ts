import { countDivisions } from '../../../lib/regions/divisions';
import type { RegionLevel } from '../../../lib/region-range';

/**
 * How many items the cost estimate (operation-shape.ts) expects a list field to return, by
 * field coordinate ("Type.field"), for lists without a `first` argument.
 */

/** A list whose size its arguments tell (variables already resolved). */
export interface ListSizeEstimate {
  size(args: Readonly<Record<string, unknown>>): number;
  /** What a caller refused for this list's size can ask instead; it ends the refusal. */
  readonly advice: string;
}

export const LIST_SIZE_ESTIMATES: Readonly<Record<string, ListSizeEstimate>> = {
  // The divisions are static (data/hunan-divisions.csv), so the count is exact: a township's
  // villages are a few dozen, but a level without parentCode is all of the province's (29,534
  // villages, 2,008 townships), which a guess of a few hundred let through to finance.
  'Query.regions': {
    size: (args) => countDivisions(args.level as RegionLevel, (args.parentCode as string | undefined) ?? null),
    advice: 'give parentCode to list only the divisions under one parent',
  },
};

/**
 * Reads what the estimates need (the divisions file) now, at the gateway's start: a missing file
 * stops the start instead of failing each `regions` query, and no caller waits for the parse
 * (about 40 ms).
 */
export function loadListSizeEstimates(): void {
  countDivisions('PROVINCE', null);
}

/** Expected sizes of other list fields without `first`, where the default would mislead. */
export const LIST_SIZE_HINTS: Readonly<Record<string, number>> = {
  // A township has a few dozen villages, a county a dozen or two townships.
  'Region.children': 30,
};
export const DEFAULT_LIST_SIZE = 20;
/** `first` when a paginated field is called without it (the contract's default page size). */
export const DEFAULT_PAGE_SIZE = 20;
