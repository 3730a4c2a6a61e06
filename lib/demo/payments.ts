import { Random } from '../random';
import { DEMO_DEATH_DATE, DUPLICATE_PERIOD, OVER_STANDARD_PERIOD, villageAnomalies } from './anomalies';
import { demoPeople, furtherVillagers, PEOPLE_PER_REGION, type DemoPerson } from './people';
import { demoProgram } from './programs';

/**
 * Demo one-card payments of a village over January-June 2017 (city scale), or all of 2017 to
 * more recipients (province scale, provincePayments), with the planted irregularities of
 * anomalies.ts. Ids are derived from their content, so other subgraphs' seeds can name a
 * payment (a complaint's subject, an alert's subject) without reading finance's store; every
 * city payment of a village is among its province payments, with the same id and amount.
 */
export const DEMO_YEAR = 2017;
export const DEMO_PERIODS = ['2017-01', '2017-02', '2017-03', '2017-04', '2017-05', '2017-06'] as const;
export const DEMO_YEAR_PERIODS = Array.from({ length: 12 }, (_, i) => `${DEMO_YEAR}-${String(i + 1).padStart(2, '0')}`);

export interface DemoPayment {
  readonly id: string;
  readonly programCode: string;
  readonly projectId: string;
  readonly villageCode: string;
  readonly person: DemoPerson;
  /** Fen. */
  readonly amount: number;
  readonly period: string;
  /** The date the money reached the card, YYYY-MM-DD. */
  readonly paidAt: string;
}

/** One fund project per county, programme and year: the county's allocation of the programme. */
export const demoProjectId = (countyCode: string, programCode: string, year = DEMO_YEAR) =>
  `PRJ-${countyCode}-${year}-${programCode}`;

export const demoPaymentId = (villageCode: string, period: string, programCode: string, personIndex: number, repeat = 0) =>
  `PAY-${villageCode}-${period.replace('-', '')}-${programCode}-${personIndex}${repeat ? `-${repeat + 1}` : ''}`;

/** Monthly programmes and the residents who receive them. */
const MONTHLY: Array<[string, number[]]> = [
  ['DIBAO', [0, 1, 2]],
  ['TEKUN', [3]],
  ['DISABILITY', [4]],
];
const FARMLAND_PERIOD = '2017-04';
const FARMLAND_RECIPIENTS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

export function demoPayments(villageCode: string, periods: readonly string[] = DEMO_PERIODS): DemoPayment[] {
  const rng = new Random(`payments:${villageCode}`);
  const people = demoPeople(villageCode);
  const anomalies = villageAnomalies(villageCode);
  const county = villageCode.slice(0, 6);
  const payments: DemoPayment[] = [];
  const pay = (programCode: string, personIndex: number, amount: number, period: string, repeat = 0) => {
    payments.push({
      id: demoPaymentId(villageCode, period, programCode, personIndex, repeat),
      programCode,
      projectId: demoProjectId(county, programCode),
      villageCode,
      person: people[personIndex],
      amount,
      period,
      paidAt: `${period}-${repeat ? '20' : '10'}`,
    });
  };

  const monthly = MONTHLY.map(([code, recipients]) => [code, [...recipients]] as [string, number[]]);
  if (anomalies.officialRelativeRecipient) monthly[0][1].push(8);
  // DIBAO is sized to each household's shortfall: a fixed share of the standard per person.
  const amounts = new Map<string, number>();
  for (const [code, recipients] of monthly) {
    const standard = demoProgram(code).standardAmount;
    for (const i of recipients) amounts.set(`${code}:${i}`, code === 'DIBAO' ? rng.int(12, 26) * 1_000 : standard);
  }
  for (const period of periods) {
    for (const [code, recipients] of monthly) {
      for (const i of recipients) {
        let amount = amounts.get(`${code}:${i}`)!;
        if (code === 'DIBAO' && i === 2 && anomalies.overStandard && period === OVER_STANDARD_PERIOD) {
          amount = demoProgram('DIBAO').standardAmount * 3;
        }
        pay(code, i, amount, period);
        if (code === 'DIBAO' && i === 1 && anomalies.duplicatePayment && period === DUPLICATE_PERIOD) {
          pay(code, i, amount, period, 1);
        }
      }
    }
  }
  for (const i of FARMLAND_RECIPIENTS) pay('FARMLAND', i, rng.int(30, 150) * 1_000, FARMLAND_PERIOD);
  return payments;
}

/**
 * Province scale: issue 8 asks for about 5 million payments over Hunan's 29,534 villages, about
 * 169 a village in 2017. A village's city payments carried on over the whole year (60 monthly
 * and 10 farmland payments), plus further residents (furtherVillagers): on average 4 more DIBAO
 * households, 1 more TEKUN person and 2 more disability allowances a month (84 payments), and
 * the farmland subsidy to about 25 households instead of 10 (15 payments). A rural village of
 * 1,000-2,000 people with 10-15 livelihood allowances a month and a few dozen farming
 * households on the one-card roll is ordinary in Hunan; the proportions between programmes
 * stay those of the city demo.
 */
const FURTHER_MONTHLY: Array<[string, [number, number]]> = [
  ['DIBAO', [2, 6]],
  ['TEKUN', [0, 2]],
  ['DISABILITY', [1, 3]],
];
const PROVINCE_FARMLAND_HOUSEHOLDS: [number, number] = [20, 30];

export function provincePayments(villageCode: string): DemoPayment[] {
  const payments = demoPayments(villageCode, DEMO_YEAR_PERIODS);
  const rng = new Random(`payments-province:${villageCode}`);
  const monthly = FURTHER_MONTHLY.map(([code, [min, max]]) => [code, rng.int(min, max)] as const);
  const farmland = rng.int(...PROVINCE_FARMLAND_HOUSEHOLDS);
  const monthlyCount = monthly.reduce((n, [, count]) => n + count, 0);
  const further = furtherVillagers(villageCode, Math.max(monthlyCount, farmland - PEOPLE_PER_REGION));
  const projectOf = (code: string) => demoProjectId(villageCode.slice(0, 6), code);
  let next = 0;
  for (const [code, count] of monthly) {
    const standard = demoProgram(code).standardAmount;
    for (const person of further.slice(next, next + count)) {
      const amount = code === 'DIBAO' ? rng.int(12, 26) * 1_000 : standard;
      for (const period of DEMO_YEAR_PERIODS) {
        payments.push({
          id: demoPaymentId(villageCode, period, code, person.index),
          programCode: code,
          projectId: projectOf(code),
          villageCode,
          person,
          amount,
          period,
          paidAt: `${period}-10`,
        });
      }
    }
    next += count;
  }
  const people = [...demoPeople(villageCode), ...further];
  for (let i = FARMLAND_RECIPIENTS.length; i < farmland; i++) {
    payments.push({
      id: demoPaymentId(villageCode, FARMLAND_PERIOD, 'FARMLAND', i),
      programCode: 'FARMLAND',
      projectId: projectOf('FARMLAND'),
      villageCode,
      person: people[i],
      amount: rng.int(30, 150) * 1_000,
      period: FARMLAND_PERIOD,
      paidAt: `${FARMLAND_PERIOD}-10`,
    });
  }
  return payments;
}

/** The deaths register of the demo: resident 0 of every village planted with a deceased recipient. */
export function demoDeaths(villageCode: string): Array<{ person: DemoPerson; dateOfDeath: string }> {
  return villageAnomalies(villageCode).deceasedRecipient
    ? [{ person: demoPeople(villageCode)[0], dateOfDeath: DEMO_DEATH_DATE }]
    : [];
}
