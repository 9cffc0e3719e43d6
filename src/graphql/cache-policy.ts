import {
  type ConstDirectiveNode,
  DirectiveLocation,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  GraphQLBoolean,
  GraphQLDirective,
  GraphQLEnumType,
  GraphQLInt,
  type GraphQLCompositeType,
  type GraphQLNamedType,
  type GraphQLSchema,
  isAbstractType,
  isCompositeType,
  isUnionType,
  type OperationDefinitionNode,
  type SelectionSetNode,
  valueFromASTUntyped,
} from 'graphql';

/** The scope of a hint: PRIVATE answers are for one caller only (a CDN must not share them). */
export const CACHE_CONTROL_SCOPE = new GraphQLEnumType({
  name: 'CacheControlScope',
  description: 'Who may share a cached answer: anyone (PUBLIC) or only the caller it was for (PRIVATE).',
  values: { PUBLIC: { description: 'Any cache may keep it for anyone.' }, PRIVATE: { description: 'Only the caller’s own cache may keep it.' } },
});

/** Apollo's `@cacheControl`, as Apollo Server, Apollo Gateway and routers know it. */
export const CACHE_CONTROL_DIRECTIVE = new GraphQLDirective({
  name: 'cacheControl',
  description:
    'How long an answer holding this type or field stays fresh. The facade sends the least of the hints an operation selects as its Cache-Control header.',
  locations: [DirectiveLocation.FIELD_DEFINITION, DirectiveLocation.OBJECT, DirectiveLocation.INTERFACE, DirectiveLocation.UNION],
  args: {
    maxAge: { type: GraphQLInt, description: 'Seconds the answer stays fresh.' },
    scope: { type: CACHE_CONTROL_SCOPE, description: 'PRIVATE when the answer is for one caller only.' },
    inheritMaxAge: { type: GraphQLBoolean, description: 'Take the parent field’s maxAge instead of the default 0.' },
  },
});

export interface CachePolicy {
  /** Seconds; 0 = not cacheable. */
  readonly maxAge: number;
  readonly scope: 'PUBLIC' | 'PRIVATE';
}

interface Hint {
  readonly maxAge?: number;
  readonly scope?: 'PUBLIC' | 'PRIVATE';
  readonly inheritMaxAge?: boolean;
}

export const NOT_CACHEABLE: CachePolicy = { maxAge: 0, scope: 'PUBLIC' };

/**
 * An operation's cache policy, read from the `@cacheControl` hints of what it selects, by Apollo's
 * rules: a field's own hint, else (for an object, interface or union) its type's, else 0 for a root
 * field or one returning an object; scalars take their parent's. The least maxAge wins, and one
 * PRIVATE hint makes it all PRIVATE. Decided from the document, not while resolving: Apollo's own
 * plugin wraps every resolver, which a 10,000-item batch pays for, and compiled execution cannot
 * take. An abstract type without a hint counts the hints of every type it may be (the least).
 */
export function cachePolicyOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): CachePolicy {
  if (operation.operation !== 'query') return NOT_CACHEABLE;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === 'FragmentDefinition') fragments.set(definition.name.value, definition);
  let maxAge: number | undefined;
  let scope: CachePolicy['scope'] = 'PUBLIC';
  const restrict = (seconds: number) => (maxAge = Math.min(maxAge ?? seconds, seconds));
  const visit = (parent: GraphQLCompositeType, selections: SelectionSetNode, root: boolean, seen: ReadonlySet<string>) => {
    for (const selection of selections.selections) {
      if (selection.kind === 'InlineFragment') {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (on && isCompositeType(on)) visit(on, selection.selectionSet, root, seen);
      } else if (selection.kind === 'FragmentSpread') {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue;
        const on = schema.getType(fragment.typeCondition.name.value);
        if (on && isCompositeType(on)) visit(on, fragment.selectionSet, root, new Set([...seen, fragment.name.value]));
      } else visitField(parent, selection, root, seen);
    }
  };
  const visitField = (parent: GraphQLCompositeType, node: FieldNode, root: boolean, seen: ReadonlySet<string>) => {
    const field = isUnionType(parent) ? undefined : parent.getFields()[node.name.value];
    // __typename and introspection take their parent's policy.
    if (!field || node.name.value.startsWith('__')) return;
    const type = getNamedType(field.type);
    const own = hintOf(field);
    const typeHints = isCompositeType(type) ? typeHintsOf(schema, type) : [];
    for (const hint of [own, ...typeHints]) if (hint?.scope === 'PRIVATE') scope = 'PRIVATE';
    if (own?.maxAge !== undefined) restrict(own.maxAge);
    else if (typeHints.length > 0 && typeHints.every((hint) => hint?.maxAge !== undefined)) for (const hint of typeHints) restrict(hint!.maxAge!);
    else if (!own?.inheritMaxAge && (isCompositeType(type) || root)) restrict(0);
    if (isCompositeType(type) && node.selectionSet) visit(type, node.selectionSet, false, seen);
  };
  const rootType = schema.getQueryType();
  if (!rootType) return NOT_CACHEABLE;
  visit(rootType, operation.selectionSet, true, new Set());
  const decided = maxAge as number | undefined;
  // Nothing hinted (only __typename, say) is not cacheable either.
  return decided === undefined || decided <= 0 ? NOT_CACHEABLE : { maxAge: decided, scope };
}

/** A type's hint; for an interface or union without one, the hints of every type it may be. */
function typeHintsOf(schema: GraphQLSchema, type: GraphQLNamedType): (Hint | undefined)[] {
  const own = hintOf(type);
  if (own || !isAbstractType(type)) return [own];
  return schema.getPossibleTypes(type).map((possible) => hintOf(possible));
}

function hintOf(element: { readonly astNode?: { readonly directives?: readonly ConstDirectiveNode[] } | null | undefined }): Hint | undefined {
  const directive = element.astNode?.directives?.find((candidate) => candidate.name.value === 'cacheControl');
  if (!directive) return undefined;
  const hint: Record<string, unknown> = {};
  for (const argument of directive.arguments ?? []) hint[argument.name.value] = valueFromASTUntyped(argument.value);
  return hint as Hint;
}
