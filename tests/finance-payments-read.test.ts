import { demoPayments } from '../lib/demo/payments';
import { demoPeople } from '../lib/demo/people';
import { maskIdNumber, maskName, personKey } from '../lib/person';
import { villagesUnder } from '../lib/regions/divisions';
import { DIALECTS } from './helpers/databases';
import { countStatements, startStack, type GraphQLResponse, type Stack } from './helpers/stack';
import { signToken, TEST_PERSON_KEY_SECRET } from './helpers/tokens';

const VILLAGE = '431002001001';
const TOWNSHIP = '431002001';

const PAGE = `query Page($region: ID!, $first: Int, $after: String, $program: ID, $period: Period) {
  payments(regionCode: $region, first: $first, after: $after, programCode: $program, period: $period) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id amount period paidAt status recipient { maskedName maskedIdNumber personKey } village { code name } program { code name } project { id name } } }
  }
}`;

const yuan = (fen: number) => (fen / 100).toFixed(2);

/** Every raw name and ID number of the demo residents of the villages under a region. */
function rawIdentities(regionCode: string): string[] {
  return villagesUnder(regionCode).flatMap((v) => demoPeople(v.code).flatMap((p) => [p.name, p.idNumber]));
}

describe.each(DIALECTS)('finance payments and fund projects, read through the gateway (%s)', (dialect) => {
  let stack: Stack;
  let auditor: string;
  beforeAll(async () => {
    stack = await startStack(dialect);
    auditor = await signToken({ role: 'auditor', region: '4310', dept: 'audit', sub: 'auditor-7' });
  });
  afterAll(() => stack?.stop());

  // The page-size test reads as auditor-bulk; its rows are not what these assertions are about.
  const accessLog = (action: string, subject?: string) =>
    stack.subgraphs.finance.db
      .knex('access_log')
      .where({ action, ...(subject ? { subject } : {}) })
      .andWhere((q) => q.whereNull('actor_sub').orWhereNot('actor_sub', 'auditor-bulk'))
      .orderBy('at')
      .select('actor_sub', 'actor_roles', 'action', 'subject', 'region_code');

  it('lists the fund programme catalogue', async () => {
    const { body } = await stack.query('{ fundPrograms { code name department standardAmount meansTested } }');
    expect(body).toEqual({
      data: {
        fundPrograms: [
          { code: 'DIBAO', name: '农村最低生活保障金', department: '民政局', standardAmount: '260.00', meansTested: true },
          { code: 'DISABILITY', name: '困难残疾人生活补贴和重度残疾人护理补贴', department: '残疾人联合会', standardAmount: '60.00', meansTested: true },
          { code: 'FARMLAND', name: '耕地地力保护补贴', department: '财政局', standardAmount: '1500.00', meansTested: false },
          { code: 'TEKUN', name: '特困人员救助供养金', department: '民政局', standardAmount: '500.00', meansTested: true },
        ],
      },
    });
  });

  it("totals a county project from its payments, with an allocation above them", async () => {
    const county = villagesUnder('431002').flatMap((v) => demoPayments(v.code)).filter((p) => p.programCode === 'DIBAO');
    const { body } = await stack.query(
      '{ fundProject(id: "PRJ-431002-2017-DIBAO") { name year status allocated disbursed beneficiaryCount program { code } region { code name } payments(first: 2) { totalCount edges { node { id } } } } }',
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.fundProject).toEqual({
      name: '北湖区2017年农村最低生活保障金',
      year: 2017,
      status: 'ACTIVE',
      allocated: '710000.00',
      disbursed: '566410.00',
      beneficiaryCount: 498,
      program: { code: 'DIBAO' },
      region: { code: '431002', name: '北湖区' },
      payments: { totalCount: 2997, edges: [{ node: { id: 'PAY-431002001001-201701-DIBAO-0' } }, { node: { id: 'PAY-431002001001-201701-DIBAO-1' } }] },
    });
    // The seed's numbers are those of lib/demo's payments, summed independently here.
    expect(yuan(county.reduce((sum, p) => sum + p.amount, 0))).toBe('566410.00');
    expect(new Set(county.map((p) => p.person.idNumber)).size).toBe(498);
    expect(county).toHaveLength(2997);
  });

  it("lists a village's projects: those of its county", async () => {
    const { body } = await stack.query(`{ region(code: "${VILLAGE}") { fundProjects(year: 2017) { id } } }`);
    expect(body.data.region.fundProjects.map((p: { id: string }) => p.id)).toEqual([
      'PRJ-431002-2017-DIBAO',
      'PRJ-431002-2017-DISABILITY',
      'PRJ-431002-2017-FARMLAND',
      'PRJ-431002-2017-TEKUN',
    ]);
    const city = await stack.query('{ region(code: "4310") { fundProjects { id } } }');
    expect(city.body.data.region.fundProjects).toHaveLength(44);
  });

  it('pages through every payment of a township in village and id order, masked', async () => {
    const expected = villagesUnder(TOWNSHIP)
      .flatMap((v) => demoPayments(v.code))
      .sort((a, b) => (a.villageCode + a.id < b.villageCode + b.id ? -1 : 1));
    const seen: Array<Record<string, any>> = [];
    let after: string | null = null;
    let pages = 0;
    let totalCount = 0;
    do {
      const res: GraphQLResponse = await stack.query(PAGE, { region: TOWNSHIP, first: 100, after });
      expect(res.body.errors).toBeUndefined();
      const page = res.body.data.payments;
      totalCount = page.totalCount;
      seen.push(...page.edges.map((e: { node: Record<string, any> }) => e.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(totalCount).toBe(expected.length);
    expect(pages).toBe(Math.ceil(expected.length / 100));
    expect(seen.map((p) => p.id)).toEqual(expected.map((p) => p.id));
    const first = expected[0];
    expect(seen[0]).toEqual({
      id: first.id,
      amount: yuan(first.amount),
      period: first.period,
      paidAt: first.paidAt,
      status: 'PAID',
      recipient: { maskedName: maskName(first.person.name), maskedIdNumber: maskIdNumber(first.person.idNumber), personKey: null },
      village: { code: first.villageCode, name: '北湖路社区' },
      program: { code: first.programCode, name: '农村最低生活保障金' },
      project: { id: first.projectId, name: '北湖区2017年农村最低生活保障金' },
    });
    expect(seen.every((p) => p.recipient.personKey === null)).toBe(true);
  });

  it('filters by programme and period together', async () => {
    const expected = villagesUnder('431002')
      .flatMap((v) => demoPayments(v.code))
      .filter((p) => p.programCode === 'DIBAO' && p.period === '2017-05');
    const { body } = await stack.query(PAGE, { region: '431002', program: 'DIBAO', period: '2017-05', first: 5 });
    expect(body.data.payments.totalCount).toBe(expected.length);
    expect(body.data.payments.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(expected.slice(0, 5).map((p) => p.id));
  });

  it('gives auditors pages of up to 500 payments and everyone else up to 100', async () => {
    const page = `query($first: Int) { payments(regionCode: "431002", first: $first) { edges { node { id } } pageInfo { hasNextPage } } }`;
    const bulkReader = await signToken({ role: 'auditor', region: '4310', dept: 'audit', sub: 'auditor-bulk' });
    const forAuditor = await stack.query(page, { first: 500 }, { token: bulkReader });
    expect(forAuditor.body.errors).toBeUndefined();
    expect(forAuditor.body.data.payments.edges).toHaveLength(500);
    const forPublic = await stack.query(page, { first: 100 });
    expect(forPublic.body.data.payments.edges).toHaveLength(100);
    expect(forPublic.body.data.payments.pageInfo.hasNextPage).toBe(true);
  });

  it('never shows the public an unmasked name or ID number', async () => {
    const identities = rawIdentities(TOWNSHIP);
    const person = demoPeople(VILLAGE)[0];
    const responses = [
      await stack.query(PAGE, { region: TOWNSHIP, first: 100 }),
      await stack.query(`{ payment(id: "PAY-${VILLAGE}-201701-DIBAO-0") { recipient { maskedName maskedIdNumber personKey payments { totalCount } } } }`),
      await stack.query(`{ fundProject(id: "PRJ-431002-2017-DIBAO") { payments(first: 100) { edges { node { recipient { maskedName maskedIdNumber } } } } } }`),
      await stack.query('query Mine($id: String!, $name: String!) { mySubsidies(idNumber: $id, name: $name) { id recipient { maskedName maskedIdNumber personKey } } }', {
        id: person.idNumber,
        name: person.name,
      }),
    ];
    for (const res of responses) {
      const json = JSON.stringify(res.body);
      expect(identities.filter((raw) => json.includes(raw))).toEqual([]);
    }
    // A person's full payment list is not the public's.
    expect((responses[1].body.errors ?? []).map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(responses[1].body.data.payment.recipient.payments).toBeNull();
  });

  it("shows an auditor the person keys and a person's payments, and logs the reads", async () => {
    const person = demoPeople(VILLAGE)[0];
    const key = personKey(TEST_PERSON_KEY_SECRET, person.idNumber);
    const expected = demoPayments(VILLAGE).filter((p) => p.person.index === 0);
    const { body } = await stack.query(
      `{ payment(id: "PAY-${VILLAGE}-201701-DIBAO-0") { recipient { personKey maskedName payments(first: 50) { totalCount edges { node { id } } } } } }`,
      undefined,
      { token: auditor },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.payment.recipient).toEqual({
      personKey: key,
      maskedName: maskName(person.name),
      payments: { totalCount: expected.length, edges: expected.map((p) => ({ node: { id: p.id } })).sort((a, b) => (a.node.id < b.node.id ? -1 : 1)) },
    });
    // Each read is filed under the village of what it read: the person's payments are all in it.
    expect(await accessLog('person.payments')).toEqual([{ actor_sub: 'auditor-7', actor_roles: 'auditor', action: 'person.payments', subject: key, region_code: VILLAGE }]);
    expect(await accessLog('payment.read')).toEqual([
      { actor_sub: 'auditor-7', actor_roles: 'auditor', action: 'payment.read', subject: `PAY-${VILLAGE}-201701-DIBAO-0`, region_code: VILLAGE },
    ]);

    const list = await stack.query(PAGE, { region: VILLAGE, first: 3 }, { token: auditor });
    expect(list.body.data.payments.edges.map((e: { node: { recipient: { personKey: string } } }) => e.node.recipient.personKey)).toEqual(
      demoPayments(VILLAGE)
        .slice(0, 3)
        .map((p) => personKey(TEST_PERSON_KEY_SECRET, p.person.idNumber)),
    );
    expect(await accessLog('payments.list')).toEqual([
      { actor_sub: 'auditor-7', actor_roles: 'auditor', action: 'payments.list', subject: `${VILLAGE} * *`, region_code: VILLAGE },
    ]);
  });

  it("logs an auditor's read of a project's payment list", async () => {
    const { body } = await stack.query('{ fundProject(id: "PRJ-431002-2017-TEKUN") { payments(first: 1) { totalCount } } }', undefined, { token: auditor });
    const tekun = villagesUnder('431002').flatMap((v) => demoPayments(v.code)).filter((p) => p.programCode === 'TEKUN');
    expect(tekun).toHaveLength(990);
    expect(body).toEqual({ data: { fundProject: { payments: { totalCount: 990 } } } });
    expect(await accessLog('project.payments')).toEqual([
      { actor_sub: 'auditor-7', actor_roles: 'auditor', action: 'project.payments', subject: 'PRJ-431002-2017-TEKUN', region_code: '431002' },
    ]);
  });

  it("answers every county's projects in one statement", async () => {
    const { result, statements } = await countStatements(stack, () =>
      stack.query('{ region(code: "4310") { children { code fundProjects(year: 2017) { id } } } }'),
    );
    const counties = result.body.data.region.children;
    expect(counties).toHaveLength(11);
    expect(counties[10]).toEqual({
      code: '431081',
      fundProjects: ['DIBAO', 'DISABILITY', 'FARMLAND', 'TEKUN'].map((program) => ({ id: `PRJ-431081-2017-${program}` })),
    });
    // The region, its children, and the projects of all eleven.
    expect(statements.finance).toBe(3);
  });

  it('hides person keys from an auditor of another county', async () => {
    const other = await signToken({ role: 'auditor', region: '431003', dept: 'audit' });
    const { body } = await stack.query(PAGE, { region: VILLAGE, first: 1 }, { token: other });
    expect(body.data.payments.edges[0].node.recipient.personKey).toBeNull();
  });

  it("returns exactly a resident's own payments to mySubsidies, and logs the lookup", async () => {
    const person = demoPeople(VILLAGE)[1];
    const key = personKey(TEST_PERSON_KEY_SECRET, person.idNumber);
    const expected = demoPayments(VILLAGE)
      .filter((p) => p.person.index === 1)
      .sort((a, b) => (a.paidAt + a.id < b.paidAt + b.id ? -1 : 1));
    const query = 'query Mine($id: String!, $name: String!) { mySubsidies(idNumber: $id, name: $name) { id amount paidAt program { code } recipient { maskedName } } }';
    const { body } = await stack.query(query, { id: person.idNumber, name: person.name });
    expect(body.errors).toBeUndefined();
    expect(body.data.mySubsidies).toEqual(
      expected.map((p) => ({ id: p.id, amount: yuan(p.amount), paidAt: p.paidAt, program: { code: p.programCode }, recipient: { maskedName: maskName(person.name) } })),
    );
    expect(body.data.mySubsidies).toHaveLength(7);

    const wrongName = await stack.query(query, { id: person.idNumber, name: `${person.name}甲` });
    expect(wrongName.body).toEqual({ data: { mySubsidies: [] } });

    const lowercase = await stack.query(query, { id: person.idNumber.toLowerCase(), name: ` ${person.name} ` });
    expect(lowercase.body.data.mySubsidies).toHaveLength(7);

    const badDigit = `${person.idNumber.slice(0, 17)}${person.idNumber[17] === '0' ? '1' : '0'}`;
    const bad = await stack.query(query, { id: badDigit, name: person.name });
    expect(bad.body.data).toBeNull();
    expect((bad.body.errors ?? []).map((e) => [e.extensions?.code, e.message])).toEqual([
      ['BAD_USER_INPUT', 'ID number check digit is wrong; check the number on your ID card'],
    ]);

    // Filed under the village of the payments found; the lookup that found none under the province.
    expect(await accessLog('mySubsidies', key)).toEqual(
      [VILLAGE, '43', VILLAGE].map((region) => ({ actor_sub: null, actor_roles: 'public', action: 'mySubsidies', subject: key, region_code: region })),
    );
  });

  it('costs the same number of SQL statements for a page of 10 and of 100 (gateway and subgraph)', async () => {
    const counts: number[] = [];
    const headers: Array<string | null> = [];
    for (const first of [10, 100]) {
      const { result, statements } = await countStatements(stack, () => stack.query(PAGE, { region: '4310', first }));
      expect(result.body.errors).toBeUndefined();
      expect(result.body.data.payments.edges).toHaveLength(first);
      counts.push(statements.finance);
      const direct = await stack.subgraphs.finance.query(PAGE, { region: '4310', first });
      expect(direct.body.data.payments.edges).toHaveLength(first);
      headers.push(direct.headers.get('x-sql-statements'));
    }
    // The page and its count, then one statement each for the recipients, villages, programmes and projects.
    expect(counts).toEqual([6, 6]);
    expect(headers).toEqual(['6', '6']);
  });

  it('resolves 10 and 100 entity references of each type with the same number of statements', async () => {
    const ids = villagesUnder('431002').flatMap((v) => demoPayments(v.code)).map((p) => p.id);
    const entities = `query Refs($reps: [_Any!]!) { _entities(representations: $reps) {
      ... on Payment { id recipient { maskedName } village { name } project { name } }
      ... on FundProject { id name }
      ... on Person { maskedName }
    } }`;
    const cost = async (n: number) => {
      const reps = [
        ...ids.slice(0, n).map((id) => ({ __typename: 'Payment', id })),
        ...ids.slice(0, n).map((id) => ({ __typename: 'FundProject', id: `PRJ-${id.slice(4, 10)}-2017-DIBAO` })),
        ...villagesUnder('431002')
          .slice(0, n)
          .map((v) => ({ __typename: 'Person', personKey: personKey(TEST_PERSON_KEY_SECRET, demoPeople(v.code)[0].idNumber) })),
      ];
      const res = await stack.subgraphs.finance.query(entities, { reps });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data._entities.filter((e: unknown) => e !== null)).toHaveLength(3 * n);
      return res.headers.get('x-sql-statements');
    };
    // One each for the payments, the project references, the person references, then one each
    // for the payments' recipients, villages and projects: six, however many references.
    expect([await cost(10), await cost(100)]).toEqual(['6', '6']);
  });
});
