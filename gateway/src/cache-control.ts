/**
 * A subgraph's Cache-Control answer header as the cache hint it gives the whole request, read
 * the way Apollo's gateway reads it: `max-age=N` (no number: 0, uncacheable), `private` and
 * `public` as the scope. The request's policy keeps the most restrictive hint of all fetches.
 */
export interface SubgraphCacheHint {
  maxAge: number;
  scope?: 'PUBLIC' | 'PRIVATE';
}

export function cacheHintOf(header: string | undefined): SubgraphCacheHint {
  const hint: SubgraphCacheHint = { maxAge: 0 };
  for (const part of (header ?? '').split(',')) {
    const [name, value] = part.split('=', 2).map((s) => s.trim().toLowerCase());
    if (name === 'max-age' && /^[0-9]+$/.test(value ?? '')) hint.maxAge = Number(value);
    else if (name === 'private') hint.scope = 'PRIVATE';
    else if (name === 'public') hint.scope = 'PUBLIC';
  }
  return hint;
}
