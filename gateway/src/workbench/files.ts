import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../../lib/paths';

/**
 * Where the workbench's own files (examples.graphql, workbench.js, workbench.css) are: beside
 * the compiled module when the build copied them there (dist/gateway/workbench, which is what a
 * dist-only image has), else in the source tree (gateway/workbench: tests, ts-node, npm start).
 */
export function workbenchDir(): string {
  const besideModule = join(__dirname, '..', '..', 'workbench');
  return existsSync(besideModule) ? besideModule : join(PROJECT_ROOT, 'gateway', 'workbench');
}
