import { GraphQLError } from 'graphql';
import { clampFirst, decodeCursor, encodeCursor, toConnection } from '../pagination';

describe('cursor pagination', () => {
  it('defaults and caps `first`', () => {
    expect(clampFirst(undefined)).toBe(20);
    expect(clampFirst(5)).toBe(5);
    expect(clampFirst(100000)).toBe(100);
    expect(clampFirst(500, 1000)).toBe(500);
  });

  it('refuses a negative `first` as the caller\'s mistake', () => {
    expect(() => clampFirst(-1)).toThrow(GraphQLError);
  });

  it('round-trips a cursor and refuses a forged one', () => {
    expect(decodeCursor(encodeCursor(['2017-03', 'LE-1']), 2)).toEqual(['2017-03', 'LE-1']);
    expect(decodeCursor(null, 2)).toBeNull();
    expect(() => decodeCursor('not-a-cursor', 2)).toThrow('`after` is not a cursor returned by this list');
    expect(() => decodeCursor(encodeCursor(['a']), 2)).toThrow(GraphQLError);
  });

  it('uses the extra row only to say there is a next page', async () => {
    const page = toConnection([{ id: 1 }, { id: 2 }, { id: 3 }], 2, (r) => [r.id], async () => 3);
    expect(page.edges.map((e) => e.node.id)).toEqual([1, 2]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor([2]) });
    expect(await page.totalCount()).toBe(3);
    const last = toConnection([{ id: 3 }], 2, (r) => [r.id], async () => 3);
    expect(last.pageInfo.hasNextPage).toBe(false);
  });
});
