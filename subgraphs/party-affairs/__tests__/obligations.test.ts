import { DIALECTS } from '../../../tests/helpers/databases';
import { startSubgraph, type RunningSubgraph } from '../../../tests/helpers/stack';
import { signToken } from '../../../tests/helpers/tokens';
import { ensureObligations } from '../src/datasources/obligations';

/**
 * The seed materialises the obligations of 2017; later months are materialised the first time
 * they are used, by a read of compliance or by a publication.
 */
describe.each(DIALECTS)('disclosure obligations of months after the seed (%s)', (dialect) => {
  let subgraph: RunningSubgraph;
  beforeAll(async () => {
    subgraph = await startSubgraph('party-affairs', dialect);
  });
  afterAll(() => subgraph?.stop());

  const compliance = (code: string, period: string) =>
    subgraph.query(`{ _entities(representations: [{ __typename: "Region", code: "${code}" }]) {
      ... on Region { disclosureCompliance(period: "${period}") { expected published late missing pending } } } }`);
  const periods = async () =>
    (await subgraph.db.knex('disclosure_periods').select('period').orderBy('period')).map((r: { period: string }) => r.period);

  it('starts with the twelve months of 2017', async () => {
    expect(await periods()).toEqual(['2017-01', '2017-02', '2017-03', '2017-04', '2017-05', '2017-06', '2017-07', '2017-08', '2017-09', '2017-10', '2017-11', '2017-12']);
  });

  it('materialises January 2018 on the first read: 2,420 villages owe their finances, none published', async () => {
    const first = await compliance('4310', '2018-01');
    expect(first.body).toEqual({ data: { _entities: [{ disclosureCompliance: { expected: 2420, published: 0, late: 0, missing: 2420, pending: 0 } }] } });
    const [{ n }] = await subgraph.db.knex('disclosure_obligations').where({ period: '2018-01' }).count({ n: '*' });
    expect(Number(n)).toBe(2420);

    const before = subgraph.db.statements.total;
    const again = await compliance('4310', '2018-01');
    expect(again.body).toEqual(first.body);
    // Known month: the aggregate alone.
    expect(subgraph.db.statements.total - before).toBe(1);
  });

  it('materialises a month once when two requests race for it', async () => {
    const knex = subgraph.db.knex;
    await Promise.all([ensureObligations(knex, ['2018-02']), ensureObligations(knex, ['2018-02'])]);
    const [{ n }] = await knex('disclosure_obligations').where({ period: '2018-02' }).count({ n: '*' });
    expect(Number(n)).toBe(2420);
    expect((await periods()).slice(-2)).toEqual(['2018-01', '2018-02']);
  });

  it('materialises a month when a notice for it is published first, and counts that notice', async () => {
    const staff = await signToken({ role: 'staff', region: '431002001001', dept: 'party' });
    const published = await subgraph.query(
      `mutation { publishDisclosure(input: { regionCode: "431002001001", domain: VILLAGE, period: "2018-03", title: "第一季度村务", content: "村务" }) { id dueBy isLate } }`,
      {},
      { token: staff },
    );
    expect(published.body).toEqual({ data: { publishDisclosure: { id: 'DIS-431002001001-VILLAGE-2018-03', dueBy: '2018-04-28', isLate: true } } });
    const village = await compliance('431002001001', '2018-03');
    expect(village.body.data._entities[0].disclosureCompliance).toEqual({ expected: 3, published: 1, late: 1, missing: 2, pending: 0 });
    const city = await compliance('4310', '2018-03');
    expect(city.body.data._entities[0].disclosureCompliance).toEqual({ expected: 2420 * 3 + 162 * 2, published: 1, late: 1, missing: 2420 * 3 + 162 * 2 - 1, pending: 0 });
  });

  it('refuses a township notice of a domain only villages publish', async () => {
    const staff = await signToken({ role: 'staff', region: '431002', dept: 'party' });
    const { body } = await subgraph.query(
      `mutation { publishDisclosure(input: { regionCode: "431002001", domain: FINANCE, period: "2017-05", title: "财务", content: "财务" }) { id } }`,
      {},
      { token: staff },
    );
    expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0].message).toBe('A township does not publish FINANCE notices');
  });
});
