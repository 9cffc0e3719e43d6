import { propagation, ROOT_CONTEXT, trace } from '@opentelemetry/api';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Deadline } from '../../src/core/deadline.js';
import { enableTracing, inSpan, traceHeaders } from '../../src/core/tracing.js';
import { startTracing, tracingRequested } from '../../src/tracing.js';

/** A local OTLP/HTTP collector: what was posted, by path. */
async function collector() {
  const posts: { path: string; type: string; body: Buffer }[] = [];
  const server = createServer((request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      posts.push({ path: request.url!, type: String(request.headers['content-type']), body: Buffer.concat(chunks) });
      response.writeHead(200, { 'content-type': 'application/x-protobuf' }).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, posts, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** The SDK reads process.env itself: the test's variables go there, and back after each test. */
function stubEnv(variables: Record<string, string>): void {
  for (const [name, value] of Object.entries(variables)) vi.stubEnv(name, value);
}

describe('startTracing', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    enableTracing(false);
    trace.disable();
    propagation.disable();
  });

  it('is asked for by an OTLP endpoint or a named exporter, never by default', () => {
    expect(tracingRequested({})).toBe(false);
    expect(tracingRequested({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBe(true);
    expect(tracingRequested({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' })).toBe(true);
    expect(tracingRequested({ OTEL_TRACES_EXPORTER: 'console' })).toBe(true);
    expect(tracingRequested({ OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBe(false);
    expect(tracingRequested({ OTEL_SDK_DISABLED: 'true', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBe(false);
  });

  it('exports OTLP/protobuf to the endpoint, under OTEL_SERVICE_NAME, with W3C propagation (providers get no baggage)', async () => {
    const sink = await collector();
    stubEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: sink.url, OTEL_SERVICE_NAME: 'facade-under-test' });
    const started = await startTracing();
    try {
      expect(started?.warnings).toEqual([]);
      let headers: Record<string, string> = {};
      // A caller's baggage is read (the default propagators), and not handed on to a provider.
      const fromCaller = propagation.extract(ROOT_CONTEXT, { baggage: 'user.id=alice' });
      expect(propagation.getBaggage(fromCaller)?.getEntry('user.id')?.value).toBe('alice');
      await inSpan('batch chunk', { 'facade.batch.items': 3 }, Deadline.in(1_000).within(fromCaller), async (span, inside) => {
        headers = traceHeaders(inside.trace!);
        expect(headers.traceparent).toBe(`00-${span!.spanContext().traceId}-${span!.spanContext().spanId}-01`);
        const everything: Record<string, string> = {};
        propagation.inject(inside.trace!, everything);
        expect(everything.baggage).toBe('user.id=alice');
      });
      expect(Object.keys(headers)).toEqual(['traceparent']);
      await started!.stop(); // flushes
      expect(sink.posts.map((post) => [post.path, post.type])).toEqual([['/v1/traces', 'application/x-protobuf']]);
      const body = sink.posts[0]!.body.toString('latin1');
      expect(body).toContain('batch chunk');
      expect(body).toContain('facade-under-test'); // the resource's service.name (the scope is provider-facade, always)
    } finally {
      await sink.close();
    }
  });

  it('says which OTEL_* values it cannot honour, and still traces', async () => {
    stubEnv({ OTEL_TRACES_EXPORTER: 'console,zipkin', OTEL_PROPAGATORS: 'tracecontext,b3', OTEL_NODE_RESOURCE_DETECTORS: 'env,aws' });
    const started = await startTracing();
    try {
      expect(started!.warnings).toEqual([
        'OTEL_TRACES_EXPORTER=zipkin: not available here (otlp, console); ignored',
        'OTEL_NODE_RESOURCE_DETECTORS=aws: not available here (env, host, os, process, serviceinstance); ignored',
        'OTEL_PROPAGATORS=b3: not available here (tracecontext, baggage); ignored',
      ]);
      expect(propagation.fields()).toEqual(['traceparent', 'tracestate']);
      expect(trace.getTracer('t').startSpan('s', {}, ROOT_CONTEXT).isRecording()).toBe(true);
    } finally {
      await started?.stop();
    }
  });

  it('propagates nothing with OTEL_PROPAGATORS=none', async () => {
    stubEnv({ OTEL_TRACES_EXPORTER: 'console', OTEL_PROPAGATORS: 'none' });
    const started = await startTracing();
    try {
      const span = trace.getTracer('t').startSpan('s');
      expect(span.isRecording()).toBe(true);
      expect(traceHeaders(trace.setSpan(ROOT_CONTEXT, span))).toEqual({}); // never ended: the console stays quiet
    } finally {
      await started?.stop();
    }
  });
});
