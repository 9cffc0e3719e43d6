import type { FastifyInstance } from 'fastify';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Authenticator } from './auth/authenticator.js';
import type { Clock } from './core/clock.js';
import { Deadline } from './core/deadline.js';
import { createContext, type Services } from './context.js';

/** A subscription's work is waiting for events; its deadline is for the provider calls it never makes. */
const SUBSCRIPTION_DEADLINE_MS = 24 * 3_600_000;

/**
 * GraphQL subscriptions (bulkJobProgress) over WebSocket at /graphql, in the graphql-ws protocol
 * that Apollo Sandbox, GraphiQL and Apollo Client speak. A browser cannot set headers on a
 * WebSocket, so credentials come in the connection's payload (`authorization`, `x-api-key`) as
 * well as the upgrade request's headers; they are checked once, when the connection opens.
 */
export function serveSubscriptions(app: FastifyInstance, schema: GraphQLSchema, services: Services, authenticator: Authenticator, clock: Clock): void {
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
