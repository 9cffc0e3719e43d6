import { readFile } from 'node:fs/promises';
import { composeServices } from '@apollo/composition';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountingRulesSyncDocument, createFacadeClient, GoalsUpsertDocument } from '../src/client/index.js';
import { PATHS } from '../src/providers/lingxing/wire.js';
import { goalsInput, type Harness, rule, startHarness, thisYear } from './support/harness.js';

/** Another team's subgraph: it owns users (keyed by LingXing uid) and knows nothing of goals. */
const USERS_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query { users(first: Int!): [User!]! }
  type User @key(fields: "uid") { uid: Int! name: String! }
`;
const UIDS = Array.from({ length: 100 }, (_, i) => 100_001 + i);

let harness: Harness;
let users: { url: string; stop: () => Promise<void> };
let gateway: { url: string; stop: () => Promise<void> };
let facadeSdl: string;

beforeAll(async () => {
  harness = await startHarness();
  await harness.client.request(GoalsUpsertDocument, { input: goalsInput(UIDS) });

  const usersServer = new ApolloServer({
    schema: buildSubgraphSchema({
      typeDefs: parse(USERS_SDL),
      resolvers: {
        Query: { users: (_: unknown, { first }: { first: number }) => UIDS.slice(0, first).map((uid) => ({ uid, name: `User ${uid}` })) },
        User: { __resolveReference: ({ uid }: { uid: number }) => ({ uid, name: `User ${uid}` }) },
      } as never,
    }),
  });
  const { url: usersUrl } = await startStandaloneServer(usersServer, { listen: { port: 0, host: '127.0.0.1' } });
  users = { url: usersUrl, stop: () => usersServer.stop() };

  facadeSdl = await readFile(new URL('../schema/subgraph.graphql', import.meta.url), 'utf8');
  const composed = composeServices([
    { name: 'users', typeDefs: parse(USERS_SDL), url: usersUrl },
    { name: 'facade', typeDefs: parse(facadeSdl), url: harness.facade.url },
  ]);
  if (composed.errors) throw new Error(`composition failed: ${composed.errors.map((error) => error.message).join('\n')}`);
  // A hint is composition's way of saying a design is suspect (a type defined two ways, a field that can never be reached…).
  // One is expected: @cacheControl's scope enum, which Apollo has each subgraph declare and composition does not carry.
  const hints = composed.hints.map((hint) => `${hint.definition.code}: ${hint.message}`);
  expect(hints.filter((hint) => !hint.startsWith('UNUSED_ENUM_TYPE: Enum type "CacheControlScope"'))).toEqual([]);

  const gatewayServer = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl: composed.supergraphSdl }) });
  const { url: gatewayUrl } = await startStandaloneServer(gatewayServer, { listen: { port: 0, host: '127.0.0.1' } });
  gateway = { url: gatewayUrl, stop: () => gatewayServer.stop() };
});

afterAll(async () => {
  await gateway?.stop();
  await users?.stop();
  await harness?.close();
});

async function post(url: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as { data?: any; errors?: unknown[] };
}

const batchSelects = () => harness.lingxing.stats.calls.get(PATHS.batchSelect) ?? 0;

describe('the facade as a Federation 2 subgraph', () => {
  it('serves its subgraph SDL at _service, the same as the committed schema/subgraph.graphql', async () => {
    const { data } = await post(harness.facade.url, '{ _service { sdl } }');
    expect(`${data._service.sdl.trim()}\n`).toBe(facadeSdl);
  });

  it('resolves entities by key through the request DataLoaders: 100 goals of one (year, type) are one provider call', async () => {
    await harness.client.request(AccountingRulesSyncDocument, { input: { rules: [rule(7)] } });
    const before = batchSelects();
    const representations = [
      ...UIDS.map((uid) => ({ __typename: 'Goal', uid, year: thisYear, assessType: 'SALES_AMOUNT' })),
      { __typename: 'Goal', uid: 100_001, year: thisYear, assessType: 'SALES_VOLUME' }, // none written
      { __typename: 'AccountingRule', code: 'R-00007' },
      { __typename: 'AccountingRule', code: 'R-MISSING' },
    ];
    const { data, errors } = await post(
      harness.facade.url,
      `query ($representations: [_Any!]!) { _entities(representations: $representations) {
        ... on Goal { uid year monthlyGoals } ... on AccountingRule { code accountCode } } }`,
      { representations },
    );
    expect(errors).toBeUndefined();
    expect(data._entities).toHaveLength(103);
    expect(data._entities[0]).toEqual({ uid: 100_001, year: thisYear, monthlyGoals: goalsInput([100_001]).goals[0]!.monthlyValues });
    expect(data._entities[99].uid).toBe(100_100);
    expect(data._entities[100]).toBeNull();
    expect(data._entities[101]).toEqual({ code: 'R-00007', accountCode: '540101' });
    expect(data._entities[102]).toBeNull();
    expect(batchSelects() - before).toBe(2); // one per (year, assessType)
  });
});

describe('a supergraph with a users subgraph, through @apollo/gateway', () => {
  it('answers a query that crosses users → goals with one provider call for 100 users', async () => {
    const before = batchSelects();
    const { data, errors } = await post(
      gateway.url,
      `query ($year: Int!) { users(first: 100) { uid name goals(year: $year, assessType: SALES_AMOUNT) { yearGoal monthlyGoals } } }`,
      {
        year: thisYear,
      },
    );
    expect(errors).toBeUndefined();
    expect(data.users).toHaveLength(100);
    expect(data.users[4]).toEqual({
      uid: 100_005,
      name: 'User 100005',
      goals: [{ yearGoal: expect.any(Number), monthlyGoals: goalsInput([100_005]).goals[0]!.monthlyValues }],
    });
    expect(batchSelects() - before).toBe(1);
  });

  it('runs a batch mutation through the gateway with the same per-item results', async () => {
    const input = goalsInput([100_201, 100_202, 999_999_999]);
    const { data } = await createFacadeClient({ url: gateway.url }).execute(GoalsUpsertDocument, { input });
    expect(data?.goalsUpsert).toMatchObject({ succeeded: 2, failed: 1 });
    expect(data?.goalsUpsert.results.map((result) => result.__typename)).toEqual(['GoalWritten', 'GoalWritten', 'UserNotFound']);
    expect(data?.goalsUpsert.results[2]).toMatchObject({ index: 2, code: 'USER_NOT_FOUND' });
  });
});
