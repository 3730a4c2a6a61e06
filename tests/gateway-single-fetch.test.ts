import { demoPeople } from '../lib/demo/people';
import { villagesUnder } from '../lib/regions/divisions';
import type { SubgraphName } from '../lib/subgraphs';
import { DIALECTS } from './helpers/databases';
import { metric, scrape } from './helpers/gateway-probes';
import { startGateway, startStack, type GraphQLResponse, type RunningGateway, type Stack } from './helpers/stack';
import { signToken } from './helpers/tokens';

/**
 * The single-fetch shortcut (gateway/src/single-fetch.ts): an operation whose plan is one fetch
 * of the client's own selections is sent past @apollo/gateway's executor from its second request
 * on. Each case runs on two gateways over the same subgraphs, one with the shortcut and one
 * without, and the answers must be the same to the byte: data, errors, statuses; and the
 * shortcut must be taken exactly where it may be.
 */
const COUNTY = '431002';
const VILLAGE = '431002001001';
const person = demoPeople(VILLAGE)[1];

const MINE = 'query Mine($id: String!, $name: String!) { mySubsidies(idNumber: $id, name: $name) { id amount paidAt program { code } } }';
const REGION = 'query Place($code: ID!, $county: ID!) { place: region(code: $code) { code name } county: region(code: $county) { name level } }';
/** The planner sends this ID literal as 431002, unquoted: not the client's text, so not shortcut. */
const LITERAL = 'query Literal { region(code: "431002") { name } }';
const WITH_FRAGMENT = 'query Named { region(code: "4310") { ...Names } } fragment Names on Region { code name }';
const WITH_DIRECTIVE = 'query Maybe($full: Boolean!) { region(code: "4310") { code name @include(if: $full) } }';
const ACROSS = `query Across { region(code: "${COUNTY}") { name complaints(first: 2) { edges { node { id } } } } }`;
const LEDGER = `query Ledger { region(code: "${COUNTY}") { ledgerSummary(from: "2017-01", to: "2017-06") { entryCount } } }`;
const IMPORT = 'mutation Import($input: LedgerImportInput!) { importLedger(input: $input) { rowCount } }';

describe.each(DIALECTS)('the single-fetch shortcut (%s)', (dialect) => {
  let stack: Stack;
  /** The same subgraphs behind a gateway without the shortcut. */
  let plain: RunningGateway;
  let auditor: string;
  let clerk: string;
  const cache = { responseCache: { maxEntries: 100, maxBytes: 1024 * 1024 } };

  beforeAll(async () => {
    // The executor's shortcut itself: the fast lane (gateway-fast-lane.test.ts) would take some of these first.
    stack = await startStack(dialect, { gateway: { settings: { ...cache, singleFetchFastLane: false } } });
    const urls = Object.fromEntries(Object.values(stack.subgraphs).map((s) => [s.name, s.url])) as Record<SubgraphName, string>;
    plain = await startGateway(urls, { settings: { ...cache, singleFetchShortcut: false } });
    auditor = await signToken({ role: 'auditor', region: '4310', dept: 'audit', sub: 'auditor-1' });
    clerk = await signToken({ role: 'staff', region: COUNTY, dept: 'finance', sub: 'finance-clerk' });
  });
  afterAll(async () => {
    await plain?.shutdown();
    await stack?.stop();
  });

  const shortcuts = async (subgraph = 'finance') => metric(await scrape(stack.origin), 'gateway_single_fetch_shortcuts_total', { subgraph });
  const seen = (r: GraphQLResponse) => ({ status: r.status, body: r.body });

  /** Runs the operation twice on both gateways; returns both answers of the shortcut gateway and how often it shortcut. */
  async function both(query: string, variables: Record<string, unknown> = {}, token?: string) {
    const before = await shortcuts();
    const withShortcut = [await stack.query(query, variables, { token }), await stack.query(query, variables, { token })];
    const without = [await plain.query(query, variables, { token }), await plain.query(query, variables, { token })];
    expect(withShortcut.map(seen)).toEqual(without.map(seen));
    return { answers: withShortcut, taken: (await shortcuts()) - before };
  }

  it("sends a one-subgraph operation past the executor from its second request on, with the executor's answer", async () => {
    const { answers, taken } = await both(MINE, { id: person.idNumber, name: person.name });
    expect(taken).toBe(1);
    expect(answers[1].body.errors).toBeUndefined();
    expect(answers[1].body.data.mySubsidies).toHaveLength(7);
    expect(answers[1].body).toEqual(answers[0].body);
  });

  it('keeps aliases, arguments from variables and several root fields', async () => {
    const { answers, taken } = await both(REGION, { code: '4310', county: COUNTY }, auditor);
    expect(taken).toBe(1);
    expect(answers[1].body).toEqual({ data: { place: { code: '4310', name: '郴州市' }, county: { name: '北湖区', level: 'COUNTY' } } });
  });

  it("passes a subgraph's refusal on as the executor does: same code, message, path and null data", async () => {
    const badDigit = `${person.idNumber.slice(0, 17)}${person.idNumber[17] === '0' ? '1' : '0'}`;
    const { answers, taken } = await both(MINE, { id: badDigit, name: person.name });
    // The operation is known from the first case: both requests take the shortcut.
    expect(taken).toBe(2);
    expect(answers[1].body).toEqual({
      data: null,
      errors: [
        {
          message: 'ID number check digit is wrong; check the number on your ID card',
          path: ['mySubsidies'],
          extensions: { code: 'BAD_USER_INPUT', serviceName: 'finance' },
        },
      ],
    });
  });

  it('passes a field refused to the public on as the executor does: a 200 with the refusal at its path', async () => {
    const MIXED = 'query Mixed($code: ID!) { region(code: $code) { name } ledgerEntries(regionCode: $code) { totalCount } }';
    const { answers, taken } = await both(MIXED, { code: '4310' });
    expect(taken).toBe(1);
    // ledgerEntries is non-null: its refusal nulls the data, as GraphQL requires.
    expect(answers.map(seen)[1]).toEqual({
      status: 200,
      body: {
        errors: [{ message: 'Sign in to read ledger entries', path: ['ledgerEntries'], extensions: { code: 'UNAUTHENTICATED', serviceName: 'finance' } }],
        data: null,
      },
    });
  });

  it('answers a dead subgraph as the executor does: the fields it provides null, SUBGRAPH_UNAVAILABLE', async () => {
    await stack.subgraphs.finance.kill();
    try {
      const { answers, taken } = await both(REGION, { code: '4310', county: COUNTY }, auditor);
      expect(taken).toBe(2);
      expect(answers[1].body).toEqual({
        data: { place: null, county: null },
        errors: [
          {
            message:
              'The finance service did not answer; the fields it provides (regions, ledgers, funds and payments) are null in this answer. Try again shortly.',
            extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'finance' },
          },
        ],
      });
      // A non-null root field (the lookup's list) makes the whole of data null.
      const lookup = await both(MINE, { id: person.idNumber, name: person.name });
      expect(lookup.taken).toBe(2);
      expect(lookup.answers[1].body.data).toBeNull();
      expect((lookup.answers[1].body.errors ?? []).map((e) => e.extensions?.code)).toEqual(['SUBGRAPH_UNAVAILABLE']);
    } finally {
      await stack.subgraphs.finance.revive();
    }
  });

  it('leaves fragments, directives, rewritten literals and operations over several subgraphs to the executor', async () => {
    const named = await both(WITH_FRAGMENT, {}, auditor);
    expect(named.answers[1].body).toEqual({ data: { region: { code: '4310', name: '郴州市' } } });
    const maybe = await both(WITH_DIRECTIVE, { full: false }, auditor);
    expect(maybe.answers[1].body).toEqual({ data: { region: { code: '4310' } } });
    const literal = await both(LITERAL, {}, auditor);
    expect(literal.answers[1].body).toEqual({ data: { region: { name: '北湖区' } } });
    const across = await both(ACROSS, {}, auditor);
    expect(across.answers[1].body.errors).toBeUndefined();
    expect(across.answers[1].body.data.region.complaints.edges).toHaveLength(2);
    expect([named.taken, maybe.taken, literal.taken, across.taken]).toEqual([0, 0, 0, 0]);
  });

  it('still drops cached answers a mutation makes stale when the mutation takes the shortcut', async () => {
    const village = villagesUnder(COUNTY)[0].code;
    const entry = (n: number) => ({ regionCode: village, period: '2017-04', date: '2017-04-09', direction: 'INCOME', category: 'OTHER', amount: `${n}.00`, summary: '存款利息收入' });
    const count = async () => {
      const answer = await stack.query(LEDGER);
      return { count: answer.body.data.region.ledgerSummary.entryCount as number, cache: answer.headers.get('x-response-cache') };
    };
    const start = (await count()).count;
    for (const n of [1, 2]) {
      expect(await count()).toEqual({ count: start + n - 1, cache: 'HIT' });
      const before = await shortcuts();
      const imported = await stack.query(IMPORT, { input: { batchKey: `shortcut-invalidation-${n}`, entries: [entry(n)] } }, { token: clerk });
      expect(imported.body).toEqual({ data: { importLedger: { rowCount: 1 } } });
      // The first import learns that its plan is one fetch; the second takes the shortcut.
      expect((await shortcuts()) - before).toBe(n - 1);
      expect((await count()).count).toBe(start + n);
    }
  });
});
