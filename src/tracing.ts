import { DiagConsoleLogger, diag, propagation, type TextMapPropagator, trace } from '@opentelemetry/api';
import type { BasicTracerProvider, TracerConfig } from '@opentelemetry/sdk-trace-base';
import { enableTracing } from './core/tracing.js';

/** The OTEL_* variables that ask for traces: an OTLP endpoint, or an exporter named outright. */
export function tracingRequested(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.OTEL_SDK_DISABLED === 'true') return false;
  const exporter = env.OTEL_TRACES_EXPORTER;
  if (exporter) return exporter !== 'none';
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
}

/** A comma-separated OTEL_* list, trimmed, without empties. */
const listOf = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * Starts OpenTelemetry's trace SDK when the standard OTEL_* variables ask for traces, read as the
 * SDK's own environment configuration reads them. Without them nothing is loaded and tracing
 * costs nothing. Answers how to flush and stop, and what it could not honour.
 *
 * Why not `@opentelemetry/sdk-node`: it loads every signal's exporters (metrics, logs, gRPC,
 * Prometheus, cloud detectors) whether asked for or not: 20 MB more heap, and 6–9% more CPU per
 * goal of a batch with no span recorded at all (npm run bench tracing, A/B). The facade exports traces only.
 */
export async function startTracing(): Promise<{ stop: () => Promise<void>; warnings: string[] } | undefined> {
  // process.env, not a copy: the exporter and the SDK read their variables there themselves.
  const env = process.env;
  if (!tracingRequested(env)) return undefined;
  const warnings: string[] = [];
  const [{ BatchSpanProcessor, ConsoleSpanExporter, SimpleSpanProcessor }, resources, { diagLogLevelFromString }] = await Promise.all([
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/resources'),
    import('@opentelemetry/core'),
  ]);
  // OTEL_LOG_LEVEL: the SDK's own diagnostics (a failed export…) on stderr, as the SDK documents.
  if (env.OTEL_LOG_LEVEL) diag.setLogger(new DiagConsoleLogger(), { logLevel: diagLogLevelFromString(env.OTEL_LOG_LEVEL) });

  // OTEL_TRACES_EXPORTER: otlp (the default), console; OTLP by OTEL_EXPORTER_OTLP_[TRACES_]PROTOCOL.
  const spanProcessors = [];
  for (const name of new Set(listOf(env.OTEL_TRACES_EXPORTER).filter((name) => name !== 'none'))) {
    if (name === 'console') spanProcessors.push(new SimpleSpanProcessor(new ConsoleSpanExporter()));
    else if (name === 'otlp') spanProcessors.push(new BatchSpanProcessor(await otlpExporter(env, warnings)));
    else warnings.push(`OTEL_TRACES_EXPORTER=${name}: not available here (otlp, console); ignored`);
  }
  if (spanProcessors.length === 0) spanProcessors.push(new BatchSpanProcessor(await otlpExporter(env, warnings)));

  // OTEL_NODE_RESOURCE_DETECTORS: those of @opentelemetry/resources; by default env, process and host.
  const detectorsByName = {
    env: resources.envDetector,
    host: resources.hostDetector,
    os: resources.osDetector,
    process: resources.processDetector,
    serviceinstance: resources.serviceInstanceIdDetector,
  };
  const named = env.OTEL_NODE_RESOURCE_DETECTORS === undefined ? ['env', 'process', 'host'] : listOf(env.OTEL_NODE_RESOURCE_DETECTORS);
  const detectors = named.includes('none')
    ? []
    : named.includes('all')
      ? Object.values(detectorsByName)
      : named.flatMap((name) => {
          const detector = detectorsByName[name as keyof typeof detectorsByName];
          if (!detector) warnings.push(`OTEL_NODE_RESOURCE_DETECTORS=${name}: not available here (${Object.keys(detectorsByName).join(', ')}); ignored`);
          return detector ? [detector] : [];
        });
  // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES (the env detector) win over the facade's default name.
  const resource = resources
    .defaultResource()
    .merge(resources.resourceFromAttributes({ 'service.name': 'provider-facade' }))
    .merge(resources.detectResources({ detectors }));

  // OTEL_TRACES_SAMPLER[_ARG], OTEL_SPAN_*_LIMIT and OTEL_BSP_* are read by the SDK itself.
  const provider = await registerTracerProvider({ resource, spanProcessors }, warnings);
  return { stop: () => provider.shutdown(), warnings };
}

/**
 * Registers a tracer provider as the facade uses one: without a context manager (spans travel with
 * each request's deadline, core/deadline.ts; on Node 20 AsyncLocalStorage's promise hooks made
 * every promise of a batch dearer), with the propagators OTEL_PROPAGATORS names, the facade's spans on.
 * Tests call it with an in-memory exporter.
 */
export async function registerTracerProvider(config: TracerConfig, warnings: string[] = []): Promise<BasicTracerProvider> {
  const [{ BasicTracerProvider }, propagators] = await Promise.all([import('@opentelemetry/sdk-trace-base'), propagatorsFrom(process.env, warnings)]);
  const provider = new BasicTracerProvider(config);
  // No context manager registered: the API's default has nothing "active", and none is needed.
  trace.setGlobalTracerProvider(provider);
  if (propagators.all) propagation.setGlobalPropagator(propagators.all);
  enableTracing(true, propagators.traceContext);
  return provider;
}

/**
 * OTEL_PROPAGATORS: tracecontext and baggage (the default, both), or none; all of them read what
 * callers send, the trace context alone is sent to providers.
 */
async function propagatorsFrom(env: NodeJS.ProcessEnv, warnings: string[]): Promise<{ all?: TextMapPropagator; traceContext?: TextMapPropagator }> {
  const { CompositePropagator, W3CBaggagePropagator, W3CTraceContextPropagator } = await import('@opentelemetry/core');
  const named = env.OTEL_PROPAGATORS === undefined ? ['tracecontext', 'baggage'] : listOf(env.OTEL_PROPAGATORS);
  if (named.includes('none')) return {};
  const propagators = [...new Set(named)].flatMap((name) => {
    if (name === 'tracecontext') return [new W3CTraceContextPropagator()];
    if (name === 'baggage') return [new W3CBaggagePropagator()];
    warnings.push(`OTEL_PROPAGATORS=${name}: not available here (tracecontext, baggage); ignored`);
    return [];
  });
  if (propagators.length === 0) return {};
  return {
    all: new CompositePropagator({ propagators }),
    traceContext: propagators.find((propagator) => propagator instanceof W3CTraceContextPropagator),
  };
}

/** The OTLP exporter for OTEL_EXPORTER_OTLP_[TRACES_]PROTOCOL (http/protobuf by default); it reads its endpoint, headers and timeout itself. */
async function otlpExporter(env: NodeJS.ProcessEnv, warnings: string[]) {
  const protocol = (env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL ?? env.OTEL_EXPORTER_OTLP_PROTOCOL ?? '').trim() || 'http/protobuf';
  if (protocol === 'grpc') return new (await import('@opentelemetry/exporter-trace-otlp-grpc')).OTLPTraceExporter();
  if (protocol === 'http/json') return new (await import('@opentelemetry/exporter-trace-otlp-http')).OTLPTraceExporter();
  if (protocol !== 'http/protobuf')
    warnings.push(`OTEL_EXPORTER_OTLP_PROTOCOL=${protocol}: not an OTLP protocol (grpc, http/json, http/protobuf); using http/protobuf`);
  return new (await import('@opentelemetry/exporter-trace-otlp-proto')).OTLPTraceExporter();
}
