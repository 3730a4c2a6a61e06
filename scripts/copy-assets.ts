import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT } from '../lib/paths';
import { SUBGRAPHS } from '../lib/subgraphs';

/**
 * Part of `npm run build`: compiled code reads each SDL relative to its module
 * (dist/subgraphs/<name>/src → dist/subgraphs/<name>/schema.graphql), so the SDL goes beside it.
 */
for (const { name } of SUBGRAPHS) {
  const from = join(PROJECT_ROOT, 'subgraphs', name, 'schema.graphql');
  const to = join(PROJECT_ROOT, 'dist', 'subgraphs', name, 'schema.graphql');
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
}
