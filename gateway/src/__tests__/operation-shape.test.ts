import { buildSchema, getOperationAST, parse } from 'graphql';
import { measureOperation } from '../limits/operation-shape';

const schema = buildSchema(`
  type Query {
    region(code: ID!): Region
    regions(level: RegionLevel!, parentCode: ID): [Region!]!
    payments(first: Int, after: String): PaymentConnection!
    complaints(first: Int = 5): [Complaint!]!
  }
  enum RegionLevel { PROVINCE CITY COUNTY TOWNSHIP VILLAGE }
  type Mutation { submitComplaint(content: String!): Complaint! }
  type Region { code: ID! name: String! parent: Region children: [Region!]! tags: [String!]! summary: Summary }
  type Summary { income: Int! }
  type PaymentConnection { totalCount: Int! edges: [PaymentEdge!]! }
  type PaymentEdge { cursor: String! node: Payment! }
  type Payment { id: ID! village: Region }
  type Complaint { id: ID! region: Region }
`);

function measure(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  return measureOperation(schema, document, getOperationAST(document)!, variables);
}

describe('measureOperation', () => {
  it('costs 1 per object field, times the size hint of lists without first', () => {
    // region 1 + its children (1 each, 30 expected) ; leaves cost nothing
    expect(measure('{ region(code: "4310") { name tags children { name } } }')).toEqual({
      depth: 3,
      aliases: 0,
      rootFieldCount: 1,
      rootFields: new Map([['region', 1]]),
      introspection: false,
      cost: 31,
      widestList: null,
    });
    // an unhinted list counts 20
    expect(measure('{ region(code: "43") { children { children { code } } } }').cost).toBe(1 + 30 * (1 + 30));
  });

  it('counts regions as the divisions of data/hunan-divisions.csv its level and parentCode select', () => {
    // 29,534 villages in the province, each with a summary: the query the public budget let through
    const villages = measure('{ regions(level: VILLAGE) { code name summary { income } } }');
    expect(villages.cost).toBe(29_534 * 2);
    expect(villages.widestList).toEqual({
      field: 'Query.regions',
      size: 29_534,
      advice: 'give parentCode to list only the divisions under one parent',
    });
    expect(measure('{ regions(level: TOWNSHIP) { code summary { income } } }').cost).toBe(2008 * 2);
    // 人民路街道 (431002001) has 13 villages; 北湖区 (431002) 14 townships, each with 30 expected children
    expect(measure('{ regions(level: VILLAGE, parentCode: "431002001") { code summary { income } } }').cost).toBe(13 * 2);
    expect(measure('{ regions(level: TOWNSHIP, parentCode: "431002") { children { code } } }').cost).toBe(14 * (1 + 30));
    expect(measure('{ regions(level: COUNTY) { code } }').cost).toBe(134);
    expect(measure('{ regions(level: PROVINCE) { code } }').cost).toBe(1);
    // a parent at another level, or none such: nothing to list
    expect(measure('{ regions(level: VILLAGE, parentCode: "4310") { code } }').cost).toBe(0);
    expect(measure('{ regions(level: VILLAGE, parentCode: "99") { code } }').cost).toBe(0);
  });

  it('reads regions arguments from variables as from literals, and keeps the widest list', () => {
    const query = 'query R($level: RegionLevel!, $parent: ID) { regions(level: $level, parentCode: $parent) { code summary { income } } }';
    expect(measure(query, { level: 'VILLAGE' }).cost).toBe(29_534 * 2);
    expect(measure(query, { level: 'VILLAGE', parent: null }).cost).toBe(29_534 * 2);
    expect(measure(query, { level: 'VILLAGE', parent: '431002001' }).cost).toBe(13 * 2);
    const both = measure(`
      { t: regions(level: TOWNSHIP) { code } ...V }
      fragment V on Query { v: regions(level: VILLAGE, parentCode: "431002001") { code } }
    `);
    expect(both.cost).toBe(2008 + 13);
    expect(both.widestList).toMatchObject({ field: 'Query.regions', size: 2008 });
  });

  it('counts first from a variable as much as the same literal, and a page once', () => {
    const query = 'query Pay($n: Int) { payments(first: $n) { totalCount edges { cursor node { id village { name } } } } }';
    const literal = measure('{ payments(first: 1000) { totalCount edges { cursor node { id village { name } } } } }');
    // payments: (1 + edges 1 + node 1 + village 1) per row: the edges list is the page itself
    expect(literal.cost).toBe(1000 * 4);
    expect(measure(query, { n: 1000 }).cost).toBe(literal.cost);
    expect(measure(query, { n: 2_000_000_000 }).cost).toBe(8_000_000_000);
    // no first: the contract's default page of 20; a schema default is used when there is one
    expect(measure(query).cost).toBe(20 * 4);
    expect(measure('{ complaints { id } }').cost).toBe(5);
    expect(measure('{ payments(first: -3) { totalCount } }').cost).toBe(0);
  });

  it('measures depth through fragments and inline fragments', () => {
    const shape = measure(`
      query { region(code: "43") { ...Up } }
      fragment Up on Region { parent { ... on Region { parent { parent { name } } } } }
    `);
    expect(shape.depth).toBe(5);
    expect(shape.cost).toBe(4);
  });

  it('counts every alias and every root field occurrence, through fragments', () => {
    const shape = measure(`
      mutation { a: submitComplaint(content: "x") { id } b: submitComplaint(content: "y") { id } ...More }
      fragment More on Mutation { c: submitComplaint(content: "z") { i: id } }
    `);
    expect(shape.rootFieldCount).toBe(3);
    expect(shape.rootFields).toEqual(new Map([['submitComplaint', 3]]));
    expect(shape.aliases).toBe(4);
  });

  it('measures each fragment once, however often it expands', () => {
    // F40 expands to 2^40 aliased fields: the counts are exact and the walk stays linear.
    const fragments = ['fragment F0 on Query { x: region(code: "43") { name } }'];
    for (let i = 1; i <= 40; i++) fragments.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
    const shape = measure(`{ ...F40 } ${fragments.join('\n')}`);
    expect(shape).toMatchObject({ aliases: 2 ** 40, rootFieldCount: 2 ** 40, cost: 2 ** 40 });
  });

  it('leaves introspection out of depth and cost, but notes it', () => {
    const shape = measure('{ __schema { types { name fields { name type { name ofType { name ofType { name } } } } } } }');
    expect(shape).toEqual({
      depth: 0,
      aliases: 0,
      rootFieldCount: 1,
      rootFields: new Map([['__schema', 1]]),
      introspection: true,
      cost: 0,
      widestList: null,
    });
    expect(measure('{ __typename region(code: "4") { __typename } }')).toMatchObject({
      rootFieldCount: 1,
      introspection: false,
    });
  });
});
