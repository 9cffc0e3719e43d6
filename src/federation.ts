import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { graphql, type GraphQLSchema, parse } from 'graphql';
import { createResolversMap } from 'type-graphql';
import type { FacadeModule } from './modules/facade-module.js';
import { MODULES } from './modules/index.js';
import { buildTypeGraphQLSchema } from './schema.js';

const FEDERATION_LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])';

/**
 * The schema this facade serves: the public schema plus what an Apollo Federation 2 router needs
 * (`_service`, `_entities`, entity keys, `User.goals`), built from the same type-graphql classes.
 */
export async function buildFacadeSubgraph(): Promise<GraphQLSchema> {
  const parts = MODULES.map((module: FacadeModule<string, string, unknown, unknown>) => module.subgraph ?? {});
  const schema = await buildTypeGraphQLSchema({
    extraResolvers: parts.flatMap((part) => part.resolvers ?? []),
    orphanedTypes: parts.flatMap((part) => part.orphanedTypes ?? []),
  });
  const resolvers: Record<string, unknown> = { ...createResolversMap(schema) };
  // The router fetches each module's entities through its reference resolvers.
  for (const part of parts) for (const [type, entity] of Object.entries(part.entities ?? {})) resolvers[type] = { ...(resolvers[type] as object), ...entity };
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
