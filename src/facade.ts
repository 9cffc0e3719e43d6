import 'reflect-metadata';
import type { Config } from './config.js';
import type { Clock } from './core/clock.js';
import { systemClock } from './core/clock.js';
import { MemoryQuotaStore } from './core/quota/memory-store.js';
import type { QuotaStore } from './core/quota/quota-store.js';
import { GoalService } from './modules/goals/goal.service.js';
import { LingxingClient, type LingxingConnection } from './providers/lingxing/client.js';
import { buildFacadeSchema } from './schema.js';
import { createServer, type FacadeServer } from './server.js';

/** Where each provider is and which credentials it takes. */
export interface ProviderConnections {
  readonly lingxing: LingxingConnection;
}

export interface Facade extends FacadeServer {
  readonly url: string;
  readonly lingxing: LingxingClient;
}

/** Wires clients, services, schema and server from a config, and starts listening. */
export async function startFacade(
  config: Config,
  connections: ProviderConnections,
  overrides: { clock?: Clock; quotaStore?: QuotaStore } = {},
): Promise<Facade> {
  const clock = overrides.clock ?? systemClock;
  const quotaStore = overrides.quotaStore ?? new MemoryQuotaStore();
  const lingxing = new LingxingClient({
    connection: connections.lingxing,
    quotaStore,
    clock,
    timeouts: config.lingxing.timeouts,
    retry: config.retry,
    maxInFlight: config.lingxing.maxInFlight,
  });
  const services = { goals: new GoalService({ client: lingxing, clock, chunkSize: config.lingxing.chunkSize }) };
  const server = await createServer(config, await buildFacadeSchema(), services);
  const address = await server.app.listen({ host: config.host, port: config.port });
  return {
    ...server,
    url: `${address.replace('0.0.0.0', 'localhost')}/graphql`,
    lingxing,
    close: async () => {
      await server.close();
      await lingxing.close();
    },
  };
}
