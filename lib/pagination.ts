import { badUserInput } from './errors';

/**
 * Cursor connections (domain.md): `edges { cursor node }`, `pageInfo { hasNextPage endCursor }`
 * and `totalCount`. Lists are keyset-paginated: a cursor is the sort key of the last row seen,
 * so a page costs one indexed range scan however deep it is.
 */

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Applies the default and the cap; a negative `first` is the caller's mistake. */
export function clampFirst(first: number | null | undefined, max = MAX_PAGE_SIZE): number {
  if (first === null || first === undefined) return Math.min(DEFAULT_PAGE_SIZE, max);
  if (!Number.isInteger(first) || first < 0) throw badUserInput('`first` must be a whole number of 0 or more');
  return Math.min(first, max);
}

export type CursorKey = Array<string | number>;

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** Decodes a cursor made by encodeCursor with `arity` parts; anything else is BAD_USER_INPUT. */
export function decodeCursor(cursor: string | null | undefined, arity: number): CursorKey | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === arity &&
      key.every((part) => typeof part === 'string' || typeof part === 'number')
    ) {
      return key as CursorKey;
    }
  } catch {
    // fall through to the error below: a cursor the caller altered is their mistake
  }
  throw badUserInput('`after` is not a cursor returned by this list');
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** Resolved only when the client asks for it: GraphQL's default resolver calls functions. */
  totalCount: () => Promise<number>;
}

/**
 * Builds a connection from up to `first + 1` rows fetched in cursor order; the extra row,
 * if present, only tells that there is a next page.
 */
export function toConnection<T>(
  rows: T[],
  first: number,
  keyOf: (row: T) => CursorKey,
  totalCount: () => Promise<number>,
): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
    totalCount,
  };
}
