import type { Knex } from 'knex';
import { bulkLoad, loadWhileGenerating } from '../../../lib/db/bulk-load';
import { demoPayments, DEMO_YEAR, provincePayments } from '../../../lib/demo/payments';
import { DEMO_PROGRAMS } from '../../../lib/demo/programs';
import { maskIdNumber, personKey } from '../../../lib/person';
import { Random } from '../../../lib/random';
import { readDivisions, villagesUnder } from '../../../lib/regions/divisions';
import type { SeedScope } from '../../../lib/subgraph/store';
import { netsByProject, type PaymentAmount, type ProjectPersonTotalRow } from '../src/datasources/project-totals';

/** Seeded rows carry one fixed creation time, so that two seeds of a scope are identical. */
const SEEDED_AT = '2017-07-01 00:00:00.000';
/** Allocations are rounded up to 10,000 yuan, as budgets are announced. */
const ALLOCATION_UNIT = 1_000_000;
/** Villages generated and loaded at a time: about 10,000 payments at province scale. */
const VILLAGES_PER_GROUP = 60;

/**
 * The fund catalogue, one project per county, programme and year, the recipients, and every
 * payment of lib/demo's villages under the scope (demoPayments in a city, provincePayments in
 * the province) exactly as generated (ids, amounts, dates, and
 * the planted irregularities that audit's rules must find). One transaction: a seed that dies
 * leaves nothing, and a store that already holds payments (which may never be deleted) is done.
 */
export async function seedFundsAndPayments(knex: Knex, scope: SeedScope): Promise<void> {
  const [{ n }] = await knex('payments').count({ n: '*' });
  if (Number(n) > 0) return;

  const countyNames = new Map(readDivisions().filter((d) => d.level === 'COUNTY').map((d) => [d.code, d.name]));
  const programNames = new Map(DEMO_PROGRAMS.map((p) => [p.code, p.name]));
  const paymentsOf = scope.scale === 'province' ? provincePayments : demoPayments;
  const seenPeople = new Set<string>();
  // What each project pays in the demo, and to how many people; its allocation is set somewhat above it.
  const planned = new Map<string, { county: string; programCode: string; total: number; beneficiaries: number }>();

  await knex.transaction(async (trx) => {
    await bulkLoad(
      trx,
      'fund_programs',
      DEMO_PROGRAMS.map((p) => ({
        code: p.code,
        name: p.name,
        department: p.department,
        policy_basis: p.policyBasis,
        standard_amount: p.standardAmount,
        // bulkLoad binds values on SQLite as they are, and better-sqlite3 takes no booleans.
        means_tested: p.meansTested ? 1 : 0,
      })),
    );
    // A group of villages at a time, so that a province (5 million payments) never sits in memory at once.
    await loadWhileGenerating(
      villagesUnder(scope.regionCode).map((v) => v.code),
      VILLAGES_PER_GROUP,
      (village) => {
        const payments: Array<Record<string, unknown> & PaymentAmount> = [];
        const people: Record<string, unknown>[] = [];
        for (const payment of paymentsOf(village)) {
          const key = personKey(scope.personKeySecret, payment.person.idNumber);
          if (!seenPeople.has(key)) {
            seenPeople.add(key);
            people.push({
              person_key: key,
              name: payment.person.name,
              masked_id_number: maskIdNumber(payment.person.idNumber),
              village_code: payment.villageCode,
              created_at: SEEDED_AT,
            });
          }
          payments.push({
            id: payment.id,
            program_code: payment.programCode,
            project_id: payment.projectId,
            person_key: key,
            recipient_name: payment.person.name,
            village_code: payment.villageCode,
            amount: payment.amount,
            period: payment.period,
            paid_at: payment.paidAt,
            status: 'PAID',
            batch_id: null,
            created_at: SEEDED_AT,
          });
          const project = planned.get(payment.projectId) ?? {
            county: village.slice(0, 6),
            programCode: payment.programCode,
            total: 0,
            beneficiaries: 0,
          };
          project.total += payment.amount;
          planned.set(payment.projectId, project);
        }
        // The nets of project_person_totals, summed here rather than by a GROUP BY over every
        // payment afterwards: a person lives in one village, so all of their payments in a
        // project are this village's (another village's would fail the table's primary key).
        const personTotals: Array<Record<string, unknown> & ProjectPersonTotalRow> = [];
        for (const [projectId, nets] of netsByProject(payments)) {
          for (const [personKey, net] of nets) {
            personTotals.push({ project_id: projectId, person_key: personKey, net });
            if (net > 0) planned.get(projectId)!.beneficiaries += 1;
          }
        }
        return { payments, people, personTotals };
      },
      async (group) => {
        await bulkLoad(trx, 'people', group.flatMap((g) => g.people));
        await bulkLoad(trx, 'payments', group.flatMap((g) => g.payments));
        await bulkLoad(trx, 'project_person_totals', group.flatMap((g) => g.personTotals));
      },
    );
    const projects = [...planned.entries()].map(([id, p]) => {
      const headroom = 1 + new Random(`allocation:${id}`).int(5, 25) / 100;
      return {
        id,
        name: `${countyNames.get(p.county) ?? p.county}${DEMO_YEAR}年${programNames.get(p.programCode) ?? p.programCode}`,
        program_code: p.programCode,
        region_code: p.county,
        year: DEMO_YEAR,
        allocated: Math.ceil((p.total * headroom) / ALLOCATION_UNIT) * ALLOCATION_UNIT,
        // What an import of the same payments would have added (addToProjectTotals).
        disbursed: p.total,
        beneficiary_count: p.beneficiaries,
        status: 'ACTIVE',
        created_at: SEEDED_AT,
      };
    });
    await bulkLoad(trx, 'fund_projects', projects);
  });
}
