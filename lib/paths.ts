import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository root: the nearest folder above this module with a package.json. */
function findProjectRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

export const PROJECT_ROOT = findProjectRoot(__dirname);
export const DIVISIONS_CSV = join(PROJECT_ROOT, 'data', 'hunan-divisions.csv');
export const SUPERGRAPH_FILE = join(PROJECT_ROOT, 'schema', 'supergraph.graphql');
