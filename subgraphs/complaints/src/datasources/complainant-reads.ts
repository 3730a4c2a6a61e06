import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { logAccessMany } from '../../../../lib/access-log';
import type { BaseContext } from '../../../../lib/subgraph/context';

/** The access-log action of a read of a complainant's identity. */
export const COMPLAINANT_READ = 'complaint.complainant';

/**
 * security.md: every read of a complainant's identity is logged. A list of fifty complaints
 * read by an inspector is fifty log rows written by one statement, before the data is returned.
 */
export class ComplainantReads {
  private readonly loader: DataLoader<string, true>;

  constructor(knex: Knex, ctx: Pick<BaseContext, 'principal' | 'requestId'>) {
    this.loader = new DataLoader(async (ids) => {
      await logAccessMany(knex, ctx, COMPLAINANT_READ, ids);
      return ids.map(() => true as const);
    });
  }

  /** Resolves once the read of this complaint's complainant is on record. */
  async record(complaintId: string): Promise<void> {
    await this.loader.load(complaintId);
  }
}
