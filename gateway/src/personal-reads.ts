import {
  buildASTSchema,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  valueFromASTUntyped,
  type DirectiveNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * Which reads are personal is declared by the subgraph that owns them, with `@personalRead` from
 * this spec (linked and composed in each subgraph's schema.graphql), and read here from the
 * composed supergraph: a field added to a subgraph cannot be forgotten by the gateway.
 */
export const PERSONAL_READ_SPEC = 'https://supervision-graph.example/personal-read/';
const DIRECTIVE = 'personalRead';

/** The personal reads of one supergraph, and whether a subgraph operation makes one. */
export class PersonalReads {
  /** Answers per subgraph operation document: query plans (and their documents) are kept per schema. */
  private readonly seen = new WeakMap<DocumentNode, boolean>();

  constructor(
    /** `Type.field` of every field declared a personal read. */
    readonly fields: ReadonlySet<string>,
    /** Entity types whose fetch by key is a personal read. */
    readonly entities: ReadonlySet<string>,
    /** The named type each field returns, by parent type: to follow nested selections. */
    private readonly fieldTypes: ReadonlyMap<string, ReadonlyMap<string, string>>,
    private readonly rootTypes: Readonly<Record<'query' | 'mutation' | 'subscription', string>>,
  ) {}

  /**
   * Whether the subgraph operation selects a personal field at any depth, or fetches a personal
   * entity by key (`_entities` with `... on Type`). Without a document nothing can be ruled out.
   */
  madeBy(document: DocumentNode | undefined): boolean {
    if (!document) return true;
    if (this.fields.size === 0 && this.entities.size === 0) return false;
    let answer = this.seen.get(document);
    if (answer === undefined) {
      answer = this.search(document);
      this.seen.set(document, answer);
    }
    return answer;
  }

  private search(document: DocumentNode): boolean {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    const visiting = new Set<string>();

    const inSelections = (set: SelectionSetNode, parent: string | undefined, underEntities: boolean): boolean =>
      set.selections.some((sel) => {
        if (sel.kind === Kind.FIELD) {
          const name = sel.name.value;
          if (parent && this.fields.has(`${parent}.${name}`)) return true;
          if (!sel.selectionSet) return false;
          const child = parent ? this.fieldTypes.get(parent)?.get(name) : undefined;
          return inSelections(sel.selectionSet, child, parent === this.rootTypes.query && name === '_entities');
        }
        if (sel.kind === Kind.INLINE_FRAGMENT) {
          const type = sel.typeCondition?.name.value ?? parent;
          if (underEntities && type && this.entities.has(type)) return true;
          return inSelections(sel.selectionSet, type, false);
        }
        const fragment = fragments.get(sel.name.value);
        if (!fragment || visiting.has(fragment.name.value)) return false;
        visiting.add(fragment.name.value);
        const type = fragment.typeCondition.name.value;
        const found = (underEntities && this.entities.has(type)) || inSelections(fragment.selectionSet, type, false);
        visiting.delete(fragment.name.value);
        return found;
      });

    return document.definitions.some(
      (def) => def.kind === Kind.OPERATION_DEFINITION && inSelections(def.selectionSet, this.rootTypes[def.operation], false),
    );
  }
}

/** What a supergraph without the spec declares: nothing. */
export const NO_PERSONAL_READS = new PersonalReads(new Set(), new Set(), new Map(), {
  query: 'Query',
  mutation: 'Mutation',
  subscription: 'Subscription',
});

/** The personal reads a composed supergraph declares (the directive under the name its @link imports). */
export function personalReadsOf(supergraphSdl: string): PersonalReads {
  const document = parse(supergraphSdl);
  const name = importedName(document);
  if (!name) return NO_PERSONAL_READS;
  const schema = buildASTSchema(document, { assumeValid: true, assumeValidSDL: true });
  const declares = (node: { directives?: readonly DirectiveNode[] } | null | undefined) =>
    node?.directives?.some((d) => d.name.value === name) ?? false;

  const fields = new Set<string>();
  const entities = new Set<string>();
  const fieldTypes = new Map<string, Map<string, string>>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    if (type.astNode && declares(type.astNode)) entities.add(type.name);
    for (const extension of type.extensionASTNodes) if (declares(extension)) entities.add(type.name);
    const types = new Map<string, string>();
    for (const field of Object.values(type.getFields())) {
      types.set(field.name, getNamedType(field.type).name);
      if (declares(field.astNode)) fields.add(`${type.name}.${field.name}`);
    }
    fieldTypes.set(type.name, types);
  }
  return new PersonalReads(fields, entities, fieldTypes, {
    query: schema.getQueryType()?.name ?? 'Query',
    mutation: schema.getMutationType()?.name ?? 'Mutation',
    subscription: schema.getSubscriptionType()?.name ?? 'Subscription',
  });
}

/** The directive's name in this supergraph: `@link(url: "<spec>v1.x", import: ["@personalRead"])`, perhaps renamed. */
function importedName(document: DocumentNode): string | undefined {
  for (const def of document.definitions) {
    if (def.kind !== Kind.SCHEMA_DEFINITION && def.kind !== Kind.SCHEMA_EXTENSION) continue;
    for (const link of def.directives ?? []) {
      if (link.name.value !== 'link') continue;
      const args = Object.fromEntries((link.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value)])) as {
        url?: unknown;
        import?: unknown;
      };
      if (typeof args.url !== 'string' || !args.url.startsWith(PERSONAL_READ_SPEC)) continue;
      for (const entry of Array.isArray(args.import) ? (args.import as unknown[]) : []) {
        if (entry === `@${DIRECTIVE}`) return DIRECTIVE;
        const renamed = entry as { name?: unknown; as?: unknown } | null;
        if (renamed?.name === `@${DIRECTIVE}`) return typeof renamed.as === 'string' ? renamed.as.replace(/^@/, '') : DIRECTIVE;
      }
    }
  }
  return undefined;
}
