import { SpanStatusCode } from '@opentelemetry/api';
import { type BasicTracerProvider, InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFacadeClient, GoalsDocument, GoalsUpsertDocument } from '../src/client/index.js';
import { enableTracing } from '../src/core/tracing.js';
import { registerTracerProvider } from '../src/tracing.js';
import { PATHS } from '../src/providers/lingxing/wire.js';
import { goalsInput, type Harness, startHarness, thisYear } from './support/harness.js';

/** The SDK as src/tracing.ts starts it, with the in-memory exporter instead of OTLP. */
const exporter = new InMemorySpanExporter();
let provider: BasicTracerProvider;

interface Node {
  readonly span: ReadableSpan;
  readonly children: Node[];
}

/** The spans as a tree, children in start order. */
function tree(spans: readonly ReadableSpan[], parentId: string): Node[] {
  return spans
    .filter((span) => span.parentSpanContext?.spanId === parentId)
    .sort((a, b) => a.startTime[0] - b.startTime[0] || a.startTime[1] - b.startTime[1])
    .map((span) => ({ span, children: tree(spans, span.spanContext().spanId) }));
}
const shape = (nodes: Node[]): unknown[] => nodes.map(({ span, children }) => [span.name, ...(children.length ? [shape(children)] : [])]);

describe('OpenTelemetry spans', () => {
  let h: Harness;
  beforeAll(async () => {
    // As src/tracing.ts registers it, with no context manager: spans must nest through the request's deadline alone.
    provider = await registerTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
    h = await startHarness();
    await h.client.request(GoalsDocument, { year: thisYear, assessType: 'SALES_AMOUNT' }); // the access token, outside the traced request
  });
  afterAll(async () => {
    await h?.close();
    enableTracing(false);
    await provider?.shutdown();
  });

  it("an upsert with one refused item and one retried call: operation → chunk → each attempt (its quota wait an attribute), under the caller's traceparent", async () => {
    exporter.reset();
    h.lingxing.stats.traceparents.length = 0;
    h.lingxing.setFaults({ errorRate: 1, kinds: ['http-503'], limit: 1 });
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const callerSpan = '00f067aa0ba902b7';
    const traced = createFacadeClient({ url: h.facade.url, headers: { traceparent: `00-${traceId}-${callerSpan}-01` } });
    const { goalsUpsert } = await traced.request(GoalsUpsertDocument, { input: goalsInput([100_001, 999_999]) });
    expect(goalsUpsert.results.map((result) => result.__typename)).toEqual(['GoalWritten', 'UserNotFound']);
    await provider.forceFlush();

    const spans = exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === traceId);
    const roots = tree(spans, callerSpan);
    // Both were admitted at once: no quota wait to mark (the next test has some).
    expect(shape(roots)).toEqual([['mutation GoalsUpsert', [['batch chunk', [['lingxing batchOperate'], ['lingxing batchOperate']]]]]]);
    const [first, second] = roots[0]!.children[0]!.children.map((node) => node.span);
    expect(first!.status.code).toBe(SpanStatusCode.ERROR);
    expect(first!.attributes).toMatchObject({ 'facade.provider': 'lingxing', 'facade.attempt': 1, 'http.response.status_code': 503 });
    expect(first!.attributes['facade.quota.wait_ms']).toBeTypeOf('number');
    expect(second!.status.code).not.toBe(SpanStatusCode.ERROR);
    expect(second!.attributes).toMatchObject({ 'facade.attempt': 2, 'http.response.status_code': 200, 'facade.provider.trace_id': goalsUpsert.traceIds[0] });
    expect(roots[0]!.children[0]!.span.attributes).toMatchObject({ 'facade.batch.items': 2 });
    expect(roots[0]!.span.attributes).toMatchObject({ 'graphql.operation.type': 'mutation', 'graphql.operation.name': 'GoalsUpsert' });
    // LingXing got the trace context of each attempt's own span.
    expect(h.lingxing.stats.traceparents).toEqual([first, second].map((span) => `00-${traceId}-${span!.spanContext().spanId}-01`));
    expect(h.lingxing.stats.calls.get(PATHS.batchOperate)).toBeGreaterThanOrEqual(2);
  });

  it('a call that waited for the quota says how long, and for which quota, on its span', async () => {
    exporter.reset();
    h.lingxing.setFaults({ latencyMs: 100 });
    // 12 chunks against 10 places in flight: the last two wait about one call's time.
    const uids = Array.from({ length: 1_200 }, (_, i) => 100_001 + i);
    await h.client.request(GoalsUpsertDocument, { input: goalsInput(uids) });
    h.lingxing.setFaults({});
    await provider.forceFlush();
    const spans = exporter.getFinishedSpans();
    const calls = spans.filter((span) => span.name === 'lingxing batchOperate');
    expect(calls).toHaveLength(12);
    const durationMs = (span: (typeof calls)[number]) => span.duration[0] * 1000 + span.duration[1] / 1e6;
    const waited = calls.filter((span) => (span.attributes['facade.quota.wait_ms'] as number) >= 50);
    expect(waited.length).toBeGreaterThanOrEqual(2);
    for (const call of calls) {
      expect(call.events).toEqual([]);
      expect(call.attributes['facade.quota.policy']).toContain('lingxing');
      // The span starts when the call asks for its place: the wait, then the call (100 ms at LingXing) within it.
      expect(durationMs(call)).toBeGreaterThanOrEqual((call.attributes['facade.quota.wait_ms'] as number) + 90);
    }
    // The first ten were admitted at once.
    expect(calls.filter((span) => !waited.includes(span))).toHaveLength(10);
  });
});
