import type { FastifyInstance } from 'fastify';
import { GraphQLError, type GraphQLSchema, Kind, parse } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Authenticator } from './auth/authenticator.js';
import type { Clock } from './core/clock.js';
import { Deadline } from './core/deadline.js';
import { createContext, type Services } from './context.js';
import { isListedText } from './graphql/trusted-documents.js';

/** A subscription's work is waiting for events; its deadline is for the provider calls it never makes. */
const SUBSCRIPTION_DEADLINE_MS = 24 * 3_600_000;

/**
 * GraphQL subscriptions (bulkJobProgress) over WebSocket at /graphql, in the graphql-ws protocol
 * that Apollo Sandbox, GraphiQL and Apollo Client speak. A browser cannot set headers on a
 * WebSocket, so credentials come in the connection's payload (`authorization`, `x-api-key`) as
 * well as the upgrade request's headers; they are checked once, when the connection opens.
 */
export function serveSubscriptions(
  app: FastifyInstance,
  schema: GraphQLSchema,
  services: Services,
  authenticator: Authenticator,
  clock: Clock,
  trustedDocuments: 'any' | 'safelist',
): void {
  const wss = new WebSocketServer({ server: app.server, path: '/graphql' });
  const server = useServer(
    {
      schema,
      onConnect: async (ctx) => {
        try {
          const principal = await authenticator.authenticate(credentials(ctx.extra.request.headers, ctx.connectionParams));
          (ctx.extra as { principal?: unknown }).principal = principal;
          return true;
        } catch (error) {
          if (error instanceof GraphQLError) return false;
          throw error;
        }
      },
      // Only subscriptions come this way: queries and mutations go over HTTP, through its limits and deadline.
      onSubscribe: (_ctx, _id, payload) => {
        const refusal = refusalOf(payload.query, trustedDocuments);
        return refusal ? [refusal] : undefined;
      },
      context: (ctx) => {
        const principal = (ctx.extra as { principal?: Parameters<typeof createContext>[2] }).principal!;
        return createContext(
          services,
          Deadline.in(SUBSCRIPTION_DEADLINE_MS, clock, principal.id),
          principal,
          app.log,
          ctx.extra.request.headers['accept-language'],
        );
      },
    },
    wss,
  );
  app.addHook('preClose', async () => {
    await server.dispose();
    await new Promise<void>((resolve) => wss.close(() => resolve()));
  });
}

function credentials(
  headers: Record<string, string | string[] | undefined>,
  params: Readonly<Record<string, unknown>> | undefined,
): Record<string, string | string[] | undefined> {
  const merged = { ...headers };
  for (const [name, value] of Object.entries(params ?? {})) {
    const lower = name.toLowerCase();
    if ((lower === 'authorization' || lower === 'x-api-key') && typeof value === 'string') merged[lower] = value;
  }
  return merged;
}

/** Why a document may not run over WebSocket: not a subscription, or (TRUSTED_DOCUMENTS=safelist) not a published one. */
function refusalOf(query: string, trustedDocuments: 'any' | 'safelist'): GraphQLError | undefined {
  if (trustedDocuments === 'safelist' && !isListedText(query)) {
    return new GraphQLError('This API accepts only its published operations (trusted documents).', { extensions: { code: 'PERSISTED_QUERY_NOT_LISTED' } });
  }
  let document;
  try {
    document = parse(query, { maxTokens: 2_000 });
  } catch (error) {
    return error instanceof GraphQLError ? error : new GraphQLError('The subscription does not parse.');
  }
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1 || operations[0]!.operation !== 'subscription') {
    return new GraphQLError('Only one subscription per WebSocket operation: send queries and mutations over HTTP (POST /graphql).', {
      extensions: { code: 'BAD_REQUEST' },
    });
  }
  return undefined;
}
