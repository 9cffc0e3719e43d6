import type { Dispatcher } from 'undici';
import { type CallMeter, unmetered } from './call-meter.js';
import type { ProviderEndpoint } from './pool.js';
import { ProviderFailure } from './provider-failure.js';

export interface HttpCall {
  /** What the call does, for metrics; by default the path's last segment (`batchOperate`). */
  readonly operation?: string;
  readonly method: Dispatcher.HttpMethod;
  /** Path with any query string, under the endpoint's base URL ('' for the base URL itself). */
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

export interface HttpAnswer {
  readonly status: number;
  readonly text: string;
}

// Errors raised before a byte of the request can have reached the provider.
const NEVER_SENT = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_CLOSED',
  'UND_ERR_DESTROYED',
]);

/**
 * Sends one call and reads the whole answer. Transport errors become ProviderFailure: `not-sent`
 * only when the request provably never left; anything after that (reset, timeout) is
 * `outcome-unknown`, because the provider may have applied it.
 *
 * No request deadline reaches here: a request's deadline bounds its waits for admission, and a
 * call once sent may finish (within the provider's own timeouts), so its items get a definite
 * answer rather than an unknown outcome the facade made itself.
 */
export async function sendHttp(endpoint: ProviderEndpoint, provider: string, call: HttpCall, meter: CallMeter = unmetered): Promise<HttpAnswer> {
  const operation = call.operation ?? lastSegment(call.path);
  const started = performance.now();
  try {
    const response = await endpoint.pool.request({
      method: call.method,
      path: endpoint.path(call.path),
      headers: call.headers,
      body: call.body,
    });
    const text = await response.body.text();
    const status = response.statusCode;
    meter.observeCall(provider, operation, status < 400 ? 'ok' : `http-${Math.floor(status / 100)}xx`, (performance.now() - started) / 1000);
    return { status, text };
  } catch (error) {
    const failure = transportFailure(provider, error);
    meter.observeCall(provider, operation, failure.kind, (performance.now() - started) / 1000);
    throw failure;
  }
}

function transportFailure(provider: string, error: unknown): ProviderFailure {
  const code = errorCode(error);
  if (code !== undefined && NEVER_SENT.has(code)) {
    return new ProviderFailure('not-sent', `${provider}: could not reach the provider (${code})`, {
      provider,
      cause: error,
    });
  }
  return new ProviderFailure('outcome-unknown', `${provider}: the answer was lost (${code ?? describe(error)})`, {
    provider,
    cause: error,
  });
}

function lastSegment(path: string): string {
  const bare = path.split('?', 1)[0]!;
  return bare.slice(bare.lastIndexOf('/') + 1) || '/';
}

function errorCode(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.name : 'unknown error';
}
