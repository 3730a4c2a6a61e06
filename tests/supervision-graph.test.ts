import type { Knex } from 'knex';
import { formatFen } from '../lib/money';
import { regionRange } from '../lib/region-range';
import { DIALECTS } from './helpers/databases';
import { countStatements, startStack, type Stack } from './helpers/stack';
import { signToken } from './helpers/tokens';

/**
 * The foundation's promise: one query crosses all four subgraphs, each part computed by the
 * store that owns it, and resolving a field for many Region references costs one statement
 * per batch, not one per region. Expected values are recomputed here from the raw rows, by a
 * different query than the subgraphs' own (the ledger summary reads its monthly totals table).
 */

const COUNTY = '431027'; // 桂东县

const DASHBOARD = `
  query Dashboard($code: ID!) {
    region(code: $code) {
      name
      ledgerSummary(from: "2017-01", to: "2017-06") { income expenditure entryCount villagesReporting }
      openFindingCount
      complaintStats(from: "2017-01-01", to: "2017-12-31") { received }
      disclosureCompliance(period: "2017-03") { expected published }
      children { code ledgerSummary(from: "2017-01", to: "2017-06") { income expenditure entryCount } }
    }
  }`;

async function single<T>(query: Knex.QueryBuilder): Promise<T> {
  const row = (await query.first()) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v ?? 0)])) as T;
}

describe.each(DIALECTS)('one supervision graph over four stores (%s)', (dialect) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(dialect);
  });
  afterAll(() => stack?.stop());

  it('answers a county dashboard from all four subgraphs with the stores\' own numbers', async () => {
    const { status, body } = await stack.query(DASHBOARD, { code: COUNTY });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const region = body.data.region;
    const range = regionRange(COUNTY);

    const finance = stack.subgraphs.finance.db.knex;
    const ledger = await single<{ income: number; expenditure: number; entries: number; villages: number }>(
      finance('ledger_entries')
        .whereBetween('village_code', range)
        .whereBetween('period', ['2017-01', '2017-06'])
        .select(
          finance.raw("sum(case when direction = 'INCOME' then amount_fen else 0 end) as income"),
          finance.raw("sum(case when direction = 'EXPENDITURE' then amount_fen else 0 end) as expenditure"),
          finance.raw('count(*) as entries'),
          finance.raw('count(distinct village_code) as villages'),
        ),
    );
    expect(ledger.entries).toBeGreaterThan(0);
    expect(region.ledgerSummary).toEqual({
      income: formatFen(ledger.income),
      expenditure: formatFen(ledger.expenditure),
      entryCount: ledger.entries,
      villagesReporting: ledger.villages,
    });

    const audit = stack.subgraphs.audit.db.knex;
    const findings = await single<{ n: number }>(
      audit('findings').whereBetween('region_code', range).whereIn('status', ['OPEN', 'RECTIFYING']).count({ n: '*' }),
    );
    expect(findings.n).toBeGreaterThan(0);
    expect(region.openFindingCount).toBe(findings.n);

    const complaints = stack.subgraphs.complaints.db.knex;
    const received = await single<{ n: number }>(
      complaints('complaints').whereBetween('region_code', range).whereBetween('submitted_date', ['2017-01-01', '2017-12-31']).count({ n: '*' }),
    );
    expect(received.n).toBeGreaterThan(0);
    expect(region.complaintStats.received).toBe(received.n);

    const party = stack.subgraphs['party-affairs'].db.knex;
    const obligations = await single<{ expected: number; published: number }>(
      party('disclosure_obligations')
        .where({ period: '2017-03' })
        .whereBetween('region_code', range)
        .select(party.raw('count(*) as expected'), party.raw('count(published_on) as published')),
    );
    expect(obligations.expected).toBeGreaterThan(0);
    expect(region.disclosureCompliance).toEqual(obligations);
  });

  it('adds up a county\'s ledger from its townships', async () => {
    const { body } = await stack.query(DASHBOARD, { code: COUNTY });
    const fen = (money: string) => Math.round(Number(money) * 100);
    const children: Array<{ ledgerSummary: { income: string; expenditure: string; entryCount: number } }> = body.data.region.children;
    expect(children).toHaveLength(12);
    const sum = (pick: (c: (typeof children)[number]) => number) => children.reduce((acc, c) => acc + pick(c), 0);
    expect(sum((c) => fen(c.ledgerSummary.income))).toBe(fen(body.data.region.ledgerSummary.income));
    expect(sum((c) => fen(c.ledgerSummary.expenditure))).toBe(fen(body.data.region.ledgerSummary.expenditure));
    expect(sum((c) => c.ledgerSummary.entryCount)).toBe(body.data.region.ledgerSummary.entryCount);
  });

  it('resolves a field of 50 or 162 Region references with the same number of statements per store', async () => {
    const perTownship = `
      query Townships($parent: ID) {
        regions(level: TOWNSHIP, parentCode: $parent) {
          code
          openFindingCount
          complaintStats(from: "2017-01-01", to: "2017-12-31") { received open }
          disclosureCompliance(period: "2017-03") { expected }
        }
      }`;
    // 431002 北湖区 has 14 townships; all of Chenzhou has 162.
    // Every township of the province, 3 objects each, is priced at 6024: past staff's budget, within an auditor's.
    const auditor = await signToken({ role: 'auditor', region: '4310', dept: 'audit' });
    const few = await countStatements(stack, () => stack.query(perTownship, { parent: '431002' }, { token: auditor }));
    const many = await countStatements(stack, () => stack.query(perTownship, {}, { token: auditor }));
    expect(few.result.body.errors).toBeUndefined();
    expect(many.result.body.errors).toBeUndefined();
    expect(many.result.body.data.regions).toHaveLength(162);
    for (const store of ['audit', 'complaints', 'party-affairs'] as const) {
      expect({ store, statements: many.statements[store] }).toEqual({ store, statements: few.statements[store] });
      expect(many.statements[store]).toBeLessThanOrEqual(2);
    }
  });
});
