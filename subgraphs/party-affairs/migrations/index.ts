import type { Migration } from '../../../lib/db/migrate';

/** party-affairs's own migrations, in order, after the standard ones (regions, seed_runs). */
export const migrations: readonly Migration[] = [];
