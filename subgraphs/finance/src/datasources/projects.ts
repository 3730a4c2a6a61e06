import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { regionRange } from '../../../../lib/region-range';

/** A row of `fund_projects`: a region's allocation of a programme for a year. Amounts are fen. */
export interface ProjectRow {
  id: string;
  name: string;
  program_code: string;
  region_code: string;
  year: number;
  allocated: number;
  disbursed: number;
  beneficiary_count: number;
  status: 'PLANNED' | 'ACTIVE' | 'CLOSED';
  created_at: string;
}

interface RegionProjectsKey {
  regionCode: string;
  year: number | null;
}

/** The codes of the regions above `code` (a project held by its county covers its villages). */
function ancestorCodes(code: string): string[] {
  return [2, 4, 6, 9].filter((n) => n < code.length).map((n) => code.slice(0, n));
}

function covers(project: ProjectRow, key: RegionProjectsKey): boolean {
  if (key.year !== null && project.year !== key.year) return false;
  return project.region_code.startsWith(key.regionCode) || key.regionCode.startsWith(project.region_code);
}

/**
 * Fund projects, batched per request: every lookup by id in one tick is one `WHERE id IN`,
 * and the projects of many regions (Region.fundProjects over a list of children) are one
 * statement over the OR of their code ranges.
 */
export class ProjectSource {
  private readonly byId: DataLoader<string, ProjectRow | null>;
  private readonly byRegion: DataLoader<RegionProjectsKey, ProjectRow[], string>;

  constructor(private readonly knex: Knex) {
    this.byId = new DataLoader(async (ids) => {
      const rows: ProjectRow[] = await this.knex('fund_projects').whereIn('id', ids as string[]);
      const found = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => found.get(id) ?? null);
    });
    this.byRegion = new DataLoader(
      async (keys) => {
        const rows: ProjectRow[] = await this.knex('fund_projects')
          .where((q) => {
            for (const key of keys) {
              q.orWhere((k) => {
                k.where((r) =>
                  r.whereBetween('region_code', regionRange(key.regionCode)).orWhereIn('region_code', ancestorCodes(key.regionCode)),
                );
                if (key.year !== null) k.andWhere('year', key.year);
              });
            }
          })
          .orderBy([{ column: 'region_code' }, { column: 'year' }, { column: 'program_code' }, { column: 'id' }]);
        for (const row of rows) this.byId.prime(row.id, row);
        return keys.map((key) => rows.filter((row) => covers(row, key)));
      },
      { cacheKeyFn: (key) => `${key.regionCode}:${key.year ?? ''}` },
    );
  }

  get(id: string): Promise<ProjectRow | null> {
    return this.byId.load(id);
  }

  /** Projects held by the region, by a region under it, or by the county that covers it. */
  coveringRegion(regionCode: string, year: number | null): Promise<ProjectRow[]> {
    return this.byRegion.load({ regionCode, year });
  }
}

const isSqlite = (db: Knex | Knex.Transaction) => db.client.config.client === 'better-sqlite3';

/**
 * Takes the write locks of the projects (MySQL; SQLite has one writer) before a batch writes
 * their payments, in id order, so concurrent imports into one project queue here instead of
 * deadlocking later over each other's new rows, and add to its totals one after the other
 * (addToProjectTotals).
 */
export async function lockProjects(trx: Knex.Transaction, projectIds: readonly string[]): Promise<void> {
  if (isSqlite(trx) || !projectIds.length) return;
  await trx('fund_projects').whereIn('id', [...projectIds]).orderBy('id').forUpdate().select('id');
}

/**
 * The payments of a project, through the (program_code, village_code) index: a project pays one
 * programme in villages under its region (imports check both).
 */
export function projectPayments(
  knex: Knex | Knex.Transaction,
  project: Pick<ProjectRow, 'id' | 'program_code' | 'region_code'>,
): Knex.QueryBuilder {
  return knex('payments')
    .where('program_code', project.program_code)
    .whereBetween('village_code', regionRange(project.region_code))
    .andWhere('project_id', project.id);
}
