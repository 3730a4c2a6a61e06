import { writeFileSync } from 'node:fs';
import { composeSupergraph, CompositionError } from '../gateway/src/compose';
import { SUPERGRAPH_FILE } from '../lib/paths';

/** `npm run compose`: writes schema/supergraph.graphql from the four subgraphs' SDL. */
try {
  writeFileSync(SUPERGRAPH_FILE, composeSupergraph());
  console.log(`wrote ${SUPERGRAPH_FILE}`);
} catch (err) {
  if (err instanceof CompositionError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
