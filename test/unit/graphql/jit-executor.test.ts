import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { buildSchema, coerceInputValue, execute, type ExecutionResult, getOperationAST, GraphQLError, type GraphQLInputType, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { compiledInputReader, jitExecution } from '../../../src/graphql/jit-executor.js';

// Non-null input fields with defaults at the top and inside a list, a recursive input type, and a failing field.
const schema = buildSchema(`
  enum Mode { OVERWRITE UPDATE }
  input Item { n: Int!, mode: Mode! = UPDATE }
  input Batch { items: [Item!]!, mode: Mode! = OVERWRITE, label: String }
  input Tree { value: Int!, kind: Mode! = UPDATE, children: [Tree!] }
  type Query { ok: Boolean }
  type Mutation { echo(input: Batch!): String, tree(input: Tree!): String, fails: String }
`);
let resolverCalls = 0;
const fields = schema.getMutationType()!.getFields();
fields.echo!.resolve = (_root, args) => (resolverCalls++, JSON.stringify(args.input));
fields.tree!.resolve = (_root, args) => (resolverCalls++, JSON.stringify(args.input));
fields.fails!.resolve = () => {
  throw new GraphQLError('no luck', { extensions: { code: 'FORBIDDEN' } });
};

async function bothWays(query: string, variables: Record<string, unknown>): Promise<{ jit: ExecutionResult; graphqlJs: ExecutionResult }> {
  const document = parse(query);
  const { executor } = await jitExecution(schema).load({ apollo: {} });
  const request = { document, operation: getOperationAST(document), operationName: null, queryHash: query, request: { variables }, context: {} };
  const jit = await executor!(request as unknown as GatewayGraphQLRequestContext);
  const graphqlJs = await execute({ schema, document, variableValues: variables });
  return { jit, graphqlJs };
}

const ECHO = 'mutation($input: Batch!) { echo(input: $input) }';

describe('jitExecution', () => {
  it('fills omitted non-null defaults, also inside lists, and keeps the values given, as graphql-js does', async () => {
    const { jit, graphqlJs } = await bothWays(ECHO, { input: { items: [{ n: 1 }, { n: 2, mode: 'OVERWRITE' }], label: 'x' } });
    expect(jit).toEqual(graphqlJs);
    expect(JSON.parse((jit.data as { echo: string }).echo)).toEqual({
      items: [
        { n: 1, mode: 'UPDATE' },
        { n: 2, mode: 'OVERWRITE' },
      ],
      mode: 'OVERWRITE',
      label: 'x',
    });
  });

  it("answers refused variables with graphql-js's error, tied to the variable (Apollo's BAD_USER_INPUT and 400), and runs nothing", async () => {
    resolverCalls = 0;
    const { jit, graphqlJs } = await bothWays(ECHO, { input: { items: [{ n: 'one' }] } });
    expect(resolverCalls).toBe(0);
    expect(jit.errors?.[0]?.message).toBe(graphqlJs.errors?.[0]?.message);
    expect(jit.errors?.[0]?.nodes?.[0]?.kind).toBe('VariableDefinition');
    expect(jit.data).toBeUndefined();
  });

  it('leaves an operation with a recursive input type to graphql-js', async () => {
    const { jit, graphqlJs } = await bothWays('mutation($input: Tree!) { tree(input: $input) }', { input: { value: 1, children: [{ value: 2 }] } });
    expect(jit).toEqual(graphqlJs);
    expect(JSON.parse((jit.data as { tree: string }).tree)).toEqual({ value: 1, kind: 'UPDATE', children: [{ value: 2, kind: 'UPDATE' }] });
  });

  it("turns a resolver's error into a graphql-js GraphQLError with its path, locations and code, which plugins may amend", async () => {
    const { jit, graphqlJs } = await bothWays('mutation { fails }', {});
    const error = jit.errors![0]!;
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.toJSON()).toEqual(graphqlJs.errors![0]!.toJSON());
    error.message = 'amended';
    expect(error.message).toBe('amended');
  });
});

describe('the compiled-operation cache', () => {
  it('is bound by the bytes of document text it stands for, not by a count of entries', async () => {
    const gateway = jitExecution(schema, 10_000);
    const { executor } = await gateway.load({ apollo: {} });
    const run = (source: string) => {
      const document = parse(source);
      const request = {
        document,
        source,
        operation: getOperationAST(document),
        operationName: null,
        queryHash: source,
        request: { variables: {} },
        context: {},
      };
      return executor!(request as unknown as GatewayGraphQLRequestContext);
    };
    // 50 distinct documents of about 1 KB each: 50 KB of text through a 10 KB budget.
    for (let n = 0; n < 50; n++) {
      const aliases = Array.from({ length: 60 }, (_, i) => `a${n}_${i}: ok`).join(' ');
      expect(await run(`query Q${n} { ${aliases} }`)).toMatchObject({ data: { [`a${n}_0`]: null } });
      expect(gateway.compiledSourceBytes()).toBeLessThanOrEqual(10_000);
    }
    expect(gateway.compiledSourceBytes()).toBeGreaterThan(8_000);
    // A document larger than the whole budget still runs; it is just not kept.
    const huge = `{ ${Array.from({ length: 1_500 }, (_, i) => `b${i}: ok`).join(' ')} }`;
    expect(await run(huge)).toMatchObject({ data: { b0: null } });
    expect(gateway.compiledSourceBytes()).toBeLessThanOrEqual(10_000);
  });
});

describe('compiledInputReader', () => {
  it('reads a value as graphql-js coerces it (defaults and enums inside lists included), and refuses what graphql-js refuses', () => {
    const read = compiledInputReader(schema, 'Batch')!;
    const type = schema.getType('Batch') as GraphQLInputType;
    for (const value of [{ items: [{ n: 1 }, { n: 2, mode: 'OVERWRITE' }] }, { items: [], mode: 'UPDATE', label: 'x' }]) {
      expect(read(value)).toEqual({ value: coerceInputValue(value, type) });
    }
    for (const value of [{ items: [{ n: 'one' }] }, { items: [{ n: 1, extra: true }] }, { mode: 'OVERWRITE' }, { items: [{ n: 1 }], mode: 'NEITHER' }]) {
      expect(read(value)).toBeUndefined();
      expect(() => coerceInputValue(value, type)).toThrow();
    }
  });

  it('is not offered for a recursive input type, which graphql-jit would unroll', () => {
    expect(compiledInputReader(schema, 'Tree')).toBeUndefined();
  });
});
