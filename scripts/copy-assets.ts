import { copyFileSync, cpSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT } from '../lib/paths';
import { SUBGRAPHS } from '../lib/subgraphs';

/**
 * Part of `npm run build`: compiled code reads its non-TypeScript files relative to its module,
 * so they go beside it in dist/: each SDL (dist/subgraphs/<name>/src reads
 * dist/subgraphs/<name>/schema.graphql) and the gateway's workbench page and examples.
 */
for (const { name } of SUBGRAPHS) {
  const from = join(PROJECT_ROOT, 'subgraphs', name, 'schema.graphql');
  const to = join(PROJECT_ROOT, 'dist', 'subgraphs', name, 'schema.graphql');
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
}
cpSync(join(PROJECT_ROOT, 'gateway', 'workbench'), join(PROJECT_ROOT, 'dist', 'gateway', 'workbench'), { recursive: true });
