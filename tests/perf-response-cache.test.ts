import { createHash } from 'node:crypto';
import { villagesUnder } from '../lib/regions/divisions';
import { DIALECTS } from './helpers/databases';
import { countStatements, startStack, type GraphQLResponse, type Stack } from './helpers/stack';
import { signToken } from './helpers/tokens';

/**
 * The gateway's response cache (gateway/src/response-cache.ts) over the real subgraphs: only
 * anonymous queries are served from it, an answer never crosses from one caller to another,
 * and a mutation (an import) through the gateway drops the answers it makes stale.
 */
const COUNTY = '431002';
const VILLAGE = villagesUnder(COUNTY)[0].code;
const CACHE = 'x-response-cache';

const LEDGER = `query CountyLedger { region(code: "${COUNTY}") { code ledgerSummary(from: "2017-01", to: "2017-06") { income entryCount } } }`;
const PAYMENTS = `query Recipients { payments(regionCode: "${VILLAGE}", first: 3) { edges { node { id recipient { maskedName personKey } } } } }`;
const IMPORT = `mutation Import($input: LedgerImportInput!) { importLedger(input: $input) { rowCount } }`;

describe.each(DIALECTS)('the response cache (%s)', (dialect) => {
  let stack: Stack;
  let auditor: string;
  let clerk: string;
  beforeAll(async () => {
    // Off by default outside production: turned on here as a production gateway has it.
    stack = await startStack(dialect, { gateway: { settings: { responseCache: { maxEntries: 1000, maxBytes: 8 * 1024 * 1024 } } } });
    auditor = await signToken({ role: 'auditor', region: '4310', dept: 'audit' });
    clerk = await signToken({ role: 'staff', region: COUNTY, dept: 'finance', sub: 'finance-clerk' });
  });
  afterAll(() => stack?.stop());

  it('answers a repeated anonymous query from the cache without asking the subgraph', async () => {
    const first = await stack.query(LEDGER);
    expect(first.body.errors).toBeUndefined();
    const { result: second, statements } = await countStatements(stack, () => stack.query(LEDGER));
    expect(second.headers.get(CACHE)).toBe('HIT');
    expect(second.body).toEqual(first.body);
    expect(statements.finance).toBe(0);
  });

  it('never serves a signed-in caller from the cache, and tells shared caches not to keep their answers', async () => {
    await stack.query(LEDGER);
    const { result, statements } = await countStatements(stack, () => stack.query(LEDGER, {}, { token: auditor }));
    expect(result.headers.get(CACHE)).toBeNull();
    expect(result.headers.get('cache-control')).toBe('no-store');
    expect(statements.finance).toBeGreaterThan(0);
  });

  it("never serves one caller's answer to another, in either direction", async () => {
    const anonymous = await stack.query(PAYMENTS);
    expect(anonymous.body.errors).toBeUndefined();
    const hidden = anonymous.body.data.payments.edges.map((e: { node: { recipient: { personKey: string | null } } }) => e.node.recipient.personKey);
    expect(hidden).toEqual([null, null, null]);

    const signedIn = await stack.query(PAYMENTS, {}, { token: auditor });
    const keys = signedIn.body.data.payments.edges.map((e: { node: { recipient: { personKey: string | null } } }) => e.node.recipient.personKey);
    expect(keys.every((k: string | null) => typeof k === 'string' && k.length === 64)).toBe(true);

    const again = await stack.query(PAYMENTS);
    expect(again.headers.get(CACHE)).toBe('HIT');
    expect(again.body).toEqual(anonymous.body);
  });

  it('drops the answers an import changes: the next anonymous query sees the new totals', async () => {
    const before = await stack.query(LEDGER);
    expect((await stack.query(LEDGER)).headers.get(CACHE)).toBe('HIT');
    const imported = await stack.query(
      IMPORT,
      {
        input: {
          batchKey: 'cache-invalidation-1',
          entries: [{ regionCode: VILLAGE, period: '2017-03', date: '2017-03-09', direction: 'INCOME', category: 'OTHER', amount: '123.45', summary: '存款利息收入' }],
        },
      },
      { token: clerk },
    );
    expect(imported.body.errors).toBeUndefined();
    const after = await stack.query(LEDGER);
    expect(after.headers.get(CACHE)).not.toBe('HIT');
    const summary = (r: typeof before) => r.body.data.region.ledgerSummary as { income: string; entryCount: number };
    expect(summary(after).entryCount).toBe(summary(before).entryCount + 1);
    expect(Math.round(Number(summary(after).income) * 100)).toBe(Math.round(Number(summary(before).income) * 100) + 12345);
  });

  it('takes automatic persisted queries: a known hash stands for its query', async () => {
    const query = `{ regions(level: COUNTY, parentCode: "4310") { code } }`;
    const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') };
    const post = (body: unknown) =>
      fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json() as Promise<GraphQLResponse['body']>);
    const unknown = await post({ extensions: { persistedQuery } });
    expect(unknown.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await post({ query, extensions: { persistedQuery } });
    expect(registered.data?.regions).toHaveLength(11);
    expect(await post({ extensions: { persistedQuery } })).toEqual(registered);
  });
});
