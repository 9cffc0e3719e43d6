import { type Attributes, propagation, ROOT_CONTEXT, type Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { Deadline } from './deadline.js';

/**
 * OpenTelemetry spans, the facade's own: per GraphQL operation (server.ts), per batch chunk, per
 * provider call attempt and its quota wait. Off until an SDK is started (src/tracing.ts, from the
 * OTEL_* variables, or a test's provider): until then every helper here returns at once.
 */
let enabled = false;

export function enableTracing(on = true): void {
  enabled = on;
}

export function tracingEnabled(): boolean {
  return enabled;
}

const tracer = () => trace.getTracer('provider-facade');

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
  const span = tracer().startSpan(name, { kind, attributes }, parent);
  try {
    return await work(span, deadline.within(trace.setSpan(parent, span)));
  } catch (error) {
    failed(span, error);
    throw error;
  } finally {
    span.end();
  }
}

/** A span recorded after the fact, for a wait known once it is over (a quota wait), under `parent`. */
export function pastSpan(parent: Span, name: string, startMs: number, endMs: number, attributes: Attributes = {}): void {
  if (enabled) tracer().startSpan(name, { attributes, startTime: startMs }, trace.setSpan(ROOT_CONTEXT, parent)).end(endMs);
}

function failed(span: Span, error: unknown): void {
  span.recordException(error instanceof Error ? error : String(error));
  span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
}

/** A span's W3C trace context (`traceparent`, `tracestate`), for a provider call's headers. */
export function traceHeaders(span: Span): Record<string, string> {
  if (!enabled) return {};
  const carrier: Record<string, string> = {};
  propagation.inject(trace.setSpan(ROOT_CONTEXT, span), carrier);
  return carrier;
}
