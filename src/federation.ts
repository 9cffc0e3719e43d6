import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { graphql, GraphQLError, type GraphQLSchema, parse } from 'graphql';
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
  const subgraph = buildSubgraphSchema({
    typeDefs: parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`),
    resolvers: resolvers as never,
  });
  refuseUnknownEntities(subgraph, new Set(parts.flatMap((part) => Object.keys(part.entities ?? {}))));
  return subgraph;
}

/** Representations one `_entities` request may ask for: each may cost a provider read (a rule code is one CloudPense read). */
export const MAX_REPRESENTATIONS = 1_000;

/**
 * A representation of a type this subgraph does not resolve is the caller's mistake: refused as
 * BAD_USER_INPUT (HTTP 400) before any is looked up, not a masked internal error and an error log.
 */
function refuseUnknownEntities(subgraph: GraphQLSchema, entityTypes: ReadonlySet<string>): void {
  const field = subgraph.getQueryType()?.getFields()._entities;
  const resolve = field?.resolve;
  if (!field || !resolve) return;
  field.resolve = (source, args: { representations?: { __typename?: unknown }[] }, context, info) => {
    const count = args.representations?.length ?? 0;
    if (count > MAX_REPRESENTATIONS) {
      throw new GraphQLError(
        `_entities takes at most ${MAX_REPRESENTATIONS.toLocaleString('en')} representations per request; got ${count.toLocaleString('en')}. Split the fetch.`,
        {
          extensions: { code: 'BAD_USER_INPUT', field: 'representations', max: MAX_REPRESENTATIONS, http: { status: 400 } },
        },
      );
    }
    const unknown = (args.representations ?? []).find((representation) => !entityTypes.has(String(representation.__typename)));
    if (unknown) {
      throw new GraphQLError(`_entities: this subgraph resolves ${[...entityTypes].join(', ')}; not ${JSON.stringify(unknown.__typename)}.`, {
        extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
      });
    }
    return resolve(source, args, context, info);
  };
}

/** The subgraph SDL a router composes (schema/subgraph.graphql): exactly what `_service { sdl }` answers. */
export async function printSubgraphSdl(subgraph: GraphQLSchema): Promise<string> {
  const result = await graphql({ schema: subgraph, source: '{ _service { sdl } }' });
  const sdl = (result.data?._service as { sdl?: string } | undefined)?.sdl;
  if (!sdl) throw new Error(`_service did not answer its SDL: ${JSON.stringify(result.errors)}`);
  return `${sdl.trim()}\n`;
}
