import type { GatewayExecutor, GatewayGraphQLRequestContext, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  astFromValue,
  execute,
  type ExecutionResult,
  GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  getNullableType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type OperationDefinitionNode,
  parse,
  typeFromAST,
  valueFromASTUntyped,
} from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import type * as JitVariables from 'graphql-jit/dist/variables';
import { LRUCache } from 'lru-cache';
import { createRequire } from 'node:module';

// graphql-jit's variable compiler, from its CommonJS build (the ESM one of this module imports a path Node cannot resolve).
const { compileVariableParsing, failToParseVariables } = createRequire(import.meta.url)('graphql-jit/dist/variables') as typeof JitVariables;

/**
 * How much document text the compiled operations kept at once may stand for. A compiled
 * operation (its code and the parsed document it keeps) takes about 25 times its text in heap, so
 * 1 MiB of text is about 25 MiB: the operations of schema/operations/ and a router's fetches fit
 * hundreds of times over, and no caller can fill the heap with huge documents (a count of entries
 * let 1,000 documents of 900 aliases hold 400 MB).
 */
export const COMPILED_SOURCE_BYTES = 1024 * 1024;

type Run = (context: unknown, variables: Record<string, unknown>) => Promise<ExecutionResult> | ExecutionResult;

/**
 * Executes with graphql-jit: each distinct operation is compiled once into straight-line
 * JavaScript (variable coercion, resolution, result completion). A 10,000-goal batch spends most
 * of its GraphQL time coercing 120,000 list items and completing 10,000 results; compiled, that
 * costs about a fifth (11 → 2.3 µs a goal, measured in-process). Apollo still parses, validates
 * (armor's rules included) and caches documents; only `execute` is replaced, through Apollo's
 * gateway interface (its one documented way to do that).
 *
 * Where graphql-jit is not graphql-js, graphql-js decides:
 * - Variables it refuses are coerced again by graphql-js, so a client gets graphql-js's message,
 *   BAD_USER_INPUT and HTTP 400 (nothing has run yet when variables are refused).
 * - It ignores the default of a non-null input field (`mode: GoalWriteMode! = OVERWRITE`), so
 *   omitted ones are filled in first.
 * - Operations with a recursive input type stay with graphql-js: graphql-jit unrolls them, which
 *   took 16 s for a two-level tree (the facade's schema has none).
 * - Its errors are re-made as graphql-js GraphQLErrors, which plugins may amend.
 */
export function jitExecution(schema: GraphQLSchema, maxSourceBytes = COMPILED_SOURCE_BYTES): GatewayInterface & { readonly compiledSourceBytes: () => number } {
  // Least recently used out first, once the budget is spent; a document larger than it is compiled and not kept.
  const compiled = new LRUCache<string, Run>({ maxSize: maxSourceBytes });
  const executor: GatewayExecutor = async (request) => {
    // A document without the operation named: the caller's mistake, answered before anything runs.
    if (!request.operation) return { errors: [unknownOperation(request.operationName ?? undefined)] };
    const key = `${request.queryHash}:${request.operationName ?? ''}`;
    let run = compiled.get(key);
    if (!run) {
      run = compile(schema, request);
      compiled.set(key, run, { size: Math.max(1, Buffer.byteLength(request.source ?? '')) });
    }
    return run(request.context, request.request.variables ?? {});
  };
  return {
    compiledSourceBytes: () => compiled.calculatedSize,
    load: async () => ({ executor }),
    onSchemaLoadOrUpdate: (callback) => {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    stop: async () => {},
  };
}

function compile(schema: GraphQLSchema, request: GatewayGraphQLRequestContext): Run {
  const { document, operationName } = request;
  const byGraphqlJs: Run = (contextValue, variableValues) => execute({ schema, document, operationName, contextValue, variableValues });
  const fillDefaults = defaultsFiller(schema, request.operation);
  if (!fillDefaults) return byGraphqlJs;
  const query = compileQuery(schema, document, operationName ?? undefined);
  if (!isCompiledQuery(query)) return byGraphqlJs;
  return async (context, variables) => {
    const result = await query.query(undefined, context, fillDefaults(variables));
    if (!result.errors?.length) return result;
    // No data at all: the variables were refused before anything ran.
    if (result.data === undefined) return byGraphqlJs(context, variables);
    return { ...result, errors: result.errors.map(asGraphqlJsError) };
  };
}

function unknownOperation(name: string | undefined): GraphQLError {
  const message = name ? `The document has no operation named "${name}".` : 'The document has several operations: name the one to run in operationName.';
  return new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } });
}

function asGraphqlJsError(error: GraphQLError): GraphQLError {
  const copy = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
  if (error.locations) Object.defineProperty(copy, 'locations', { value: error.locations, enumerable: true, writable: true });
  return copy;
}

/**
 * Reads values of one input type as a variable of that type, compiled by graphql-jit as the inline
 * mutations' variables are (defaults filled first, as there): the item, or undefined when refused
 * (graphql-js then says why, with its message and field path). Undefined for a recursive type.
 */
export function compiledInputReader(schema: GraphQLSchema, typeName: string): ((value: unknown) => { readonly value: unknown } | undefined) | undefined {
  const operation = parse(`query ($value: ${typeName}!) { __typename }`).definitions[0] as OperationDefinitionNode;
  const fillDefaults = defaultsFiller(schema, operation);
  if (!fillDefaults) return undefined;
  const coerce = compileVariableParsing(schema, operation.variableDefinitions ?? []);
  return (value) => {
    const coerced = coerce(fillDefaults({ value }));
    return failToParseVariables(coerced) ? undefined : { value: coerced.coerced.value };
  };
}

type Fill = (value: unknown) => unknown;

const RECURSIVE = Symbol('recursive input type');
type Variables = Record<string, unknown>;

/**
 * Fills omitted non-null input fields that have a default, along only the paths that can hold
 * one; undefined when a variable's type is recursive.
 */
function defaultsFiller(schema: GraphQLSchema, operation: OperationDefinitionNode): ((variables: Variables) => Variables) | undefined {
  const fills: [string, Fill][] = [];
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    const fill = type && fillerFor(type, new Set());
    if (fill === RECURSIVE) return undefined;
    if (fill) fills.push([definition.variable.name.value, fill]);
  }
  if (fills.length === 0) return (variables) => variables;
  return (variables) => {
    const filled = { ...variables };
    for (const [name, fill] of fills) if (filled[name] != null) filled[name] = fill(filled[name]);
    return filled;
  };
}

function fillerFor(type: GraphQLInputType, visiting: Set<GraphQLInputType>): Fill | typeof RECURSIVE | undefined {
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const item = fillerFor(nullable.ofType, visiting);
    if (item === RECURSIVE || !item) return item;
    return (value) => (Array.isArray(value) ? value.map((entry) => (entry == null ? entry : item(entry))) : item(value));
  }
  if (!isInputObjectType(nullable)) return undefined;
  if (visiting.has(nullable)) return RECURSIVE;
  visiting.add(nullable);
  const steps: Fill[] = [];
  for (const field of Object.values(nullable.getFields())) {
    const name = field.name;
    if (isNonNullType(field.type) && field.defaultValue !== undefined) {
      // The default as a client would send it (the field's internal value may differ, e.g. for enums).
      const external = valueFromASTUntyped(astFromValue(field.defaultValue, field.type)!);
      steps.push((object) => {
        const record = object as Record<string, unknown>;
        return name in record ? record : { ...record, [name]: external };
      });
    }
    const inner = fillerFor(field.type, visiting);
    if (inner === RECURSIVE) return RECURSIVE;
    if (inner) {
      steps.push((object) => {
        const record = object as Record<string, unknown>;
        return record[name] == null ? record : { ...record, [name]: inner(record[name]) };
      });
    }
  }
  visiting.delete(nullable);
  if (steps.length === 0) return undefined;
  return (value) =>
    typeof value === 'object' && value !== null && !Array.isArray(value) ? steps.reduce<unknown>((object, step) => step(object), value) : value;
}
