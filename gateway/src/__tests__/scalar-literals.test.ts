import { buildSchema, parse } from 'graphql';
import { scalarLiteralProblem } from '../limits/scalar-literals';

/**
 * The graph has no DateTime input today, so DateTime (and the walk through lists, input objects
 * and non-contract scalars) is checked here on a schema whose custom scalars take anything, as
 * the supergraph's do; Money, Date and Period go through the gateway in
 * tests/gateway-scalar-literals.test.ts.
 */
const schema = buildSchema(`
  scalar DateTime
  scalar Money
  scalar Other
  input Window { since: DateTime!, amounts: [Money!] }
  type Query { events(since: DateTime, window: Window, other: Other): Int }
`);
const problem = (query: string) => scalarLiteralProblem(schema, parse(query));

describe('scalarLiteralProblem', () => {
  it.each([
    ['{ events(since: "2017-03-31T08:00:00Z") }', null],
    ['{ events(since: "2017-03-31T08:00:00") }', 'DateTime must be ISO 8601 with a zone, such as "2017-03-31T08:00:00Z"; got "2017-03-31T08:00:00"'],
    ['{ events(window: { since: "yesterday" }) }', 'DateTime must be ISO 8601 with a zone, such as "2017-03-31T08:00:00Z"; got "yesterday"'],
    ['{ events(window: { since: "2017-03-31T08:00:00+08:00", amounts: ["1.00", "-"] }) }', '"-" is not an amount of yuan with at most two decimals, such as "1234.50"'],
    ['{ events(window: { since: "2017-03-31T08:00:00Z", amounts: "1" }) }', null],
    ['query Q($s: DateTime) { events(since: $s) }', null],
    ['query Q($s: DateTime = 1) { events(since: $s) }', 'DateTime must be given as a string'],
    ['{ events(since: null, other: "anything") }', null],
  ])('%s', (query, expected) => {
    expect(problem(query)).toBe(expected);
  });
});
