import type { Knex } from 'knex';
import { DEMO_PROGRAMS } from '../lib/demo/programs';
import { createLogger } from '../lib/logger';
import { idCheckCharacter } from '../lib/person';
import { prepareStore } from '../lib/subgraph/store';
import { migrations } from '../subgraphs/finance/migrations';
import { importPayments } from '../subgraphs/finance/src/datasources/payments-import';
import type { PaymentInputRow } from '../subgraphs/finance/src/datasources/payment-input';
import { seed } from '../subgraphs/finance/seeds';
import { seedFundsAndPayments } from '../subgraphs/finance/seeds/fund-payments';
import { createTestDatabase, DIALECTS, type TestDatabase } from './helpers/databases';
import { TEST_PERSON_KEY_SECRET } from './helpers/tokens';

/**
 * A project's disbursed and beneficiaryCount are added to by each import from the batch's rows
 * (project_person_totals holds each person's net): after payments, reversals and nets crossing
 * zero both ways they must be exactly what summing every stored payment gives, and a batch's
 * statements must not depend on how many payments its project already holds.
 */

const VILLAGE = '431002001001';
const DIBAO_2017 = 'PRJ-431002-2017-DIBAO';
const DIBAO_2018 = 'PRJ-431002-2018-DIBAO';
const TEKUN_2017 = 'PRJ-431002-2017-TEKUN';

/** A well-formed ID number of resident `n`, born 1980-01-01 plus n days: each has their own. */
function residentId(n: number): string {
  const day = new Date(Date.UTC(1980, 0, 1 + n)).toISOString().slice(0, 10).replace(/-/g, '');
  const first17 = `431002${day}${String(n % 1000).padStart(3, '0')}`;
  return first17 + idCheckCharacter(first17);
}

/** A payment of DIBAO, November 2017, to Beihu resident `n` unless `extra` says otherwise. */
const payment = (n: number, amount: string, extra: Partial<PaymentInputRow> = {}): PaymentInputRow => ({
  programCode: 'DIBAO',
  villageCode: VILLAGE,
  recipientName: `居民${n}`,
  recipientIdNumber: residentId(n),
  amount,
  period: '2017-11',
  paidAt: '2017-11-10',
  ...extra,
});

interface Totals {
  disbursed: number;
  beneficiary_count: number;
}

/** Every project's totals and every person's net, as stored. */
async function stored(knex: Knex) {
  const projects = (await knex('fund_projects').orderBy('id').select('id', 'disbursed', 'beneficiary_count')) as Array<Totals & { id: string }>;
  const nets = (await knex('project_person_totals').orderBy(['project_id', 'person_key']).select('project_id', 'person_key', 'net')) as Array<{
    project_id: string;
    person_key: string;
    net: number;
  }>;
  return {
    projects: projects.map((p) => ({ id: p.id, disbursed: Number(p.disbursed), beneficiary_count: Number(p.beneficiary_count) })),
    nets: nets.map((n) => ({ ...n, net: Number(n.net) })),
  };
}

/** The same, recomputed from every stored payment (what the totals were before they were incremental). */
async function recomputed(knex: Knex) {
  const perPerson = (await knex('payments')
    .select('project_id', 'person_key')
    .sum({ net: 'amount' })
    .groupBy('project_id', 'person_key')
    .orderBy(['project_id', 'person_key'])) as Array<{ project_id: string; person_key: string; net: string | number }>;
  const nets = perPerson.map((p) => ({ project_id: p.project_id, person_key: p.person_key, net: Number(p.net) }));
  const ids = (await knex('fund_projects').orderBy('id').pluck('id')) as string[];
  return {
    projects: ids.map((id) => {
      const mine = nets.filter((n) => n.project_id === id);
      return { id, disbursed: mine.reduce((sum, n) => sum + n.net, 0), beneficiary_count: mine.filter((n) => n.net > 0).length };
    }),
    nets,
  };
}

describe.each(DIALECTS)('project totals added to by each import (%s)', (dialect) => {
  let store: TestDatabase;
  const knex = () => store.db.knex;
  let batchNumber = 0;
  const imported = (rows: PaymentInputRow[]) => importPayments(knex(), { batchKey: `totals-${(batchNumber += 1)}`, payments: rows }, 'test', TEST_PERSON_KEY_SECRET);
  const totalsOf = async (id: string): Promise<Totals> => {
    const row = (await knex()('fund_projects').where({ id }).first('disbursed', 'beneficiary_count')) as Totals;
    return { disbursed: Number(row.disbursed), beneficiary_count: Number(row.beneficiary_count) };
  };
  const paymentIdOf = async (n: number, period = '2017-11') => {
    const rows = (await knex()('payments').where({ recipient_name: `居民${n}`, period, status: 'PAID' }).orderBy('id').pluck('id')) as string[];
    return rows[0];
  };

  beforeAll(async () => {
    store = await createTestDatabase(dialect, 'finance_totals');
    await prepareStore(store.db, {
      migrations,
      seed,
      scale: 'none',
      logger: createLogger('test', 'silent'),
      personKeySecret: TEST_PERSON_KEY_SECRET,
      divisionsUnder: '431002',
    });
    await knex()('fund_programs').insert(
      DEMO_PROGRAMS.map((p) => ({
        code: p.code,
        name: p.name,
        department: p.department,
        policy_basis: p.policyBasis,
        standard_amount: p.standardAmount,
        means_tested: p.meansTested ? 1 : 0,
      })),
    );
  });
  afterAll(() => store?.drop());

  it('adds payments and nets reversals out, counting only people whose net is above zero', async () => {
    // Resident 1 paid once, resident 2 twice, resident 3 once.
    await imported([payment(1, '300.00'), payment(2, '120.50'), payment(2, '120.50', { period: '2017-12', paidAt: '2017-12-10' }), payment(3, '80.00')]);
    expect(await totalsOf(DIBAO_2017)).toEqual({ disbursed: 62_100, beneficiary_count: 3 });

    // Resident 1's only payment reversed: down to zero, no longer counted; resident 2 keeps December.
    await imported([
      payment(1, '300.00', { paidAt: '2017-11-20', reversalOf: await paymentIdOf(1) }),
      payment(2, '120.50', { paidAt: '2017-11-21', reversalOf: await paymentIdOf(2) }),
    ]);
    expect(await totalsOf(DIBAO_2017)).toEqual({ disbursed: 20_050, beneficiary_count: 2 });
    expect(await stored(knex())).toEqual(await recomputed(knex()));
  });

  it('counts a person again when a later payment takes their net back above zero', async () => {
    await imported([payment(1, '300.00', { period: '2017-12', paidAt: '2017-12-10' })]);
    expect(await totalsOf(DIBAO_2017)).toEqual({ disbursed: 50_050, beneficiary_count: 3 });
    expect(await stored(knex())).toEqual(await recomputed(knex()));
  });

  it('nets a reversal and a new payment of one person in one batch, and crosses zero both ways in one batch', async () => {
    // Resident 3: November reversed and December paid (still counted, net 90.00); resident 1:
    // December reversed (net zero, no longer counted); resident 4: new (counted).
    await imported([
      payment(3, '80.00', { paidAt: '2017-11-22', reversalOf: await paymentIdOf(3) }),
      payment(3, '90.00', { period: '2017-12', paidAt: '2017-12-10' }),
      payment(1, '300.00', { period: '2017-12', paidAt: '2017-12-20', reversalOf: await paymentIdOf(1, '2017-12') }),
      payment(4, '50.00'),
    ]);
    expect(await totalsOf(DIBAO_2017)).toEqual({ disbursed: 26_050, beneficiary_count: 3 });
    expect(await stored(knex())).toEqual(await recomputed(knex()));
  });

  it('adds one batch to each of its projects, created by the batch or not', async () => {
    await imported([
      payment(5, '10.00'),
      payment(5, '20.00', { period: '2018-01', paidAt: '2018-01-10' }),
      payment(6, '30.00', { programCode: 'TEKUN' }),
      payment(2, '40.00', { programCode: 'TEKUN' }),
      payment(4, '50.00', { paidAt: '2017-11-23', reversalOf: await paymentIdOf(4) }),
    ]);
    expect(await totalsOf(DIBAO_2017)).toEqual({ disbursed: 22_050, beneficiary_count: 3 });
    expect(await totalsOf(DIBAO_2018)).toEqual({ disbursed: 2_000, beneficiary_count: 1 });
    expect(await totalsOf(TEKUN_2017)).toEqual({ disbursed: 7_000, beneficiary_count: 2 });
    expect(await stored(knex())).toEqual(await recomputed(knex()));
  });

  it("adds a batch without reading its project's stored payments: the same statements for a large project as for a small one", async () => {
    // DIBAO 2017 grows to more than 1000 payments; TEKUN 2017 keeps 2.
    for (let from = 100; from < 1100; from += 500) {
      await imported(Array.from({ length: 500 }, (_, i) => payment(from + i, '10.00')));
    }
    const statementsOf = async (rows: PaymentInputRow[]) => {
      const sql: string[] = [];
      const listen = (query: { sql: string }) => sql.push(query.sql);
      knex().on('query', listen);
      try {
        await imported(rows);
      } finally {
        knex().removeListener('query', listen);
      }
      return sql;
    };
    const large = await statementsOf([payment(2000, '10.00'), payment(2001, '10.00'), payment(1, '10.00')]);
    const small = await statementsOf([payment(2002, '10.00', { programCode: 'TEKUN' }), payment(2003, '10.00', { programCode: 'TEKUN' }), payment(6, '10.00', { programCode: 'TEKUN' })]);
    expect(large.length).toBe(small.length);
    // payments is only written, and read by id for reversals (none here): nothing sums or scans it.
    const readsPayments = large.filter((s) => /\bfrom\s+[`"]?payments\b/i.test(s));
    expect(readsPayments.every((s) => /where [`"](id|reversal_of)[`"] in/i.test(s))).toBe(true);
    expect(large.filter((s) => /\bpayments\b/i.test(s) && /\bsum\(/i.test(s))).toEqual([]);
    expect(await totalsOf(DIBAO_2017)).toEqual({ disbursed: 22_050 + 1000 * 1000 + 3000, beneficiary_count: 3 + 1000 + 3 });
    expect(await stored(knex())).toEqual(await recomputed(knex()));
  });
});

describe.each(DIALECTS)('the demo seeds (%s)', (dialect) => {
  let city: TestDatabase;
  let province: TestDatabase;
  const prepare = (store: TestDatabase, scale: 'city' | 'none') =>
    prepareStore(store.db, {
      migrations,
      seed,
      scale,
      logger: createLogger('test', 'silent'),
      personKeySecret: TEST_PERSON_KEY_SECRET,
      divisionsUnder: '4310',
    });
  beforeAll(async () => {
    [city, province] = await Promise.all([createTestDatabase(dialect, 'finance_totals_city'), createTestDatabase(dialect, 'finance_totals_province')]);
  });
  afterAll(() => Promise.all([city?.drop(), province?.drop()]));

  it('store the project totals and nets that summing their payments gives: the city', async () => {
    await prepare(city, 'city');
    const now = await stored(city.db.knex);
    expect(now.projects).toHaveLength(44);
    expect(now).toEqual(await recomputed(city.db.knex));
    expect(now.projects.find((p) => p.id === DIBAO_2017)).toEqual({ id: DIBAO_2017, disbursed: 56_641_000, beneficiary_count: 498 });
  });

  it("and one county's province-scale payments, as the province seed bulk-loads them", async () => {
    await prepare(province, 'none');
    await seedFundsAndPayments(province.db.knex, { scale: 'province', regionCode: '431002', personKeySecret: TEST_PERSON_KEY_SECRET });
    const now = await stored(province.db.knex);
    // Beihu's four programmes, each paid to someone.
    expect(now.projects).toHaveLength(4);
    expect(now.projects.every((p) => p.beneficiary_count > 0)).toBe(true);
    expect(now).toEqual(await recomputed(province.db.knex));
  });
});
