import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { toStoreDateTime } from '../../../../lib/scalars';
import type { AuditProjectRow } from './rows';
import { retryOnCollision } from './unique-retry';

export interface NewAuditProject {
  name: string;
  type: string;
  regionCode: string;
  periodFrom: string;
  periodTo: string;
  createdBy: string;
}

/** Audit projects: batched lookups by id, and creation numbered per region (`AP-431002-3`). */
export class AuditProjectSource {
  private readonly byId: DataLoader<string, AuditProjectRow | null>;

  constructor(private readonly knex: Knex) {
    this.byId = new DataLoader(async (ids) => {
      const rows: AuditProjectRow[] = await this.knex('audit_projects').whereIn('id', ids as string[]);
      const found = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => found.get(id) ?? null);
    });
  }

  get(id: string): Promise<AuditProjectRow | null> {
    return this.byId.load(id);
  }

  async create(project: NewAuditProject): Promise<AuditProjectRow> {
    const row = await retryOnCollision(() =>
      this.knex.transaction(async (trx) => {
        const [{ n }] = await trx('audit_projects').where('region_code', project.regionCode).count({ n: '*' });
        const created: AuditProjectRow = {
          id: `AP-${project.regionCode}-${Number(n) + 1}`,
          name: project.name,
          type: project.type,
          region_code: project.regionCode,
          period_from: project.periodFrom,
          period_to: project.periodTo,
          created_by: project.createdBy,
          created_at: toStoreDateTime(new Date()),
        };
        await trx('audit_projects').insert(created);
        return created;
      }),
    );
    this.byId.prime(row.id, row);
    return row;
  }
}
