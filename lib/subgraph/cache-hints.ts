import {
  defaultFieldResolver,
  getNamedType,
  isCompositeType,
  isObjectType,
  type GraphQLField,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';

/**
 * Cache hints a subgraph gives the gateway for its public data, as the Cache-Control header of
 * its answers (Apollo Server's built-in cache-control plugin computes it from per-field hints;
 * the gateway narrows each request's policy by every subgraph's header, and its response cache
 * keeps anonymous answers that long). Nothing hinted means 0 s: never cached.
 *
 * Opt-in at the root: only the listed root fields can make an answer cacheable, so a new root
 * field (a personal lookup, say) is never cached by accident. Below the root, a field that
 * returns an object is hinted by its type; an unlisted type leaves it at 0 s, which makes the
 * whole answer uncacheable. An entity fetch (`_entities`) is hinted by the shortest hint among
 * the types of its representations. Every hint is PUBLIC.
 *
 * The hint is set from the field's resolver (wrapped here), where Apollo's plugin has already
 * prepared `info.cacheControl`; a plugin's willResolveField would run before it.
 */
export interface CacheHints {
  /** Root fields ("Query.region") that may be cached, and for how many seconds at most. */
  readonly rootFields: Readonly<Record<string, number>>;
  /** Object types ("LedgerSummary") whose data may be kept, and for how many seconds at most. */
  readonly types: Readonly<Record<string, number>>;
}

interface CacheControlInfo {
  cacheControl?: { setCacheHint(hint: { maxAge?: number; scope?: 'PUBLIC' | 'PRIVATE' }): void };
}

type HintOf = (args: Record<string, unknown>) => number | undefined;

function entitiesHint(hints: CacheHints): HintOf {
  return (args) => {
    const representations = Array.isArray(args.representations) ? (args.representations as Array<{ __typename?: unknown }>) : [];
    const ages = representations.map((r) => (typeof r.__typename === 'string' ? hints.types[r.__typename] : undefined));
    return ages.length && ages.every((age): age is number => age !== undefined) ? Math.min(...ages) : undefined;
  };
}

function hintOf(root: boolean, typeName: string, field: GraphQLField<unknown, unknown>, hints: CacheHints): HintOf | null {
  if (root) {
    if (field.name === '_entities') return entitiesHint(hints);
    const age = hints.rootFields[`${typeName}.${field.name}`];
    return age === undefined ? null : () => age;
  }
  const type = getNamedType(field.type);
  const age = isCompositeType(type) ? hints.types[type.name] : undefined;
  return age === undefined ? null : () => age;
}

/** Wraps the resolvers of the hinted fields of a built subgraph schema; returns the schema. */
export function applyCacheHints(schema: GraphQLSchema, hints: CacheHints): GraphQLSchema {
  const rootTypes = new Set([schema.getQueryType(), schema.getMutationType()].filter(Boolean).map((t) => t!.name));
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const root = rootTypes.has(type.name);
    // Mutations change data: their answers are never cached.
    if (type === schema.getMutationType()) continue;
    for (const field of Object.values(type.getFields())) {
      const hint = hintOf(root, type.name, field, hints);
      if (!hint) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info: GraphQLResolveInfo & CacheControlInfo) => {
        const maxAge = hint(args);
        if (maxAge !== undefined) info.cacheControl?.setCacheHint({ maxAge, scope: 'PUBLIC' });
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
