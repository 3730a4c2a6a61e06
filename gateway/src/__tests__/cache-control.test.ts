import { cacheHintOf } from '../cache-control';

describe('a subgraph Cache-Control header as a cache hint', () => {
  it('reads max-age and the scope', () => {
    expect(cacheHintOf('max-age=300, public')).toEqual({ maxAge: 300, scope: 'PUBLIC' });
    expect(cacheHintOf('private, max-age=60')).toEqual({ maxAge: 60, scope: 'PRIVATE' });
    expect(cacheHintOf('Max-Age = 5')).toEqual({ maxAge: 5 });
  });

  it('makes anything else uncacheable', () => {
    expect(cacheHintOf(undefined)).toEqual({ maxAge: 0 });
    expect(cacheHintOf('no-store')).toEqual({ maxAge: 0 });
    expect(cacheHintOf('max-age=-1, public')).toEqual({ maxAge: 0, scope: 'PUBLIC' });
    expect(cacheHintOf('max-age=soon')).toEqual({ maxAge: 0 });
  });
});
