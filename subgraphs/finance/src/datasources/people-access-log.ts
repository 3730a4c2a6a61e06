import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { accessLogRow, type LoggedRead } from '../../../../lib/access-log';
import { insertInChunks } from '../../../../lib/db/bulk';
import type { BaseContext } from '../../../../lib/subgraph/context';

/**
 * Writes the access-log rows (security.md) for reads of person-level detail by non-public
 * callers. Reads in one tick of a request (the recipients of a page, the payment lists of many
 * people) become one multi-row insert, so logging does not turn a page into N statements;
 * the same subject read twice in one request is logged once.
 */
export class PersonAccessLog {
  private readonly pending: DataLoader<string, true>;

  constructor(knex: Knex, ctx: Pick<BaseContext, 'principal' | 'requestId'>) {
    this.pending = new DataLoader(async (entries) => {
      const rows = entries.map((entry) => {
        const [action, subject, region] = JSON.parse(entry) as [string, string, string];
        return accessLogRow(ctx, action, { subject, region });
      });
      await insertInChunks(knex, 'access_log', rows);
      return entries.map(() => true as const);
    });
  }

  /**
   * Logs the read unless the caller is the public (whose reads are masked or self-lookups);
   * `region` is where its records lie (regionOfRecords in lib/access-log.ts).
   */
  async record(principal: BaseContext['principal'], action: string, read: LoggedRead): Promise<void> {
    if (principal.kind === 'anonymous') return;
    await this.pending.load(JSON.stringify([action, read.subject, read.region]));
  }
}
