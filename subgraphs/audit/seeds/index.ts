import { insertInChunks } from '../../../lib/db/bulk';
import { demoDeaths } from '../../../lib/demo/payments';
import { maskIdNumber, personKey } from '../../../lib/person';
import { villagesUnder } from '../../../lib/regions/divisions';
import type { Seed } from '../../../lib/subgraph/store';
import { demoAudits } from './demo-findings';
import { demoVillageFinanceAudits } from './village-audits';

/** Tables the seed fills, children first, so that it can reset them. */
const SEEDED_TABLES = ['alerts', 'comparison_runs', 'rectifications', 'findings', 'audit_projects', 'death_register', 'import_batches'];

/**
 * audit's demo seed: deterministic; resets what it fills, in one transaction. The deaths
 * register holds every demo death (lib/demo), imported as one batch, so DECEASED_RECIPIENT
 * finds the payments made after them; the audits are demo-findings.ts, and at province scale
 * also each county's village finance audit (village-audits.ts). No alerts are seeded:
 * running the rules raises them.
 */
export const seed: Seed = async (knex, scope) => {
  const audits = [...demoAudits(scope.regionCode), ...(scope.scale === 'province' ? demoVillageFinanceAudits(scope.regionCode) : [])];
  const deaths = villagesUnder(scope.regionCode).flatMap((village) =>
    demoDeaths(village.code).map((death) => ({ village: village.code, ...death })),
  );
  await knex.transaction(async (trx) => {
    for (const table of SEEDED_TABLES) await trx(table).delete();
    const batchId = `demo-deaths-${scope.regionCode}`;
    await trx('import_batches').insert({
      id: batchId,
      kind: 'DEATH_REGISTER',
      batch_key: batchId,
      content_hash: 'demo',
      row_count: deaths.length,
      imported_by: 'demo-seed',
      created_at: '2017-07-01 00:00:00.000',
    });
    await insertInChunks(
      trx,
      'death_register',
      deaths.map((d, i) => ({
        id: `${batchId}-${i}`,
        batch_id: batchId,
        person_key: personKey(scope.personKeySecret, d.person.idNumber),
        name: d.person.name,
        masked_id_number: maskIdNumber(d.person.idNumber),
        date_of_death: d.dateOfDeath,
        region_code: d.village,
      })),
    );
    await insertInChunks(trx, 'audit_projects', audits.map((a) => ({ ...a.project })));
    await insertInChunks(trx, 'findings', audits.flatMap((a) => a.findings.map((f) => ({ ...f }))));
    await insertInChunks(trx, 'rectifications', audits.flatMap((a) => a.rectifications.map((r) => ({ ...r }))));
  });
};
