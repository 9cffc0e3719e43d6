import type { ApolloServerPlugin } from '@apollo/server';
import { type Context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { startSpan, tracingEnabled } from './core/tracing.js';

const traces = new WeakMap<FastifyRequest, Context>();

/**
 * A span per GraphQL request on /graphql, child of the caller's W3C `traceparent` (a browser, a
 * router) when it sends one. Its context goes into the request's deadline (`operationTrace`), so
 * batch chunks and provider calls nest under it. Nothing is registered while tracing is off.
 */
export function traceOperations(app: FastifyInstance): void {
  if (!tracingEnabled()) return;
  app.addHook('preHandler', (request, _reply, done) => {
    if (request.routeOptions.url !== '/graphql') return done();
    const parent = propagation.extract(ROOT_CONTEXT, request.headers);
    const span = startSpan('graphql', { kind: SpanKind.SERVER, attributes: { 'http.request.method': request.method } }, parent);
    traces.set(request, trace.setSpan(parent, span));
    done();
  });
  app.addHook('onResponse', (request, reply, done) => {
    const span = trace.getSpan(traces.get(request) ?? ROOT_CONTEXT);
    span?.setAttribute('http.response.status_code', reply.statusCode);
    span?.end();
    done();
  });
}

/** The trace context of a request's operation span, for its deadline; undefined while tracing is off. */
export function operationTrace(request: FastifyRequest): Context | undefined {
  return traces.get(request);
}

/** Names the request's span after its operation (`mutation GoalsUpsert`); a request-level error marks it failed (item errors do not). */
export const OPERATION_SPAN_NAMES: ApolloServerPlugin<{ readonly deadline: { readonly trace?: Context } }> = {
  async requestDidStart({ contextValue }) {
    if (!tracingEnabled()) return;
    const span = contextValue.deadline.trace && trace.getSpan(contextValue.deadline.trace);
    if (!span) return;
    return {
      async didResolveOperation({ operation, operationName }) {
        if (!operation) return;
        span.updateName(`${operation.operation}${operationName ? ` ${operationName}` : ''}`);
        span.setAttributes({ 'graphql.operation.type': operation.operation, 'graphql.operation.name': operationName ?? '' });
      },
      async didEncounterErrors({ errors }) {
        span.setStatus({ code: SpanStatusCode.ERROR, message: errors.map((error) => error.message).join('; ') });
      },
    };
  },
};
