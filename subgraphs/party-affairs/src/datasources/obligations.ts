import type { Knex } from 'knex';
import { workingCalendar } from '../../../../lib/calendar/working-days';
import { toStoreDateTime } from '../../../../lib/scalars';
import { dueDate, domainsDue, type DisclosingLevel } from '../rules/disclosure-rules';

/**
 * Materialises the disclosure obligations of a month: for each disclosing level and each domain
 * due (rules/disclosure-rules.ts), one set-based INSERT ... SELECT over the regions table, so a
 * month of the whole province (29,534 villages) is a handful of statements. `disclosure_periods`
 * records the month; a concurrent materialisation of the same month fails on its primary key and
 * leaves the work to the one that got there first.
 */

const LEVELS: readonly DisclosingLevel[] = ['VILLAGE', 'TOWNSHIP'];

/** Months known to be materialised, per store (knex instance), so steady-state reads skip the check. */
const materialised = new WeakMap<Knex, Set<string>>();

function knownPeriods(knex: Knex): Set<string> {
  let known = materialised.get(knex);
  if (!known) {
    known = new Set();
    materialised.set(knex, known);
  }
  return known;
}

async function materialisePeriod(knex: Knex, period: string): Promise<void> {
  const due = dueDate(period, workingCalendar());
  try {
    await knex.transaction(async (trx) => {
      await trx('disclosure_periods').insert({ period, materialised_at: toStoreDateTime(new Date()) });
      for (const level of LEVELS) {
        for (const domain of domainsDue(level, period)) {
          // A notice already in the store (the demo seed writes notices first) marks its obligation published.
          await trx.raw(
            `insert into disclosure_obligations (region_code, domain, period, due_by, published_on)
             select r.code, ?, ?, ?, n.published_on from regions r
             left join disclosure_notices n on n.region_code = r.code and n.domain = ? and n.period = ?
             where r.level = ?`,
            [domain, period, due, domain, period, level],
          );
        }
      }
    });
  } catch (err) {
    const [row] = await knex('disclosure_periods').where({ period });
    if (!row) throw err;
  }
}

/** Makes sure the obligations of every month given exist; at most one SELECT when all are known. */
export async function ensureObligations(knex: Knex, periods: readonly string[]): Promise<void> {
  const known = knownPeriods(knex);
  const unknown = [...new Set(periods)].filter((p) => !known.has(p));
  if (!unknown.length) return;
  const rows: Array<{ period: string }> = await knex('disclosure_periods').select('period').whereIn('period', unknown);
  const present = new Set(rows.map((r) => r.period));
  for (const period of unknown) {
    if (!present.has(period)) await materialisePeriod(knex, period);
    known.add(period);
  }
}

/** Empties the obligations (the demo seed starts from nothing); `forgetMaterialised` once it has committed. */
export async function resetObligations(knex: Knex): Promise<void> {
  await knex('disclosure_obligations').delete();
  await knex('disclosure_periods').delete();
}

/** Drops what this process remembers of the store's materialised months. */
export function forgetMaterialised(knex: Knex): void {
  materialised.delete(knex);
}
