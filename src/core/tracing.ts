import {
  type Attributes,
  type Context,
  defaultTextMapSetter,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  type SpanOptions,
  SpanStatusCode,
  type TextMapPropagator,
  trace,
  type Tracer,
} from '@opentelemetry/api';
import type { Deadline } from './deadline.js';

/**
 * OpenTelemetry spans, the facade's own: per GraphQL operation (server.ts), per batch chunk, per
 * provider call attempt (its quota wait in its attributes). Off until an SDK is started (src/tracing.ts, from the
 * OTEL_* variables, or a test's provider): until then every helper here returns at once.
 */
let enabled = false;
let tracer: Tracer = trace.getTracer('provider-facade');
let toProviders: TextMapPropagator | undefined;

/**
 * Turns the facade's spans on (once a tracer provider is registered) or off; `providerPropagation`
 * writes what a provider call carries of its trace (W3C trace context, src/tracing.ts).
 */
export function enableTracing(on = true, providerPropagation?: TextMapPropagator): void {
  enabled = on;
  toProviders = on ? providerPropagation : undefined;
  // Looked up once, not per span: the API's lookup builds a key and walks the provider each time.
  tracer = trace.getTracer('provider-facade');
}

export function tracingEnabled(): boolean {
  return enabled;
}

/** Starts a span with the facade's tracer, for one that outlives a single call (the operation's: from a hook to another). */
export function startSpan(name: string, options: SpanOptions, parent: Context): Span {
  return tracer.startSpan(name, options, parent);
}

/**
 * Runs `work` in a span of its own, a child of the deadline's trace; `work` gets the span and the
 * deadline to hand on (inside the span). A thrown error marks the span failed.
 */
export async function inSpan<T>(
  name: string,
  attributes: Attributes,
  deadline: Deadline,
  work: (span: Span | undefined, deadline: Deadline) => Promise<T>,
  kind: SpanKind = SpanKind.INTERNAL,
): Promise<T> {
  if (!enabled) return work(undefined, deadline);
  const parent = deadline.trace ?? ROOT_CONTEXT;
  const span = tracer.startSpan(name, { kind, attributes }, parent);
  try {
    return await work(span, deadline.within(trace.setSpan(parent, span)));
  } catch (error) {
    failed(span, error);
    throw error;
  } finally {
    span.end();
  }
}

function failed(span: Span, error: unknown): void {
  span.recordException(error instanceof Error ? error : String(error));
  span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
}

/**
 * A provider call's trace context as W3C headers (`traceparent`, `tracestate`), when OTEL_PROPAGATORS
 * has `tracecontext`. Never `baggage`: callers fill it, and third-party providers need not see it.
 */
export function traceHeaders(context: Context): Record<string, string> {
  const carrier: Record<string, string> = {};
  toProviders?.inject(context, carrier, defaultTextMapSetter);
  return carrier;
}
