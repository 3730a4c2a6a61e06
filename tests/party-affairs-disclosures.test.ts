import { DIALECTS } from './helpers/databases';
import { countStatements, startStack, type GraphQLResponse, type Stack } from './helpers/stack';
import { signToken } from './helpers/tokens';

/**
 * Disclosure compliance through the gateway, over the demo seed: 北湖路社区 (431002001001)
 * published its March 2017 finances late and never published its first-quarter village affairs.
 */
const VILLAGE = '431002001001';
const TOWNSHIP = '431002001';
const COUNTY = '431002';

const COMPLIANCE = `query Compliance($village: ID!, $township: ID!, $county: ID!) {
  village: region(code: $village) { ...figures }
  township: region(code: $township) { ...figures }
  county: region(code: $county) { ...figures }
}
fragment figures on Region { disclosureCompliance(period: "2017-03") { expected published late missing pending } }`;

interface Figures {
  expected: number;
  published: number;
  late: number;
  missing: number;
  pending: number;
}

describe.each(DIALECTS)('party-affairs disclosures through the gateway (%s)', (dialect) => {
  let stack: Stack;
  let partyStaff: string;
  beforeAll(async () => {
    stack = await startStack(dialect);
    partyStaff = await signToken({ role: 'staff', region: COUNTY, dept: 'party' });
  });
  afterAll(() => stack?.stop());

  const compliance = async () => {
    const { body } = await stack.query<Record<'village' | 'township' | 'county', { disclosureCompliance: Figures }>>(COMPLIANCE, {
      village: VILLAGE,
      township: TOWNSHIP,
      county: COUNTY,
    });
    expect(body.errors).toBeUndefined();
    return {
      village: body.data!.village.disclosureCompliance,
      township: body.data!.township.disclosureCompliance,
      county: body.data!.county.disclosureCompliance,
    };
  };

  it('shows the late notice with its due date, to the public', async () => {
    const { body } = await stack.query(`{ region(code: "${VILLAGE}") { name disclosures(period: "2017-03") {
      totalCount edges { node { id domain title period dueBy publishedAt isLate region { code name } } } } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.region.disclosures).toEqual({
      totalCount: 2,
      edges: [
        {
          node: {
            id: 'DIS-431002001001-FINANCE-2017-03',
            domain: 'FINANCE',
            title: '北湖路社区2017-03财务公开',
            period: '2017-03',
            dueBy: '2017-05-02',
            publishedAt: '2017-05-08T01:30:00.000Z',
            isLate: true,
            region: { code: VILLAGE, name: '北湖路社区' },
          },
        },
        {
          node: {
            id: 'DIS-431002001001-PARTY-2017-03',
            domain: 'PARTY',
            title: '北湖路社区2017-03党务公开',
            period: '2017-03',
            dueBy: '2017-05-02',
            publishedAt: '2017-04-10T01:30:00.000Z',
            isLate: false,
            region: { code: VILLAGE, name: '北湖路社区' },
          },
        },
      ],
    });
  });

  it('counts the late and the missing notice in the village’s, township’s and county’s figures, then moves each by one when the missing one is published', async () => {
    const before = await compliance();
    expect(before).toEqual({
      village: { expected: 3, published: 2, late: 1, missing: 1, pending: 0 },
      township: { expected: 41, published: 40, late: 4, missing: 1, pending: 0 },
      county: { expected: 523, published: 505, late: 39, missing: 18, pending: 0 },
    });

    const { body } = await stack.query(
      `mutation Publish($input: PublishDisclosureInput!) { publishDisclosure(input: $input) { id domain period dueBy isLate region { code } } }`,
      { input: { regionCode: VILLAGE, domain: 'VILLAGE', period: '2017-03', title: '北湖路社区2017年第一季度村务公开', content: '补充公开第一季度村务。' } },
      { token: partyStaff },
    );
    expect(body.errors).toBeUndefined();
    // Published years after its due date: late.
    expect(body.data.publishDisclosure).toEqual({
      id: 'DIS-431002001001-VILLAGE-2017-03',
      domain: 'VILLAGE',
      period: '2017-03',
      dueBy: '2017-05-02',
      isLate: true,
      region: { code: VILLAGE },
    });

    const after = await compliance();
    for (const level of ['village', 'township', 'county'] as const) {
      expect(after[level]).toEqual({
        expected: before[level].expected,
        published: before[level].published + 1,
        late: before[level].late + 1,
        missing: before[level].missing - 1,
        pending: 0,
      });
    }
  });

  it('pages through a county’s village-affairs notices of a quarter in region order, each once', async () => {
    const page = `query Notices($after: String) { region(code: "${COUNTY}") { disclosures(domain: VILLAGE, period: "2017-03", first: 40, after: $after) {
      totalCount edges { node { id region { code } domain period } } pageInfo { hasNextPage endCursor } } } }`;
    const nodes: Array<{ id: string; region: { code: string }; domain: string; period: string }> = [];
    let after: string | null = null;
    let totalCount = 0;
    for (;;) {
      const { body }: GraphQLResponse = await stack.query(page, { after });
      expect(body.errors).toBeUndefined();
      const connection: { totalCount: number; edges: Array<{ node: (typeof nodes)[number] }>; pageInfo: { hasNextPage: boolean; endCursor: string } } =
        body.data.region.disclosures;
      totalCount = connection.totalCount;
      nodes.push(...connection.edges.map((e) => e.node));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    // Of 北湖区's 165 villages, 160 published in the seed, and 北湖路社区 published above.
    expect(totalCount).toBe(161);
    expect(nodes).toHaveLength(totalCount);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(totalCount);
    const codes = nodes.map((n) => n.region.code);
    expect(codes).toEqual([...codes].sort());
    expect(nodes.every((n) => n.domain === 'VILLAGE' && n.period === '2017-03' && n.region.code.startsWith(COUNTY))).toBe(true);
    expect(codes).toContain(VILLAGE);
  });

  it('refuses a second notice for the same village, domain and period', async () => {
    const { body } = await stack.query(
      `mutation { publishDisclosure(input: { regionCode: "${VILLAGE}", domain: FINANCE, period: "2017-03", title: "再次公开", content: "重复" }) { id } }`,
      {},
      { token: partyStaff },
    );
    expect(body.data).toBeNull();
    expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0].message).toBe('FINANCE for 2017-03 of region 431002001001 is already published as DIS-431002001001-FINANCE-2017-03');
  });

  it.each([
    ['the public', undefined, 'UNAUTHENTICATED'],
    ['finance staff of the county', { role: 'staff', region: COUNTY, dept: 'finance' }, 'FORBIDDEN'],
    ['party staff of another county', { role: 'staff', region: '431003', dept: 'party' }, 'FORBIDDEN'],
    ['an auditor', { role: 'auditor', region: '4310', dept: 'audit' }, 'FORBIDDEN'],
  ] as const)('refuses publishing to %s and writes nothing', async (_label, claims, code) => {
    const token = claims ? await signToken(claims) : undefined;
    const { body } = await stack.query(
      `mutation { publishDisclosure(input: { regionCode: "${VILLAGE}", domain: FINANCE, period: "2018-01", title: "一月财务", content: "收支" }) { id } }`,
      {},
      { token },
    );
    expect(body.errors![0].extensions!.code).toBe(code);
    const { body: check } = await stack.query(`{ disclosure(id: "DIS-${VILLAGE}-FINANCE-2018-01") { id } }`);
    expect(check.data.disclosure).toBeNull();
  });

  it('refuses a quarterly notice for a month that does not end a quarter', async () => {
    const { body } = await stack.query(
      `mutation { publishDisclosure(input: { regionCode: "${VILLAGE}", domain: PARTY, period: "2017-04", title: "党务", content: "党务" }) { id } }`,
      {},
      { token: partyStaff },
    );
    expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0].message).toBe("PARTY notices cover a quarter: give the quarter's last month (03, 06, 09 or 12), not 2017-04");
  });

  it('answers the compliance of all 11 counties and 162 townships of Chenzhou with one statement per level, and each county’s figures are the sum of its townships’', async () => {
    const query = `{ region(code: "4310") { children { code disclosureCompliance(period: "2017-06") { expected published late missing }
      children { code disclosureCompliance(period: "2017-06") { expected published late missing } } } } }`;
    // An auditor's cost budget covers the whole city; the public's does not.
    const auditor = await signToken({ role: 'auditor', region: '4310', dept: 'audit' });
    await stack.query(query, {}, { token: auditor }); // the first read of a month checks it is materialised
    const { result, statements } = await countStatements(stack, () => stack.query(query, {}, { token: auditor }));
    expect(result.body.errors).toBeUndefined();
    const counties = result.body.data.region.children;
    const townships = counties.flatMap((c: { children: unknown[] }) => c.children);
    expect(counties).toHaveLength(11);
    expect(townships).toHaveLength(162);
    // Counties and townships are two levels of the plan: one batched statement each.
    expect(statements['party-affairs']).toBe(2);
    for (const county of counties) {
      for (const figure of ['expected', 'published', 'late', 'missing'] as const) {
        const sum = county.children.reduce((acc: number, t: { disclosureCompliance: Figures }) => acc + t.disclosureCompliance[figure], 0);
        expect(county.disclosureCompliance[figure]).toBe(sum);
      }
    }
    // 2,420 villages owe FINANCE, VILLAGE and PARTY for June; 162 townships GOVERNMENT and PARTY.
    const expected = counties.reduce((acc: number, c: { disclosureCompliance: Figures }) => acc + c.disclosureCompliance.expected, 0);
    expect(expected).toBe(2420 * 3 + 162 * 2);
  });

  it('refuses compliance for a month that has not begun', async () => {
    const { body } = await stack.query(`{ region(code: "${VILLAGE}") { disclosureCompliance(period: "2999-01") { expected } } }`);
    expect(body.data.region.disclosureCompliance).toBeNull();
    expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});
