import type { Knex } from 'knex';

/**
 * Progress of a seed without asking it: every INSERT the store's knex sends is counted (rows =
 * bindings / columns), and the last row's 12-digit village code tells how far through the
 * province's villages (seeds walk them in code order) the seed of the current table has come.
 */
export interface InsertProgress {
  rows: number;
  byTable: Record<string, number>;
  /** The table of the latest INSERT. */
  table: string | null;
  /** The highest village code seen in an inserted row of that table, or null. */
  village: string | null;
}

const INSERT = /^insert into `([^`]+)` \(([^)]*)\)/i;
const VILLAGE = /^43\d{10}$/;

export function countInserts(knex: Knex): InsertProgress {
  const progress: InsertProgress = { rows: 0, byTable: {}, table: null, village: null };
  knex.on('query', (query: { sql?: string; bindings?: unknown[] }) => {
    const match = INSERT.exec(query.sql ?? '');
    if (!match || !query.bindings?.length) return;
    const columns = match[2].split(',').length;
    const rows = Math.floor(query.bindings.length / columns);
    progress.rows += rows;
    progress.byTable[match[1]] = (progress.byTable[match[1]] ?? 0) + rows;
    // Seeds fill a table at a time, each walking the villages in code order.
    if (progress.table !== match[1]) {
      progress.table = match[1];
      progress.village = null;
    }
    for (const value of query.bindings.slice(-columns)) {
      if (typeof value === 'string' && VILLAGE.test(value) && (progress.village === null || value > progress.village)) {
        progress.village = value;
      }
    }
  });
  return progress;
}
