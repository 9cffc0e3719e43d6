import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { graphql, type GraphQLSchema, parse } from 'graphql';
import { createResolversMap } from 'type-graphql';
import { requireScope } from './auth/scope-check.js';
import type { FacadeContext } from './context.js';
import type { AssessType, Goal } from './modules/goals/goal.types.js';
import type { AccountingRule } from './modules/accounting-rules/accounting-rule.types.js';
import { UserResolver } from './modules/goals/user.resolver.js';
import { User } from './modules/goals/user.entity.js';
import { buildTypeGraphQLSchema } from './schema.js';

const FEDERATION_LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])';

/**
 * How the supergraph's router fetches this subgraph's entities. Each goes through the request's
 * DataLoaders, so 100 goals of one (year, assessType) cost one batchSelect, not 100.
 */
const referenceResolvers = {
  Goal: {
    async __resolveReference(reference: { uid: number; year: number; assessType: AssessType }, context: FacadeContext): Promise<Goal | null> {
      requireScope(context.principal, 'goals:read');
      if (context.services.goals.yearProblem(reference.year)) return null;
      const goals = await context.loaders.goals.load({ year: reference.year, assessType: reference.assessType });
      return goals.find((goal) => goal.uid === reference.uid) ?? null;
    },
  },
  AccountingRule: {
    __resolveReference(reference: { code: string }, context: FacadeContext): Promise<AccountingRule | null> {
      requireScope(context.principal, 'accounting-rules:read');
      return context.loaders.accountingRules.load(reference.code);
    },
  },
  User: {
    // The owning subgraph answers everything else about a user; goals need only the uid.
    __resolveReference(reference: { uid: number }): User {
      return Object.assign(new User(), { uid: reference.uid });
    },
  },
};

/**
 * The schema this facade serves: the public schema plus what an Apollo Federation 2 router needs
 * (`_service`, `_entities`, entity keys, `User.goals`), built from the same type-graphql classes.
 */
export async function buildFacadeSubgraph(): Promise<GraphQLSchema> {
  const schema = await buildTypeGraphQLSchema({ extraResolvers: [UserResolver], orphanedTypes: [User] });
  const resolvers: Record<string, unknown> = { ...createResolversMap(schema) };
  for (const [type, entity] of Object.entries(referenceResolvers)) resolvers[type] = { ...(resolvers[type] as object), ...entity };
  return buildSubgraphSchema({
    typeDefs: parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`),
    resolvers: resolvers as never,
  });
}

/** The subgraph SDL a router composes (schema/subgraph.graphql): exactly what `_service { sdl }` answers. */
export async function printSubgraphSdl(subgraph: GraphQLSchema): Promise<string> {
  const result = await graphql({ schema: subgraph, source: '{ _service { sdl } }' });
  const sdl = (result.data?._service as { sdl?: string } | undefined)?.sdl;
  if (!sdl) throw new Error(`_service did not answer its SDL: ${JSON.stringify(result.errors)}`);
  return `${sdl.trim()}\n`;
}
