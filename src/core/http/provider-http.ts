import type { Deadline } from '../deadline.js';
import type { QuotaGate } from '../quota/quota-gate.js';
import type { AccessTokenCache } from './access-token-cache.js';
import type { CallMeter } from './call-meter.js';
import type { HttpTimeouts } from './pool.js';
import { ProviderEndpoint } from './pool.js';
import { type RetryOptions, withRetry } from './retry.js';
import { type HttpAnswer, type HttpCall, sendHttp } from './send.js';
import { SpanKind } from '@opentelemetry/api';
import { inSpan, traceHeaders } from '../tracing.js';

/** One provider call, as its client describes it: what it is, and the hooks that are the provider's own. */
export interface ProviderCall<T> {
  readonly deadline: Deadline;
  /** Whether the call may be sent again after its answer was lost (an idempotent write, a read). */
  readonly idempotent: boolean;
  /** The quota the call is admitted through; absent for calls no quota covers. */
  readonly gate?: QuotaGate;
  /** Carry an access token from this cache; a refused one is renewed once (AccessTokenCache.call). */
  readonly tokens?: AccessTokenCache;
  /** Sent once only, never retried (e.g. a token call inside a call that is retried itself). */
  readonly once?: boolean;
  /** The request, built for each attempt once it is admitted, so a timestamp or signature never ages in a queue. */
  request(accessToken: string | undefined): HttpCall;
  /** Reads the answer: the result, or a typed failure for every refusal (its only place, per provider). */
  read(answer: HttpAnswer): T | Promise<T>;
}

export interface ProviderHttpOptions {
  /** The provider's id in metrics and failures (`lingxing`). */
  readonly provider: string;
  readonly baseUrl: string;
  readonly connections: number;
  readonly timeouts: HttpTimeouts;
  /** Retry policy, with the provider's circuit breaker. */
  readonly retry: RetryOptions;
  readonly meter?: CallMeter | undefined;
}

/**
 * The one skeleton of every provider call, in the spirit of RESTDataSource's single `fetch`:
 * retry (within the deadline, only what is safe) → access token → quota admission → build and
 * sign → send → read. Each client keeps only what is its own: its signing (in `request`), its
 * answers and refusals (in `read`), its quotas and tokens.
 */
export class ProviderHttp {
  private readonly endpoint: ProviderEndpoint;

  constructor(private readonly options: ProviderHttpOptions) {
    this.endpoint = new ProviderEndpoint(options.baseUrl, { connections: options.connections, timeouts: options.timeouts });
  }

  call<T>(call: ProviderCall<T>): Promise<T> {
    const { provider } = this.options;
    let attempts = 0;
    const attempt = (accessToken?: string): Promise<T> =>
      inSpan(
        `${provider} call`,
        { 'facade.provider': provider, 'facade.attempt': ++attempts },
        call.deadline,
        async (span, inSpanDeadline) => {
          const queued = span ? performance.now() : 0;
          const send = () => {
            // The quota wait is in attributes of the call's span, which starts when the call asks for a place
            // (admitted at start + wait): a span or an event of its own would be a batch's dearest part of tracing.
            if (span && call.gate) span.setAttributes({ 'facade.quota.policy': call.gate.policy.name, 'facade.quota.wait_ms': performance.now() - queued });
            const request = call.request(accessToken);
            const operation = request.operation ?? request.path.split('?')[0]!.split('/').at(-1)!;
            span?.updateName(`${provider} ${operation}`);
            // W3C trace context for the provider: no signature covers headers, so any provider may take it.
            const traced = span && inSpanDeadline.trace ? { ...request, headers: { ...request.headers, ...traceHeaders(inSpanDeadline.trace) } } : request;
            return sendHttp(this.endpoint, provider, traced, this.options.meter);
          };
          // The quota's place is back once the answer is in; reading it happens after.
          const answer = call.gate ? await call.gate.within(call.deadline, send) : await send();
          span?.setAttribute('http.response.status_code', answer.status);
          const result = await call.read(answer);
          const traceId = (result as { traceId?: unknown } | undefined)?.traceId;
          if (typeof traceId === 'string' && traceId) span?.setAttribute('facade.provider.trace_id', traceId);
          return result;
        },
        SpanKind.CLIENT,
      );
    const withToken = () => (call.tokens ? call.tokens.call(call.deadline, attempt) : attempt());
    return call.once ? withToken() : withRetry(this.options.retry, call.idempotent, call.deadline, withToken);
  }

  close(): Promise<void> {
    return this.endpoint.close();
  }
}
