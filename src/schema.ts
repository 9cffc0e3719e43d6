import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema, specifiedDirectives } from 'graphql';
import { buildSchema } from 'type-graphql';
import { scopeChecker } from './auth/scope-check.js';
import { CACHE_CONTROL_DIRECTIVE } from './graphql/cache-policy.js';
import { DateTimeScalar } from './graphql/date-time-scalar.js';
import { MODULES } from './modules/index.js';

/** The public schema, built from the code (type-graphql): what direct clients see in schema/schema.graphql. */
export function buildFacadeSchema(): Promise<GraphQLSchema> {
  return buildTypeGraphQLSchema();
}

/** The type-graphql schema, with what the subgraph adds (see federation.ts). */
export function buildTypeGraphQLSchema(extra: { extraResolvers?: Function[]; orphanedTypes?: Function[] } = {}): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...MODULES.flatMap((module) => module.resolvers), ...(extra.extraResolvers ?? [])] as [Function, ...Function[]],
    orphanedTypes: extra.orphanedTypes ?? [],
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    // Types carry Apollo's @cacheControl hints; the Cache-Control header is decided from them.
    directives: [...specifiedDirectives, CACHE_CONTROL_DIRECTIVE],
    // `@Authorized(scope)` fields: a caller without the scope gets FORBIDDEN naming it.
    authChecker: scopeChecker,
    // Every subscription brings its own `subscribe` (bulkJobProgress follows the job store); type-graphql still asks for a PubSub.
    pubSub: NO_TOPICS,
    validate: false,
    emitSchemaFile: false,
  });
}

const NO_TOPICS = {
  publish: () => {},
  subscribe: (): AsyncIterable<unknown> => {
    throw new Error('no subscription uses type-graphql topics');
  },
};

/** SDL sorted by name, so the committed file changes only when the schema does. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
