import { readFileSync } from 'node:fs';
import { composeSupergraph } from '../gateway/src/compose';
import { SUPERGRAPH_FILE } from '../lib/paths';

describe('the committed supergraph', () => {
  it('is what the four subgraphs compose to now (run `npm run compose` when this fails)', () => {
    expect(readFileSync(SUPERGRAPH_FILE, 'utf8')).toBe(composeSupergraph());
  });
});
