import type { Knex } from 'knex';
import { workingCalendar } from '../../../lib/calendar/working-days';
import { insertInChunks } from '../../../lib/db/bulk';
import { demoOfficials, demoRelatives } from '../../../lib/demo/officials';
import { maskIdNumber, personKey } from '../../../lib/person';
import { Random } from '../../../lib/random';
import { readDivisions, type Division } from '../../../lib/regions/divisions';
import type { Seed, SeedScope } from '../../../lib/subgraph/store';
import { ensureObligations, forgetMaterialised, resetObligations } from '../src/datasources/obligations';
import { relativeId } from '../src/datasources/officials';
import { noticeId } from '../src/datasources/disclosures';
import type { DisclosureNoticeRow, OfficialRow, RelativeRow } from '../src/datasources/rows';
import {
  DUE_WORKING_DAYS,
  domainsDue,
  dueDate,
  lastDayOfPeriod,
  periodsBetween,
  type DisclosingLevel,
  type DisclosureDomain,
} from '../src/rules/disclosure-rules';

/**
 * party-affairs's demo seed: the officials of every village and township of the scope (from
 * lib/demo/officials.ts, so their person keys match finance's payments), the registered relatives,
 * and the disclosures of 2017: most on time, some late, some missing, drawn from a fixed random
 * seed per region. Resets what it fills.
 *
 * Proportions, the same at both scales because they follow the rules, not the data volume: the
 * three village posts that sign off on money and disclosures (party secretary, committee
 * director, supervision committee director) and two township leaders, so 92,618 officials for
 * Hunan's 29,534 villages and 2,008 townships; one registered relative per village secretary;
 * and every notice the disclosure rules call for (a village's finances monthly, its village and
 * party affairs quarterly, a township's government and party affairs quarterly: 20 a village and
 * 8 a township a year, 606,744 obligations in Hunan) less the 3% drawn as missing and with the
 * 7% drawn as late: 588,495 notices for the province.
 */

export const DEMO_YEAR_PERIODS = periodsBetween('2017-01', '2017-12');
const SEEDED_BY = 'demo-seed';
const SEEDED_AT = '2017-01-01 00:00:00.000';

type Outcome = 'ON_TIME' | 'LATE' | 'MISSING';

/**
 * Planted cases that tests and demos rely on, whatever the random draw says: 北湖路社区 of
 * 人民路街道 in 北湖区 published its March finances late and never published its first-quarter
 * village affairs.
 */
export const PLANTED_OUTCOMES: ReadonlyArray<{ regionCode: string; domain: DisclosureDomain; period: string; outcome: Outcome }> = [
  { regionCode: '431002001001', domain: 'FINANCE', period: '2017-03', outcome: 'LATE' },
  { regionCode: '431002001001', domain: 'VILLAGE', period: '2017-03', outcome: 'MISSING' },
  { regionCode: '431002001001', domain: 'PARTY', period: '2017-03', outcome: 'ON_TIME' },
];

const DOMAIN_TITLES: Record<DisclosureDomain, string> = {
  FINANCE: '财务公开',
  VILLAGE: '村务公开',
  PARTY: '党务公开',
  GOVERNMENT: '政务公开',
};

function draw(rng: Random): Outcome {
  const roll = rng.next();
  if (roll < 0.03) return 'MISSING';
  if (roll < 0.1) return 'LATE';
  return 'ON_TIME';
}

function officialRow(official: ReturnType<typeof demoOfficials>[number], secret: string): OfficialRow {
  return {
    id: official.id,
    region_code: official.regionCode,
    name: official.person.name,
    position: official.position,
    person_key: personKey(secret, official.person.idNumber),
    masked_id_number: maskIdNumber(official.person.idNumber),
    term_start: official.termStart,
    term_end: null,
    registered_by: SEEDED_BY,
    registered_at: SEEDED_AT,
  };
}

/** For each period: its due date, and the working days after it ends and after it is due (the draw picks among them). */
interface PeriodDays {
  dueBy: string;
  afterEnd: string[];
  afterDue: string[];
}

function periodDays(period: string): PeriodDays {
  const calendar = workingCalendar();
  const end = lastDayOfPeriod(period);
  const dueBy = dueDate(period, calendar);
  const days = (from: string, n: number) => Array.from({ length: n }, (_, i) => calendar.addWorkingDays(from, i + 1));
  return { dueBy, afterEnd: days(end, DUE_WORKING_DAYS), afterDue: days(dueBy, LATE_BY_AT_MOST) };
}

/** A late demo notice comes at most this many working days after its due date. */
const LATE_BY_AT_MOST = 10;

function noticesOf(division: Division, level: DisclosingLevel, days: Map<string, PeriodDays>): DisclosureNoticeRow[] {
  const rng = new Random(`disclosures:${division.code}`);
  const notices: DisclosureNoticeRow[] = [];
  for (const period of DEMO_YEAR_PERIODS) {
    for (const domain of domainsDue(level, period)) {
      const planted = PLANTED_OUTCOMES.find((p) => p.regionCode === division.code && p.domain === domain && p.period === period);
      const drawn = draw(rng);
      const offset = rng.int(1, DUE_WORKING_DAYS);
      const outcome = planted?.outcome ?? drawn;
      if (outcome === 'MISSING') continue;
      const { dueBy, afterEnd, afterDue } = days.get(period)!;
      const publishedOn = outcome === 'LATE' ? afterDue[Math.ceil(offset / 2) - 1] : afterEnd[offset - 1];
      notices.push({
        id: noticeId(division.code, domain, period),
        region_code: division.code,
        domain,
        period,
        title: `${division.name}${period}${DOMAIN_TITLES[domain]}`,
        content: `${division.name}${period}${DOMAIN_TITLES[domain]}：详见公开栏。`,
        due_by: dueBy,
        // 09:30 in China is 01:30 UTC, the same calendar day.
        published_at: `${publishedOn} 01:30:00.000`,
        published_on: publishedOn,
        published_by: SEEDED_BY,
      });
    }
  }
  return notices;
}

async function clear(knex: Knex): Promise<void> {
  await knex('accountability_actions').delete();
  await knex('disclosure_notices').delete();
  await resetObligations(knex);
  await knex('official_relatives').delete();
  await knex('officials').delete();
}

/** One transaction: a store commits (and syncs) once instead of once per chunk. */
export const seed: Seed = async (knex: Knex, scope: SeedScope) => {
  await knex.transaction((trx) => fill(trx, scope));
  forgetMaterialised(knex);
};

async function fill(knex: Knex, scope: SeedScope): Promise<void> {
  await clear(knex);
  const divisions = readDivisions().filter((d) => d.code.startsWith(scope.regionCode));
  const townships = divisions.filter((d) => d.level === 'TOWNSHIP');
  const villages = divisions.filter((d) => d.level === 'VILLAGE');

  const officials = [...townships, ...villages].flatMap((d) => demoOfficials(d.code).map((o) => officialRow(o, scope.personKeySecret)));
  await insertInChunks(knex, 'officials', officials as unknown as Record<string, unknown>[]);
  const keyOf = new Map(officials.map((o) => [o.id, o.person_key]));
  const relatives: RelativeRow[] = villages.flatMap((v) =>
    demoRelatives(v.code).map((r) => {
      const key = personKey(scope.personKeySecret, r.person.idNumber);
      if (!keyOf.has(r.officialId)) throw new Error(`demo relative of unknown official ${r.officialId}`);
      return {
        id: relativeId(r.officialId, key),
        official_id: r.officialId,
        relation: r.relation,
        person_key: key,
        masked_id_number: maskIdNumber(r.person.idNumber),
        registered_by: SEEDED_BY,
        registered_at: SEEDED_AT,
      };
    }),
  );
  await insertInChunks(knex, 'official_relatives', relatives as unknown as Record<string, unknown>[]);

  const days = new Map(DEMO_YEAR_PERIODS.map((p) => [p, periodDays(p)]));
  const notices = [
    ...townships.flatMap((t) => noticesOf(t, 'TOWNSHIP', days)),
    ...villages.flatMap((v) => noticesOf(v, 'VILLAGE', days)),
  ];
  await insertInChunks(knex, 'disclosure_notices', notices as unknown as Record<string, unknown>[]);
  // After the notices: materialising a month carries each notice's publication date onto its obligation.
  await ensureObligations(knex, DEMO_YEAR_PERIODS);
}
