import { ApolloServer } from '@apollo/server';
import type { GatewayExecutor, GatewayGraphQLRequestContext, GatewayInterface } from '@apollo/server-gateway-interface';
import { buildSchema } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { jitExecution } from '../../../src/graphql/jit-executor.js';

const schema = buildSchema('type Query { ok: Boolean }');
schema.getQueryType()!.getFields().ok!.resolve = () => true;

/** The facade's executor behind Apollo, keeping each gateway request context it is handed; `Teapot` sets its HTTP status through one. */
function watchedGateway(): { gateway: GatewayInterface; seen: GatewayGraphQLRequestContext[] } {
  const jit = jitExecution(schema);
  const seen: GatewayGraphQLRequestContext[] = [];
  const gateway: GatewayInterface = {
    ...jit,
    load: async (options) => {
      const { executor } = await jit.load(options);
      const watching: GatewayExecutor = (request) => {
        seen.push(request);
        if (request.operationName === 'Teapot') request.response!.http!.status = 418;
        return executor!(request);
      };
      return { executor: watching };
    },
  };
  return { gateway, seen };
}

const { gateway, seen } = watchedGateway();
const server = new ApolloServer({ gateway });
await server.start();
afterAll(() => server.stop());

describe("Apollo's gateway request context (patches/@apollo+server)", () => {
  it('reaches the HTTP status through accessors shared by all requests, not closures made for each one', async () => {
    await server.executeOperation({ query: 'query One { ok }' });
    await server.executeOperation({ query: 'query Two { ok }' });
    const [first, second] = seen.slice(-2).map((request) => Object.getOwnPropertyDescriptor(request.response!.http, 'status')!);
    // Per-request closures kept every request's context alive until a full GC (README, Performance).
    expect(first!.get).toBe(second!.get);
    expect(first!.set).toBe(second!.set);
    expect(first!.enumerable).toBe(true);
  });

  it("still sets the response's HTTP status and reads it back", async () => {
    const response = await server.executeOperation({ query: 'query Teapot { ok }' });
    expect(response.http.status).toBe(418);
    expect(seen.at(-1)!.response!.http!.status).toBe(418);
    const answered = response.body.kind === 'single' ? response.body.singleResult : undefined;
    expect(answered?.data).toEqual({ ok: true });
  });
});
