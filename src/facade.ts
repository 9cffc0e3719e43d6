import 'reflect-metadata';
import type { Config } from './config.js';
import type { Clock } from './core/clock.js';
import { systemClock } from './core/clock.js';
import { MemoryQuotaStore } from './core/quota/memory-store.js';
import type { QuotaStore } from './core/quota/quota-store.js';
import { GoalService } from './modules/goals/goal.service.js';
import { AccountingRuleService } from './modules/accounting-rules/accounting-rule.service.js';
import { OpportunityService } from './modules/opportunities/opportunity.service.js';
import { CloudpenseClient, type CloudpenseConnection } from './providers/cloudpense/client.js';
import { TouchTaskService } from './modules/touch-tasks/touch-task.service.js';
import { CrmClient, type CrmConnection } from './providers/crm/client.js';
import { LingxingClient, type LingxingConnection } from './providers/lingxing/client.js';
import { TopClient, type TopConnection } from './providers/top/client.js';
import { buildFacadeSchema } from './schema.js';
import { createServer, type FacadeServer, type LogStream } from './server.js';

/** Where each provider is and which credentials it takes. */
export interface ProviderConnections {
  readonly lingxing: LingxingConnection;
  readonly top: TopConnection;
  readonly crm: CrmConnection;
  readonly cloudpense: CloudpenseConnection;
}

export interface Facade extends FacadeServer {
  readonly url: string;
  readonly lingxing: LingxingClient;
  readonly top: TopClient;
  readonly crm: CrmClient;
  readonly cloudpense: CloudpenseClient;
}

/** Wires clients, services, schema and server from a config, and starts listening. */
export async function startFacade(
  config: Config,
  connections: ProviderConnections,
  overrides: { clock?: Clock; quotaStore?: QuotaStore; logStream?: LogStream } = {},
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
  const top = new TopClient({
    connection: connections.top,
    quotaStore,
    clock,
    timeouts: config.top.timeouts,
    retry: config.retry,
    callLimit: config.top.callLimit,
    callWindowMs: config.top.callWindowMs,
  });
  const crm = new CrmClient({
    connection: connections.crm,
    quotaStore,
    clock,
    timeouts: config.crm.timeouts,
    retry: config.retry,
    maxConcurrency: config.crm.maxConcurrency,
    ratePerSecond: config.crm.ratePerSecond,
  });
  const cloudpense = new CloudpenseClient({
    connection: connections.cloudpense,
    quotaStore,
    clock,
    timeouts: config.cloudpense.timeouts,
    retry: config.retry,
    rateLimitedResCode: config.cloudpense.rateLimitedResCode,
    tokenInvalidResCode: config.cloudpense.tokenInvalidResCode,
  });
  const services = {
    goals: new GoalService({ client: lingxing, clock, chunkSize: config.lingxing.chunkSize }),
    touchTasks: new TouchTaskService({ client: top, chunkSize: config.top.chunkSize }),
    opportunities: new OpportunityService({ client: crm, stages: config.crm.stages }),
    accountingRules: new AccountingRuleService({ client: cloudpense, clock, chunkSize: config.cloudpense.chunkSize }),
  };
  const server = await createServer(config, await buildFacadeSchema(), services, { clock, logStream: overrides.logStream });
  const address = await server.app.listen({ host: config.host, port: config.port });
  let closing: Promise<void> | undefined;
  return {
    ...server,
    url: `${address.replace('0.0.0.0', 'localhost')}/graphql`,
    lingxing,
    top,
    crm,
    cloudpense,
    // Once: a second close (a repeated signal, a test's cleanup) waits for the first.
    close: () =>
      (closing ??= (async () => {
        await server.close();
        await Promise.all([lingxing.close(), top.close(), crm.close(), cloudpense.close()]);
      })()),
  };
}
