import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { logAccessMany } from '../../../../lib/access-log';
import type { BaseContext } from '../../../../lib/subgraph/context';
import type { ComplaintRow } from './rows';

/** What a read of a complainant's identity is logged by: the complaint and where it was filed. */
type ComplaintRef = Pick<ComplaintRow, 'id' | 'region_code'>;

/** The access-log action of a read of a complainant's identity. */
export const COMPLAINANT_READ = 'complaint.complainant';

/**
 * security.md: every read of a complainant's identity is logged. A list of fifty complaints
 * read by an inspector is fifty log rows written by one statement, before the data is returned.
 */
export class ComplainantReads {
  private readonly loader: DataLoader<ComplaintRef, true, string>;

  constructor(knex: Knex, ctx: Pick<BaseContext, 'principal' | 'requestId'>) {
    this.loader = new DataLoader(
      async (complaints) => {
        await logAccessMany(knex, ctx, COMPLAINANT_READ, complaints.map((c) => ({ subject: c.id, region: c.region_code })));
        return complaints.map(() => true as const);
      },
      { cacheKeyFn: (complaint) => complaint.id },
    );
  }

  /** Resolves once the read of this complaint's complainant is on record, under the complaint's region. */
  async record(complaint: ComplaintRef): Promise<void> {
    await this.loader.load(complaint);
  }
}
