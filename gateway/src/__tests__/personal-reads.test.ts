import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { SUPERGRAPH_FILE } from '../../../lib/paths';
import { NO_PERSONAL_READS, personalReadsOf } from '../personal-reads';

/** A subgraph that links the spec, importing the directive under `local`, with `body` as its types. */
function subgraph(name: string, body: string, local = '@personalRead') {
  const imported = local === '@personalRead' ? '"@personalRead"' : `{ name: "@personalRead", as: "${local}" }`;
  return {
    name,
    url: `http://${name}.test/graphql`,
    typeDefs: parse(`
      extend schema
        @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@composeDirective"])
        @link(url: "https://supervision-graph.example/personal-read/v1.0", import: [${imported}])
        @composeDirective(name: "${local}")
      directive ${local} on FIELD_DEFINITION | OBJECT
      ${body}
    `),
  };
}

function compose(...subgraphs: ReturnType<typeof subgraph>[]): string {
  const result = composeServices(subgraphs);
  if (result.errors) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.supergraphSdl;
}

describe('personal reads', () => {
  it('are what the four subgraphs declare in the committed supergraph', () => {
    const reads = personalReadsOf(readFileSync(SUPERGRAPH_FILE, 'utf8'));
    expect([...reads.fields].sort()).toEqual([
      'Complaint.complainant',
      'Finding.alert',
      'FundProject.payments',
      'Official.relatives',
      'Payment.alerts',
      'Person.officialRoles',
      'Person.payments',
      'Query.alert',
      'Query.complaintByQueryCode',
      'Query.mySubsidies',
      'Query.officials',
      'Query.payment',
      'Query.payments',
      'Region.alerts',
    ]);
    expect([...reads.entities].sort()).toEqual(['Alert', 'Payment']);
  });

  describe('in a supergraph of two subgraphs', () => {
    const sdl = compose(
      subgraph(
        'people',
        `type Query { lookup(id: ID!): Person @personalRead  person(id: ID!): Person  count: Int }
         type Person @key(fields: "id") @personalRead { id: ID! name: String  record: Record }
         type Record { id: ID! detail: String @personalRead  total: Int }`,
      ),
      subgraph('places', `type Query { town: String }  type Person @key(fields: "id") { id: ID! towns: [String!] @personalRead  age: Int }`),
    );
    const reads = personalReadsOf(sdl);
    const made = (operation: string) => reads.madeBy(parse(operation));

    it('are the fields and entities carrying the directive, whichever subgraph declared them', () => {
      expect([...reads.fields].sort()).toEqual(['Person.towns', 'Query.lookup', 'Record.detail']);
      expect([...reads.entities]).toEqual(['Person']);
    });

    it('are made by an operation selecting a declared field at any depth, through fragments too', () => {
      expect(made('{ lookup(id: "1") { id } }')).toBe(true);
      expect(made('{ person(id: "1") { record { detail } } }')).toBe(true);
      expect(made('{ person(id: "1") { ...P } } fragment P on Person { record { ... on Record { detail } } }')).toBe(true);
      expect(made('{ person(id: "1") { name record { total } } count }')).toBe(false);
      expect(made('{ town }')).toBe(false);
    });

    it('are made by a fetch of a declared entity by its key, and by a declared field of another entity', () => {
      expect(made('query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { name } } }')).toBe(true);
      expect(made('query($r: [_Any!]!) { _entities(representations: $r) { ... on Record { total } } }')).toBe(false);
      expect(made('query($r: [_Any!]!) { _entities(representations: $r) { ... on Record { detail } } }')).toBe(true);
    });

    it('are made by any operation whose document is unknown', () => {
      expect(reads.madeBy(undefined)).toBe(true);
    });
  });

  it('follow the name the spec is imported under', () => {
    const reads = personalReadsOf(compose(subgraph('people', 'type Query { lookup: String @perCall  other: String }', '@perCall')));
    expect([...reads.fields]).toEqual(['Query.lookup']);
  });

  it('are none in a supergraph that does not link the spec', () => {
    const result = composeServices([
      {
        name: 'plain',
        url: 'http://plain.test/graphql',
        typeDefs: parse('extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"]) type Query { lookup: String }'),
      },
    ]);
    const reads = personalReadsOf(result.supergraphSdl!);
    expect(reads).toBe(NO_PERSONAL_READS);
    expect(reads.madeBy(parse('{ lookup }'))).toBe(false);
  });
});
