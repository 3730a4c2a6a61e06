import { insertInChunks } from '../../../lib/db/bulk';
import { villagesUnder } from '../../../lib/regions/divisions';
import type { Seed } from '../../../lib/subgraph/store';
import { demoComplaints } from './demo-complaints';

/** complaints's demo seed: deterministic; resets what it fills. */
export const seed: Seed = async (knex, scope) => {
  const complaints = demoComplaints(scope.personKeySecret, villagesUnder(scope.regionCode));
  await knex.transaction(async (trx) => {
    await trx('complaint_events').delete();
    await trx('complaints').delete();
    await insertInChunks(trx, 'complaints', complaints.map((c) => ({ ...c.row })));
    await insertInChunks(trx, 'complaint_events', complaints.flatMap((c) => c.events.map((e) => ({ ...e }))));
  });
};
