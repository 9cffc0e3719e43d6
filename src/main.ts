import 'reflect-metadata';
import { ConfigError, loadConfig } from './config.js';
import { type Emulators, startEmulators } from './emulators.js';
import { startFacade } from './facade.js';
import { startTracing } from './tracing.js';

let config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}

// Before the facade is built: the server registers its operation spans only when tracing is on.
const tracing = await startTracing();

let emulators: Emulators | undefined;
let connections;
if (config.providers === 'emulated') {
  // The emulated TOP enforces the same call quota the facade is configured for.
  emulators = await startEmulators({
    top: { callLimit: config.top.callLimit, callWindowMs: config.top.callWindowMs },
    crm: { stages: config.crm.stages },
  });
  connections = emulators.connections;
} else {
  connections = {
    lingxing: config.lingxing.connection!,
    top: config.top.connection!,
    crm: config.crm.connection!,
    cloudpense: config.cloudpense.connection!,
  };
}

const facade = await startFacade(config, connections);
const log = facade.app.log;
if (config.providers === 'live' && config.auth.mode === 'none') log.warn('AUTH_MODE=none: anyone who can reach this port can write to the providers');
if (config.bulk.role === 'worker')
  log.info({ providers: config.providers, role: 'worker' }, `Bulk-job worker ready (health and metrics at ${facade.url.replace(/\/graphql$/, '')})`);
else log.info({ providers: config.providers, role: config.bulk.role }, `GraphQL facade ready at ${facade.url}`);
log.info(
  { bulkJobs: config.quota.redisUrl ? 'redis' : 'memory' },
  config.quota.redisUrl
    ? `Bulk jobs: BullMQ on Redis; they survive restarts${config.bulk.role === 'api' ? ' (this replica only queues them: FACADE_ROLE=api)' : ''}`
    : 'Bulk jobs: in this process, in memory; they do NOT survive a restart (set REDIS_URL to keep them)',
);
if (emulators)
  log.info(
    `Provider emulators on loopback: LingXing ${emulators.lingxing.url}, TOP ${emulators.top.url}, CRM ${emulators.crm.url}, CloudPense ${emulators.cloudpense.url}`,
  );
if (config.sandbox)
  log.info(`Open ${facade.url} in a browser for Apollo Sandbox, or ${facade.url.replace(/graphql$/, 'graphiql')} for GraphiQL (no internet needed).`);
log.info(
  { tracing: tracing ? 'on' : 'off' },
  tracing ? 'Tracing: OpenTelemetry, exported as the OTEL_* variables say' : 'Tracing: off (set OTEL_EXPORTER_OTLP_ENDPOINT to export spans)',
);
for (const warning of tracing?.warnings ?? []) log.warn(`Tracing: ${warning}`);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info(`${signal}: finishing requests in flight, then stopping`);
  await facade.close();
  await emulators?.close();
  await tracing?.stop();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
