import { ApolloServer } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { applyCacheHints } from '../lib/subgraph/cache-hints';

/** The Cache-Control header a subgraph sends the gateway, from lib/subgraph/cache-hints.ts. */
const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query {
    region(code: ID!): Region
    mySubsidies(idNumber: String!): [Payment!]!
    secret: Secret
  }
  type Region @key(fields: "code") { code: ID! summary: Summary secret: Secret }
  type Summary { income: Int! }
  type Payment @key(fields: "id") { id: ID! amount: Int! }
  type Secret @key(fields: "id") { id: ID! }
`);

const resolvers = {
  Query: {
    region: (_: unknown, { code }: { code: string }) => ({ code }),
    mySubsidies: () => [{ id: 'P1', amount: 5 }],
    secret: () => ({ id: 'S' }),
  },
  Region: {
    __resolveReference: (ref: { code: string }) => ref,
    summary: () => ({ income: 1 }),
    secret: () => ({ id: 'S' }),
  },
  Payment: { __resolveReference: (ref: { id: string }) => ({ id: ref.id, amount: 5 }) },
  Secret: { __resolveReference: (ref: { id: string }) => ref },
};

let server: ApolloServer;

beforeAll(async () => {
  server = new ApolloServer({
    schema: applyCacheHints(buildSubgraphSchema({ typeDefs, resolvers }), {
      rootFields: { 'Query.region': 600 },
      types: { Region: 3600, Summary: 300, Payment: 300 },
    }),
  });
  await server.start();
});

afterAll(() => server.stop());

async function cacheControl(query: string, variables?: Record<string, unknown>): Promise<string | undefined> {
  const response = await server.executeOperation({ query, variables });
  if (response.body.kind === 'single') expect(response.body.singleResult.errors).toBeUndefined();
  return response.http.headers.get('cache-control');
}

describe('subgraph cache hints', () => {
  it('hints a listed root field by the shortest hint of everything the answer holds', async () => {
    expect(await cacheControl('{ region(code: "4310") { code } }')).toBe('max-age=600, public');
    expect(await cacheControl('{ region(code: "4310") { code summary { income } } }')).toBe('max-age=300, public');
  });

  it('never hints a root field that is not listed, even when it returns a hinted type', async () => {
    expect(await cacheControl('{ mySubsidies(idNumber: "x") { id amount } }')).toBe('no-store');
  });

  it('makes the whole answer uncacheable when it holds an object of an unhinted type', async () => {
    expect(await cacheControl('{ region(code: "4310") { code secret { id } } }')).toBe('no-store');
  });

  it('hints an entity fetch by the types of its representations', async () => {
    const entities = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Region { code summary { income } } ... on Payment { id } ... on Secret { id } } }';
    expect(await cacheControl(entities, { r: [{ __typename: 'Region', code: '4310' }] })).toBe('max-age=300, public');
    expect(await cacheControl(entities, { r: [{ __typename: 'Payment', id: 'P1' }] })).toBe('max-age=300, public');
    expect(await cacheControl(entities, { r: [{ __typename: 'Region', code: '4310' }, { __typename: 'Secret', id: 'S' }] })).toBe('no-store');
  });
});
