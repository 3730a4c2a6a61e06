import type { Knex } from 'knex';

/**
 * Progress of a seed without asking it: every INSERT the store's knex sends is counted (rows =
 * bindings / columns), and the last row's 12-digit village code tells how far through the
 * province's villages (seeds walk them in code order) each table has come. A seed may fill
 * several tables side by side (finance: payments and ledgers), so the least advanced table is
 * the one reported; a table that is done has reached the last village and never holds it back.
 */
export interface InsertProgress {
  rows: number;
  byTable: Record<string, number>;
  /** The least advanced table that holds village codes, else the table of the latest INSERT. */
  table: string | null;
  /** The highest village code seen in an inserted row of that table, or null. */
  village: string | null;
}

const INSERT = /^insert into `([^`]+)` \(([^)]*)\)/i;
const VILLAGE = /^43\d{10}$/;

export function countInserts(knex: Knex): InsertProgress {
  const progress: InsertProgress = { rows: 0, byTable: {}, table: null, village: null };
  const furthestVillage = new Map<string, string>();
  knex.on('query', (query: { sql?: string; bindings?: unknown[] }) => {
    const match = INSERT.exec(query.sql ?? '');
    if (!match || !query.bindings?.length) return;
    const columns = match[2].split(',').length;
    const rows = Math.floor(query.bindings.length / columns);
    progress.rows += rows;
    progress.byTable[match[1]] = (progress.byTable[match[1]] ?? 0) + rows;
    let furthest = furthestVillage.get(match[1]) ?? null;
    for (const value of query.bindings.slice(-columns)) {
      if (typeof value === 'string' && VILLAGE.test(value) && (furthest === null || value > furthest)) furthest = value;
    }
    if (furthest !== null) furthestVillage.set(match[1], furthest);
    progress.table = match[1];
    progress.village = null;
    for (const [table, village] of furthestVillage) {
      if (progress.village === null || village < progress.village) {
        progress.table = table;
        progress.village = village;
      }
    }
  });
  return progress;
}
