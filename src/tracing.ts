import { type ContextManager, ROOT_CONTEXT } from '@opentelemetry/api';
import { enableTracing } from './core/tracing.js';

/** OpenTelemetry's no-op context manager (the API keeps its own private): nothing is ever "active". */
const NO_ACTIVE_CONTEXT: ContextManager = {
  active: () => ROOT_CONTEXT,
  with: (_context, fn, thisArg, ...args) => fn.call(thisArg, ...args),
  bind: (_context, target) => target,
  enable() {
    return this;
  },
  disable() {
    return this;
  },
};

/** The OTEL_* variables that ask for traces: an OTLP endpoint, or an exporter named outright. */
export function tracingRequested(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.OTEL_SDK_DISABLED === 'true') return false;
  const exporter = env.OTEL_TRACES_EXPORTER;
  if (exporter) return exporter !== 'none';
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
}

/**
 * Starts OpenTelemetry's Node SDK when the standard OTEL_* variables ask for traces (OTLP over
 * HTTP by default; OTEL_SERVICE_NAME, OTEL_RESOURCE_ATTRIBUTES, OTEL_TRACES_SAMPLER… as the SDK
 * reads them). Without them nothing is loaded and tracing costs nothing. Answers how to flush and stop.
 */
export async function startTracing(): Promise<(() => Promise<void>) | undefined> {
  if (!tracingRequested()) return undefined;
  // Traces only: the facade's metrics are Prometheus' (/metrics), and it logs as JSON lines.
  process.env.OTEL_METRICS_EXPORTER ??= 'none';
  process.env.OTEL_LOGS_EXPORTER ??= 'none';
  const { NodeSDK, resources } = await import('@opentelemetry/sdk-node');
  const sdk = new NodeSDK({
    serviceName: process.env.OTEL_SERVICE_NAME ?? 'provider-facade',
    // No auto-instrumentation: the facade makes the spans that matter (operation, chunk, call, quota wait).
    instrumentations: [],
    // No AsyncLocalStorage: spans travel with each request's deadline (core/deadline.ts). On Node 20
    // its promise hooks made every promise dearer, about half of what tracing cost a batch.
    contextManager: NO_ACTIVE_CONTEXT,
    // No cloud metadata probes unless OTEL_NODE_RESOURCE_DETECTORS asks for them.
    ...(process.env.OTEL_NODE_RESOURCE_DETECTORS ? {} : { resourceDetectors: [resources.envDetector, resources.processDetector, resources.hostDetector] }),
  });
  sdk.start();
  enableTracing();
  return () => sdk.shutdown();
}
