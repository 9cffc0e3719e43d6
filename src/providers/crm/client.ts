import type { Clock } from '../../core/clock.js';
import type { Deadline } from '../../core/deadline.js';
import { type HttpTimeouts, longestCallMs } from '../../core/http/pool.js';
import { ProviderHttp } from '../../core/http/provider-http.js';
import type { RetryOptions } from '../../core/http/retry.js';
import type { CallMeter } from '../../core/http/call-meter.js';
import type { HttpAnswer } from '../../core/http/send.js';
import type { QuotaGate } from '../../core/quota/quota-gate.js';
import type { Quotas } from '../../core/quota/quotas.js';
import { isAuthStatus, jsonOrUndefined, unreadableAnswer } from '../../core/http/unreadable-answer.js';
import { authFailure, CRM, type CrmRefusal, refusalFrom } from './refusals.js';
import { answer as answerSchema, MESSAGES, SECRET_HEADER, UPDATE_PATH, type WireOpportunityUpdate } from './wire.js';

export interface CrmConnection {
  readonly baseUrl: string;
  readonly internalSecret: string;
}

export interface CrmClientOptions {
  readonly connection: CrmConnection;
  readonly quotas: Quotas;
  readonly meter?: CallMeter;
  readonly clock: Clock;
  readonly timeouts: HttpTimeouts;
  readonly retry: RetryOptions;
  /** Not documented by the CRM: calls in flight at most… */
  readonly maxConcurrency: number;
  /** …and calls per second at most. */
  readonly ratePerSecond: number;
}

export type UpdateOutcome = { readonly updated: true; readonly id: string } | { readonly updated: false; readonly refusal: CrmRefusal };

/** Sends opportunity updates within the configured cap. A partial update is never resent once it may have arrived. */
export class CrmClient {
  private readonly http: ProviderHttp;
  private readonly gate: QuotaGate;

  constructor(private readonly options: CrmClientOptions) {
    this.http = new ProviderHttp({
      provider: 'crm',
      baseUrl: options.connection.baseUrl,
      connections: options.maxConcurrency,
      timeouts: options.timeouts,
      retry: options.retry,
      meter: options.meter,
    });
    this.gate = options.quotas.gate('crm', {
      name: 'CRM call cap',
      inFlight: {
        key: 'crm:in-flight',
        capacity: options.maxConcurrency,
        leaseMs: longestCallMs(options.timeouts),
        longestCallMs: longestCallMs(options.timeouts),
      },
      windows: [{ key: 'crm:per-second', capacity: options.ratePerSecond, windowMs: 1_000 }],
    });
  }

  update(update: WireOpportunityUpdate, deadline: Deadline): Promise<UpdateOutcome> {
    // Not idempotent in general: only a call that provably never left is tried again.
    return this.put(JSON.stringify(update), deadline, false);
  }

  /**
   * Checks the internal secret with an update that names no opportunity: the CRM checks the secret
   * first and refuses the rest for the missing code, so nothing changes. Costs one call of the cap.
   */
  async checkCredentials(deadline: Deadline): Promise<void> {
    await this.put('{}', deadline, true);
  }

  async close(): Promise<void> {
    await this.http.close();
  }

  private put(body: string, deadline: Deadline, once: boolean): Promise<UpdateOutcome> {
    return this.http.call({
      deadline,
      idempotent: false,
      once,
      gate: this.gate,
      request: () => ({
        method: 'PUT',
        path: UPDATE_PATH,
        headers: { 'content-type': 'application/json', [SECRET_HEADER]: this.options.connection.internalSecret },
        body,
      }),
      read: (answer) => this.read(answer),
    });
  }

  private read(answer: HttpAnswer): UpdateOutcome {
    const json = jsonOrUndefined(answer);
    const parsed = answerSchema.safeParse(json);
    if (!parsed.success && isAuthStatus(answer.status)) throw authFailure(`HTTP ${answer.status}`);
    if (!parsed.success) throw unreadableAnswer(CRM, answer, json === undefined ? 'not JSON' : 'unexpected envelope');
    const { code, msg, data } = parsed.data;
    if (code === '0' && (typeof data === 'number' || typeof data === 'string')) return { updated: true, id: String(data) };
    if (code === '0') throw unreadableAnswer(CRM, answer, 'success without an id');
    if (msg === MESSAGES.authFailed || isAuthStatus(answer.status)) throw authFailure(msg ?? `HTTP ${answer.status}`);
    return { updated: false, refusal: refusalFrom(msg ?? '') };
  }
}
