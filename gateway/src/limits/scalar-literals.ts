import {
  BREAK,
  GraphQLError,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  print,
  TypeInfo,
  typeFromAST,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLScalarType,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';
import { contractScalars } from '../../../lib/scalars';

/**
 * The supergraph's custom scalars (Money, Date, DateTime, Period) accept any literal: the
 * gateway's schema has no implementation of them. A literal such as `period: "2017-13"` would
 * pass the gateway's validation and be refused by the subgraph as GRAPHQL_VALIDATION_FAILED, a
 * failed fetch. Checked here with the subgraphs' own implementations (lib/scalars.ts), it is
 * refused before any fetch, for the whole operation, as a variable of the wrong type is.
 */

const SCALARS: ReadonlyMap<string, GraphQLScalarType> = new Map(Object.entries(contractScalars));

/** Per schema (a reload brings a new one), per parsed document (Apollo and the fast lane reuse them). */
const checked = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, string | null>>();

/** The message of the first literal of a contract scalar in the document that its scalar refuses, or null. */
export function scalarLiteralProblem(schema: GraphQLSchema, document: DocumentNode): string | null {
  let bySchema = checked.get(schema);
  if (!bySchema) checked.set(schema, (bySchema = new WeakMap()));
  let problem = bySchema.get(document);
  if (problem === undefined) {
    problem = findProblem(schema, document);
    bySchema.set(document, problem);
  }
  return problem;
}

function findProblem(schema: GraphQLSchema, document: DocumentNode): string | null {
  let found: string | null = null;
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const argument = typeInfo.getArgument();
        found = argument ? literalProblem(node.value, argument.type) : null;
        return found === null ? false : BREAK;
      },
      VariableDefinition(node) {
        const type = typeFromAST(schema, node.type);
        found = node.defaultValue && type ? literalProblem(node.defaultValue, type as GraphQLInputType) : null;
        return found === null ? false : BREAK;
      },
    }),
  );
  return found;
}

/** Walks a literal as input coercion does (lists, input objects) down to the scalars. */
function literalProblem(node: ValueNode, type: GraphQLInputType): string | null {
  if (node.kind === Kind.VARIABLE || node.kind === Kind.NULL) return null;
  if (isNonNullType(type)) return literalProblem(node, type.ofType);
  if (isListType(type)) {
    for (const item of node.kind === Kind.LIST ? node.values : [node]) {
      const problem = literalProblem(item, type.ofType);
      if (problem !== null) return problem;
    }
    return null;
  }
  if (isInputObjectType(type)) {
    if (node.kind !== Kind.OBJECT) return null;
    const fields = type.getFields();
    for (const field of node.fields) {
      const definition = fields[field.name.value];
      const problem = definition ? literalProblem(field.value, definition.type) : null;
      if (problem !== null) return problem;
    }
    return null;
  }
  const scalar = isScalarType(type) ? SCALARS.get(type.name) : undefined;
  if (!scalar) return null;
  try {
    scalar.parseLiteral(node);
    return null;
  } catch (err) {
    // Our scalars refuse with a GraphQLError in words; anything else as graphql-js words it.
    return err instanceof GraphQLError ? err.message : `Expected value of type "${type.name}", found ${print(node)}`;
  }
}
