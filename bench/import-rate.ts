import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchOptions } from './options';
import type { ImportRateReport } from './report-types';
import type { BenchStack } from './stack';

const IMPORT_CLI = join(__dirname, '..', 'scripts', 'import.js');

/**
 * The import-rate target: `npm run import -- ledger FILE.csv` through the gateway against a raw
 * multi-row INSERT of the same rows into the same table.
 */
export async function measureImportRate(
  _stack: BenchStack,
  _options: BenchOptions,
  log: (message: string) => void,
): Promise<ImportRateReport | { skipped: string }> {
  if (!existsSync(IMPORT_CLI)) {
    log('import rate: scripts/import.ts does not exist yet; skipped');
    return { skipped: 'scripts/import.ts (npm run import) does not exist yet' };
  }
  return { skipped: 'not implemented yet' };
}
