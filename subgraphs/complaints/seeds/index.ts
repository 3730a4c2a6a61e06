import { insertInChunks } from '../../../lib/db/bulk';
import { villagesUnder } from '../../../lib/regions/divisions';
import type { Seed } from '../../../lib/subgraph/store';
import { demoComplaints } from './demo-complaints';

/**
 * complaints's demo seed: deterministic; resets what it fills. The same per-village rate at
 * both scales (demo-complaints.ts: about two villages in five have one complaint a year, some
 * two): 1,093 complaints in Chenzhou, 12,972 with 62,270 timeline events in all of Hunan. A
 * complaint is a villager's act, so it scales with villages, not with the province's larger
 * payment rolls: a village hears of a complaint on the platform every two to three years,
 * about one complaint a year for every 57 recipients of one-card payments in Hunan (739,215).
 */
export const seed: Seed = async (knex, scope) => {
  const complaints = demoComplaints(scope.personKeySecret, villagesUnder(scope.regionCode));
  await knex.transaction(async (trx) => {
    await trx('complaint_events').delete();
    await trx('complaints').delete();
    await insertInChunks(trx, 'complaints', complaints.map((c) => ({ ...c.row })));
    await insertInChunks(trx, 'complaint_events', complaints.flatMap((c) => c.events.map((e) => ({ ...e }))));
  });
};
