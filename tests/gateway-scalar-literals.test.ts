import type { SubgraphName } from '../lib/subgraphs';
import { DIALECTS } from './helpers/databases';
import { startGateway, startStack, type GraphQLResponse, type RunningGateway, type Stack } from './helpers/stack';
import { signToken } from './helpers/tokens';

/**
 * An inline literal of a contract scalar (Money, Date, Period) that the scalar refuses is the
 * caller's mistake: a 400 BAD_USER_INPUT with the scalar's own words, for the whole operation
 * and before any subgraph is asked, as the gateway refuses a variable of the wrong type. It used
 * to pass the gateway (the supergraph's scalars take anything) and come back from the subgraph
 * as a failed fetch, SUBGRAPH_UNAVAILABLE. The gateway with the fast lane and single-fetch shortcut and a
 * plain one answer the same to the byte.
 */
const COUNTY = '431002';
const VILLAGE = '431002001001';

const entry = (amount: string) =>
  `{ regionCode: "${VILLAGE}", period: "2017-04", date: "2017-04-09", direction: INCOME, category: OTHER, amount: ${amount}, summary: "存款利息收入" }`;

describe.each(DIALECTS)('scalar literals refused at the gateway (%s)', (dialect) => {
  let stack: Stack;
  let plain: RunningGateway;
  let clerk: string;

  beforeAll(async () => {
    stack = await startStack(dialect, { proxied: ['finance', 'complaints'] });
    const urls = Object.fromEntries(Object.values(stack.subgraphs).map((s) => [s.name, s.url])) as Record<SubgraphName, string>;
    plain = await startGateway(urls, { settings: { singleFetchShortcut: false, singleFetchFastLane: false } });
    clerk = await signToken({ role: 'staff', region: COUNTY, dept: 'finance', sub: 'finance-clerk' });
  });
  afterAll(async () => {
    await plain?.shutdown();
    await stack?.stop();
  });

  const seen = (r: GraphQLResponse) => ({ status: r.status, body: r.body });
  const asked = () => stack.proxies.finance!.requests.length + stack.proxies.complaints!.requests.length;

  it('still answers valid literals', async () => {
    const res = await stack.query(`{ region(code: "${COUNTY}") { name complaintStats(from: "2017-01-01", to: "2017-06-30") { received } } }`);
    expect(seen(res)).toEqual({ status: 200, body: { data: { region: { name: '北湖区', complaintStats: { received: 27 } } } } });
  });

  it.each([
    ['a Period', '{ payments(regionCode: "4310", period: "2017-13") { totalCount } }', 'Period must be a month such as "2017-03"; got "2017-13"'],
    [
      'a Period beside a public field',
      '{ region(code: "4310") { name ledgerSummary(from: "2017-1", to: "2017-06") { entryCount } } }',
      'Period must be a month such as "2017-03"; got "2017-1"',
    ],
    ['a Period given as a number', '{ payments(regionCode: "4310", period: 201703) { totalCount } }', 'Period must be given as a string'],
    [
      'a Period as a variable default',
      'query Paid($period: Period = "2017-00") { payments(regionCode: "4310", period: $period) { totalCount } }',
      'Period must be a month such as "2017-03"; got "2017-00"',
    ],
    [
      'a Date',
      `{ region(code: "${COUNTY}") { name complaintStats(from: "2017-02-30", to: "2017-06-30") { received } } }`,
      'Date must be a date such as "2017-03-31"; got "2017-02-30"',
    ],
    [
      'a Money in a list of input objects',
      `mutation { importLedger(input: { batchKey: "literal-money", entries: [${entry('"1.00"')}, ${entry('"1.005"')}] }) { rowCount } }`,
      '"1.005" is not an amount of yuan with at most two decimals, such as "1234.50"',
    ],
  ])('%s', async (_label, query, message) => {
    const before = asked();
    const answers = [await stack.query(query, {}, { token: clerk }), await plain.query(query, {}, { token: clerk })];
    expect(seen(answers[0])).toEqual({ status: 400, body: { errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] } });
    expect(seen(answers[1])).toEqual(seen(answers[0]));
    expect(asked()).toBe(before);
  });
});
