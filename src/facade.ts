import 'reflect-metadata';
import type { Config } from './config.js';
import type { Clock } from './core/clock.js';
import { systemClock } from './core/clock.js';
import { ProviderBreaker } from './core/http/breaker.js';
import type { RetryOptions } from './core/http/retry.js';
import { FailoverQuotaStore } from './core/quota/failover-store.js';
import { MemoryQuotaStore } from './core/quota/memory-store.js';
import type { QuotaStore } from './core/quota/quota-store.js';
import { Quotas } from './core/quota/quotas.js';
import { FacadeMetrics, type LedgerModeName } from './metrics.js';
import { CloudpenseClient, type CloudpenseConnection } from './providers/cloudpense/client.js';
import { cloudpenseRules } from './providers/cloudpense/port.js';
import { MemoryReadCache } from './core/read-cache/memory-read-cache.js';
import { NO_READ_CACHE, type ReadCache } from './core/read-cache/read-cache.js';
import { RedisReadCache } from './core/read-cache/redis-read-cache.js';
import { SharedReads } from './core/read-cache/shared-reads.js';
import { CrmClient, type CrmConnection } from './providers/crm/client.js';
import { crmOpportunities } from './providers/crm/port.js';
import { LingxingClient, type LingxingConnection } from './providers/lingxing/client.js';
import { lingxingGoals } from './providers/lingxing/port.js';
import { TopClient, type TopConnection } from './providers/top/client.js';
import { topTouchTasks } from './providers/top/port.js';
import type { ModuleServices, Services } from './context.js';
import { buildFacadeSubgraph } from './federation.js';
import { buildFacadeSchema } from './schema.js';
import type { FacadeModule, ModuleDeps } from './modules/facade-module.js';
import { MODULES } from './modules/index.js';
import { ProviderReadiness } from './provider-readiness.js';
import { createJobs } from './jobs.js';
import type { JobKind } from './core/jobs/job-kind.js';
import type { JobRecord } from './core/jobs/job-record.js';
import type { BulkJob } from './graphql/bulk-job.js';
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
  readonly quotas: Quotas;
  readonly metrics: FacadeMetrics;
  /** Where quota decisions are made now. */
  ledgerMode(): LedgerModeName;
}

/** A provider's retry options with its own circuit breaker. */
function withBreaker(provider: string, config: Config): RetryOptions {
  return { ...config.retry, breaker: new ProviderBreaker(provider, config.breaker) };
}

/** Wires clients, services, schema and server from a config, and starts listening. */
export async function startFacade(
  config: Config,
  connections: ProviderConnections,
  overrides: { clock?: Clock; quotaStore?: QuotaStore; logStream?: LogStream } = {},
): Promise<Facade> {
  const clock = overrides.clock ?? systemClock;
  // Mode changes are logged by the server's logger, which exists only later.
  let logModeChange = (_mode: string, _reason: string) => {};
  let ledger: FailoverQuotaStore | undefined;
  let quotaStore = overrides.quotaStore;
  if (!quotaStore && config.quota.redisUrl) {
    quotaStore = ledger = await FailoverQuotaStore.open({
      url: config.quota.redisUrl,
      prefix: config.quota.redisKeyPrefix,
      replicas: config.quota.replicas,
      // Only for an in-flight limit that does not say its own longest call (each provider's does).
      callHorizonMs: config.requestDeadlineMs,
      clock,
      onModeChange: (mode, reason) => logModeChange(mode, reason),
    });
  }
  quotaStore ??= new MemoryQuotaStore();
  const ledgerMode = (): LedgerModeName => ledger?.ledgerMode ?? 'memory';
  const quotas = new Quotas({
    store: quotaStore,
    clock,
    maxWaiting: config.quota.maxWaiting,
    maxWaitingPerPrincipal: config.quota.maxWaitingPerPrincipal,
    backgroundShare: config.bulk.windowShare,
  });
  const metrics = new FacadeMetrics(quotas, ledgerMode);
  const lingxing = new LingxingClient({
    connection: connections.lingxing,
    quotas,
    meter: metrics,
    clock,
    timeouts: config.lingxing.timeouts,
    retry: withBreaker('lingxing', config),
    maxInFlight: config.lingxing.maxInFlight,
    tokenLeaseMs: config.lingxing.tokenLeaseMs,
  });
  const top = new TopClient({
    connection: connections.top,
    quotas,
    meter: metrics,
    clock,
    timeouts: config.top.timeouts,
    retry: withBreaker('top', config),
    callLimit: config.top.callLimit,
    callWindowMs: config.top.callWindowMs,
  });
  const crm = new CrmClient({
    connection: connections.crm,
    quotas,
    meter: metrics,
    clock,
    timeouts: config.crm.timeouts,
    retry: withBreaker('crm', config),
    maxConcurrency: config.crm.maxConcurrency,
    ratePerSecond: config.crm.ratePerSecond,
  });
  const cloudpense = new CloudpenseClient({
    connection: connections.cloudpense,
    quotas,
    meter: metrics,
    clock,
    timeouts: config.cloudpense.timeouts,
    retry: withBreaker('cloudpense', config),
    rateLimitedResCode: config.cloudpense.rateLimitedResCode,
    tokenInvalidResCode: config.cloudpense.tokenInvalidResCode,
    readsPerMinute: config.cloudpense.readsPerMinute,
  });
  const readiness = new ProviderReadiness(
    config.providerChecks
      ? [
          { provider: 'lingxing', check: (deadline) => lingxing.checkCredentials(deadline) },
          { provider: 'top', check: (deadline) => top.checkCredentials(deadline) },
          { provider: 'crm', check: (deadline) => crm.checkCredentials(deadline) },
          { provider: 'cloudpense', check: (deadline) => cloudpense.checkCredentials(deadline) },
        ]
      : [],
    config.providerCheckIntervalMs,
  );
  const readCache = createReadCache(config, clock);
  const reads = new SharedReads(readCache, (read, served) => metrics.readServed(read, served));
  const deps: ModuleDeps = {
    ports: {
      goals: lingxingGoals(lingxing, reads),
      touchTasks: topTouchTasks(top),
      opportunities: crmOpportunities(crm),
      accountingRules: cloudpenseRules(cloudpense, clock, reads),
    },
    clock,
    splitCalls: config.refusedChunkSplitCalls,
    chunkSizes: { lingxing: config.lingxing.chunkSize, top: config.top.chunkSize, cloudpense: config.cloudpense.chunkSize },
    crmStages: config.crm.stages,
    // Two chunks beyond a provider's in-flight room wait at its gate, so a freed slot goes straight to the next chunk.
    parallelChunks: { lingxing: config.lingxing.maxInFlight + 2, top: 2, crm: config.crm.maxConcurrency + 2, cloudpense: 2 },
  };
  const moduleServices: Record<string, unknown> = {};
  const jobKinds: JobKind[] = [];
  const jobViews = new Map<string, (job: JobRecord) => BulkJob>();
  for (const module of MODULES as readonly FacadeModule<string, string, unknown, unknown>[]) {
    if (module.service) moduleServices[module.name] = module.service(deps);
    jobKinds.push(...(module.jobKinds?.(moduleServices[module.name], deps) ?? []));
    for (const [kind, view] of Object.entries(module.jobViews ?? {})) jobViews.set(kind, view);
  }
  const jobs = createJobs(config, jobKinds, jobViews, clock, metrics);
  const services: Services = { ...(moduleServices as unknown as ModuleServices), readiness, quotas, metrics, ledgerMode, jobs, reads };
  const schema = config.federation ? await buildFacadeSubgraph() : await buildFacadeSchema();
  const server = await createServer(config, schema, services, { clock, logStream: overrides.logStream });
  logModeChange = (mode, reason) => {
    if (mode === 'fallback') {
      server.app.log.warn({ quotaLedger: mode }, `Quota ledger: ${reason}; each limit is shared as 1/${config.quota.replicas} of it until Redis is back`);
    } else server.app.log.info({ quotaLedger: mode }, `Quota ledger: ${reason}`);
  };
  if (ledger?.ledgerMode === 'fallback') logModeChange('fallback', 'Redis unreachable at start-up');
  // Listening starts once the first credential check has answered (or 5 s have passed), so a replica is never ready unchecked.
  await readiness.start(5_000);
  for (const [provider, state] of Object.entries(readiness.report())) {
    if (state.status === 'refused') server.app.log.error({ provider }, `Provider credentials refused: ${state.message}`);
    else if (state.status !== 'accepted')
      server.app.log.warn({ provider, status: state.status }, `Provider credentials not checked: ${state.message ?? state.status}`);
  }
  const address = await server.app.listen({ host: config.host, port: config.port });
  let closing: Promise<void> | undefined;
  return {
    ...server,
    url: `${address.replace('0.0.0.0', 'localhost')}/graphql`,
    lingxing,
    top,
    crm,
    cloudpense,
    quotas,
    metrics,
    ledgerMode,
    // Once: a second close (a repeated signal, a test's cleanup) waits for the first.
    close: () =>
      (closing ??= (async () => {
        readiness.stop();
        await server.close();
        await jobs.close();
        await Promise.all([lingxing.close(), top.close(), crm.close(), cloudpense.close()]);
        await ledger?.close();
        await readCache.close();
      })()),
  };
}

/** READ_CACHE_TTL_MS: off (0), in this process, or in Redis for every replica. */
function createReadCache(config: Config, clock: Clock): ReadCache {
  const { ttlMs, maxBytes } = config.readCache;
  if (ttlMs === 0) return NO_READ_CACHE;
  return config.quota.redisUrl
    ? new RedisReadCache(config.quota.redisUrl, config.quota.redisKeyPrefix, ttlMs, clock)
    : new MemoryReadCache(ttlMs, maxBytes, clock);
}
