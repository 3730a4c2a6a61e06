import type { Migration } from '../../../lib/db/migrate';
import { createImportBatches } from './20261127_0101_import_batches';

/** finance's own migrations, in order, after the standard ones (regions, seed_runs). */
export const migrations: readonly Migration[] = [createImportBatches];
