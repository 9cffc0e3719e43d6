import type { ApolloServerPlugin } from '@apollo/server';
import { context, propagation, ROOT_CONTEXT, type Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { tracingEnabled } from './core/tracing.js';

/**
 * A span per GraphQL request on /graphql, child of the caller's W3C `traceparent` (a browser, a
 * router) when it sends one. The request's work runs inside it, so batch chunks and provider calls
 * nest under it. Nothing is registered while tracing is off.
 */
export function traceOperations(app: FastifyInstance): void {
  if (!tracingEnabled()) return;
  const spans = new WeakMap<FastifyRequest, Span>();
  // After the body is read (its socket events would lose the context), right before the handler.
  app.addHook('preHandler', (request, _reply, done) => {
    if (request.routeOptions.url !== '/graphql') return done();
    const parent = propagation.extract(ROOT_CONTEXT, request.headers);
    const span = trace
      .getTracer('provider-facade')
      .startSpan('graphql', { kind: SpanKind.SERVER, attributes: { 'http.request.method': request.method } }, parent);
    spans.set(request, span);
    context.with(trace.setSpan(parent, span), done);
  });
  app.addHook('onResponse', (request, reply, done) => {
    const span = spans.get(request);
    span?.setAttribute('http.response.status_code', reply.statusCode);
    span?.end();
    done();
  });
}

/** Names the request's span after its operation (`mutation GoalsUpsert`); a request-level error marks it failed (item errors do not). */
export const OPERATION_SPAN_NAMES: ApolloServerPlugin = {
  async requestDidStart() {
    if (!tracingEnabled()) return;
    return {
      async didResolveOperation({ operation, operationName }) {
        const span = trace.getActiveSpan();
        if (!operation) return;
        span?.updateName(`${operation.operation}${operationName ? ` ${operationName}` : ''}`);
        span?.setAttributes({ 'graphql.operation.type': operation.operation, 'graphql.operation.name': operationName ?? '' });
      },
      async didEncounterErrors({ errors }) {
        trace.getActiveSpan()?.setStatus({ code: SpanStatusCode.ERROR, message: errors.map((error) => error.message).join('; ') });
      },
    };
  },
};
