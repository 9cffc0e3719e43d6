import type { Clock } from '../../core/clock.js';
import type { Deadline } from '../../core/deadline.js';
import type { HttpTimeouts } from '../../core/http/pool.js';
import { ProviderHttp } from '../../core/http/provider-http.js';
import { ProviderFailure } from '../../core/http/provider-failure.js';
import type { RetryOptions } from '../../core/http/retry.js';
import type { CallMeter } from '../../core/http/call-meter.js';
import type { HttpAnswer, HttpCall } from '../../core/http/send.js';
import type { QuotaGate } from '../../core/quota/quota-gate.js';
import type { Quotas } from '../../core/quota/quotas.js';
import { isAuthStatus, jsonOrUndefined, unreadableAnswer } from '../../core/http/unreadable-answer.js';
import { credentialsRefusedByStatus, failureFromGateway, PARAMETER_CODES, TOP } from './failures.js';
import { topPolicy } from './quota.js';
import { signTop } from './signing.js';
import { errorEnvelope, gmt8, METHOD, RESPONSE_KEY, type SignMethod, successEnvelope, type TaskAnswer, type WireBatchRequest } from './wire.js';

export interface TopConnection {
  /** e.g. https://gw.api.taobao.com/router/rest */
  readonly gatewayUrl: string;
  readonly appKey: string;
  readonly appSecret: string;
  /** Only for methods that need user authorisation. */
  readonly session?: string | undefined;
  readonly signMethod: SignMethod;
}

export interface TopClientOptions {
  readonly connection: TopConnection;
  readonly quotas: Quotas;
  readonly meter?: CallMeter;
  readonly clock: Clock;
  readonly timeouts: HttpTimeouts;
  readonly retry: RetryOptions;
  /** The app's call quota (undocumented): this many calls per window. */
  readonly callLimit: number;
  readonly callWindowMs: number;
}

export interface SubmittedBatch {
  readonly traceId: string;
  /** One answer per task sent, in the order sent. */
  readonly tasks: TaskAnswer[];
}

/** Signs and sends TOP calls within the app's call quota and any ban TOP announced. I/O only. */
export class TopClient {
  private readonly http: ProviderHttp;
  private readonly gate: QuotaGate;

  constructor(private readonly options: TopClientOptions) {
    // The gateway URL is the endpoint itself (…/router/rest): every call goes to its path.
    this.http = new ProviderHttp({
      provider: 'top',
      baseUrl: options.connection.gatewayUrl,
      connections: Math.min(options.callLimit, 64),
      timeouts: options.timeouts,
      retry: options.retry,
      meter: options.meter,
    });
    this.gate = options.quotas.gate('top', topPolicy(options.connection.appKey, options.callLimit, options.callWindowMs));
  }

  /** Submits one batch. The same task_unique_code makes a resend harmless, so lost answers are retried. */
  submitBatch(request: WireBatchRequest, deadline: Deadline): Promise<SubmittedBatch> {
    const requestJson = JSON.stringify(request);
    // The call is counted from its end, which is after TOP counted it.
    return this.http.call({
      deadline,
      idempotent: true,
      gate: this.gate,
      request: () => this.signed({ initiative_batch_task_request: requestJson }),
      read: (answer) => this.read(answer),
    });
  }

  /**
   * Checks the app key, secret and session with the batch method and no batch: TOP checks the
   * signature first, so "missing argument" (40) says they were accepted. It applies nothing, and
   * costs one call of the app's quota. Throws the failure when the credentials are refused.
   */
  async checkCredentials(deadline: Deadline): Promise<void> {
    await this.http.call({
      deadline,
      idempotent: true,
      once: true,
      gate: this.gate,
      request: () => this.signed({}),
      read: async (answer) => {
        const refused = errorEnvelope.safeParse(jsonOrUndefined(answer));
        if (!refused.success || !PARAMETER_CODES.has(refused.data.error_response.code)) await this.read(answer);
      },
    });
  }

  async close(): Promise<void> {
    await this.http.close();
  }

  /** The call's form, stamped and signed when it is admitted, so a wait for quota never ages the signature. */
  private signed(business: Record<string, string>): HttpCall {
    const { connection } = this.options;
    const params: Record<string, string> = {
      method: METHOD,
      app_key: connection.appKey,
      timestamp: gmt8(this.options.clock.now()),
      v: '2.0',
      sign_method: connection.signMethod,
      format: 'json',
      ...business,
      ...(connection.session ? { session: connection.session } : {}),
    };
    params.sign = signTop(params, connection.appSecret, connection.signMethod);
    return {
      operation: METHOD,
      method: 'POST',
      path: '',
      headers: { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8' },
      body: new URLSearchParams(params).toString(),
    };
  }

  private async read(answer: HttpAnswer): Promise<SubmittedBatch> {
    const json = jsonOrUndefined(answer);
    const refused = errorEnvelope.safeParse(json);
    if (refused.success) {
      const failure = failureFromGateway(refused.data.error_response, this.options.clock.now(), this.options.callWindowMs);
      if (refused.data.error_response.code === 7 && failure.retryAt) await this.gate.ban(failure.retryAt);
      throw failure;
    }
    if (isAuthStatus(answer.status)) throw credentialsRefusedByStatus(answer.status);
    const envelope = successEnvelope.safeParse(json);
    if (!envelope.success) throw unreadableAnswer(TOP, answer, json === undefined ? 'not JSON' : 'unexpected envelope');
    const { result, request_id: traceId = '' } = envelope.data[RESPONSE_KEY];
    if (result.success === false) {
      throw new ProviderFailure('rejected', `TOP refused the batch: ${result.message ?? `code ${result.code}`}`, {
        provider: 'top',
        providerCode: String(result.code ?? ''),
        providerMessage: result.message ?? '',
        traceId,
      });
    }
    return { traceId, tasks: result.data ?? [] };
  }
}
