import type { Migration } from '../../../lib/db/migrate';

/** complaints's own migrations, in order, after the standard ones (regions, seed_runs). */
export const migrations: readonly Migration[] = [];
