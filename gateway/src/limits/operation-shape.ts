import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { DEFAULT_LIST_SIZE, DEFAULT_PAGE_SIZE, LIST_SIZE_ESTIMATES, LIST_SIZE_HINTS } from './list-sizes';

/**
 * One walk over a validated operation on the gateway's API schema, with the request's coerced
 * variables, measuring what the limits look at: depth, aliases, root fields, introspection, and
 * an estimated cost.
 *
 * Cost: every field that returns an object costs 1 (leaves cost 0), times how many times it is
 * expected to run: a list whose size its arguments tell (LIST_SIZE_ESTIMATES, e.g. `regions`
 * counted from the divisions) runs that many times; a field with a `first` argument runs
 * `first` times (its value, from a literal or a variable, so `first: $n` counts as much as the
 * literal); another list field runs its size hint (LIST_SIZE_HINTS) or DEFAULT_LIST_SIZE times;
 * a connection's `edges` run once (its `first` already counted the page). Multipliers nest.
 * Arguments are read with the variables resolved, so a variable counts as its value.
 *
 * Fragments are measured once each (memoised), so a document of fragments spreading fragments
 * costs a linear walk however many times they expand. Introspection fields (`__schema`,
 * `__type`) are bounded by graphql's MaxIntrospectionDepthRule instead and count no cost or depth.
 */

export interface OperationShape {
  readonly depth: number;
  readonly aliases: number;
  /** How many root fields the operation selects, every occurrence (aliases included). */
  readonly rootFieldCount: number;
  /** The same, by field name. */
  readonly rootFields: ReadonlyMap<string, number>;
  readonly introspection: boolean;
  readonly cost: number;
  /** The largest list priced from its arguments (LIST_SIZE_ESTIMATES), for the refusal's advice. */
  readonly widestList: WidestList | null;
}

export interface WidestList {
  /** Its coordinate, e.g. "Query.regions". */
  readonly field: string;
  readonly size: number;
  readonly advice: string;
}

function wider(a: WidestList | null, b: WidestList | null): WidestList | null {
  return a && (!b || a.size >= b.size) ? a : b;
}

interface Measure {
  depth: number;
  aliases: number;
  cost: number;
  /** Occurrences of each field name at this level; counts, not lists, so expansions stay cheap. */
  fields: Map<string, number>;
  introspection: boolean;
  widest: WidestList | null;
}

function addCounts(into: Map<string, number>, from: ReadonlyMap<string, number>) {
  for (const [name, n] of from) into.set(name, (into.get(name) ?? 0) + n);
}

function fieldDefinition(parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
  if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): OperationShape {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const fragmentMeasures = new Map<string, Measure>();

  function multiplier(parent: GraphQLCompositeType, def: GraphQLField<unknown, unknown>, node: FieldNode, into: Measure): number {
    // A connection's page is counted once, by the `first` of the field that returned it.
    if (parent.name.endsWith('Connection') && (def.name === 'edges' || def.name === 'nodes')) return 1;
    const coordinate = `${parent.name}.${def.name}`;
    const estimate = LIST_SIZE_ESTIMATES[coordinate];
    if (estimate) {
      const size = estimate.size(getArgumentValues(def, node, variables));
      into.widest = wider(into.widest, { field: coordinate, size, advice: estimate.advice });
      return size;
    }
    if (def.args.some((a) => a.name === 'first')) {
      const first = getArgumentValues(def, node, variables).first;
      return typeof first === 'number' ? Math.max(first, 0) : DEFAULT_PAGE_SIZE;
    }
    if (isListType(getNullableType(def.type))) return LIST_SIZE_HINTS[coordinate] ?? DEFAULT_LIST_SIZE;
    return 1;
  }

  function measureField(parent: GraphQLCompositeType, node: FieldNode, into: Measure, inIntrospection: boolean) {
    const name = node.name.value;
    if (node.alias) into.aliases += 1;
    if (name === TypeNameMetaFieldDef.name) return;
    into.fields.set(name, (into.fields.get(name) ?? 0) + 1);
    const def = fieldDefinition(parent, name);
    const introspective = inIntrospection || name === SchemaMetaFieldDef.name || name === TypeMetaFieldDef.name;
    if (introspective) into.introspection = true;
    const type = def ? getNamedType(def.type) : undefined;
    if (!def || !node.selectionSet || !isCompositeType(type)) {
      if (!introspective) into.depth = Math.max(into.depth, 1);
      return;
    }
    const inner = measureSelections(type, node.selectionSet, introspective);
    into.aliases += inner.aliases;
    if (introspective) return;
    into.depth = Math.max(into.depth, 1 + inner.depth);
    into.widest = wider(into.widest, inner.widest);
    into.cost += (1 + inner.cost) * multiplier(parent, def, node, into);
  }

  function measureSelections(parent: GraphQLCompositeType, selectionSet: SelectionSetNode, inIntrospection: boolean): Measure {
    const m: Measure = { depth: 0, aliases: 0, cost: 0, fields: new Map(), introspection: false, widest: null };
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        measureField(parent, selection, m, inIntrospection);
        continue;
      }
      let inner: Measure;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typeName = selection.typeCondition?.name.value;
        const type = typeName ? schema.getType(typeName) : parent;
        if (!isCompositeType(type)) continue;
        inner = measureSelections(type, selection.selectionSet, inIntrospection);
      } else {
        const measured = measureFragment(selection.name.value, inIntrospection);
        if (!measured) continue;
        inner = measured;
      }
      m.depth = Math.max(m.depth, inner.depth);
      m.aliases += inner.aliases;
      m.cost += inner.cost;
      addCounts(m.fields, inner.fields);
      m.introspection ||= inner.introspection;
      m.widest = wider(m.widest, inner.widest);
    }
    return m;
  }

  function measureFragment(name: string, inIntrospection: boolean): Measure | undefined {
    const key = `${inIntrospection ? 'i' : 'o'}:${name}`;
    const known = fragmentMeasures.get(key);
    if (known) return known;
    const def = fragments.get(name);
    const type = def ? schema.getType(def.typeCondition.name.value) : undefined;
    if (!def || !isCompositeType(type)) return undefined;
    const measured = measureSelections(type, def.selectionSet, inIntrospection);
    fragmentMeasures.set(key, measured);
    return measured;
  }

  const root = schema.getRootType(operation.operation);
  if (!root) throw new Error(`the schema has no ${operation.operation} type`);
  const m = measureSelections(root, operation.selectionSet, false);
  let rootFieldCount = 0;
  for (const n of m.fields.values()) rootFieldCount += n;
  return {
    depth: m.depth,
    aliases: m.aliases,
    rootFieldCount,
    rootFields: m.fields,
    introspection: m.introspection,
    cost: m.cost,
    widestList: m.widest,
  };
}
