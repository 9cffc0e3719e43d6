import type { Pool } from 'undici';
import type { z } from 'zod';
import type { Clock } from '../../core/clock.js';
import type { Deadline } from '../../core/deadline.js';
import { AccessTokenCache, type IssuedToken } from '../../core/http/access-token-cache.js';
import { createProviderPool, type HttpTimeouts } from '../../core/http/pool.js';
import { ProviderFailure } from '../../core/http/provider-failure.js';
import { type RetryOptions, withRetry } from '../../core/http/retry.js';
import type { CallMeter } from '../../core/http/call-meter.js';
import { type HttpAnswer, sendHttp } from '../../core/http/send.js';
import { answerJson, unreadableAnswer } from '../../core/http/unreadable-answer.js';
import type { QuotaGate } from '../../core/quota/quota-gate.js';
import type { Quotas } from '../../core/quota/quotas.js';
import { cloudpensePolicy } from './quota.js';
import { type RowOutcomes, rowOutcomes } from './rows.js';
import { batchData, envelope, page, PATHS, SUCCESS, tokenAnswer, type WireBatchRequest, type WireLocale } from './wire.js';

export interface CloudpenseConnection {
  readonly baseUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
}

export interface CloudpenseClientOptions {
  readonly connection: CloudpenseConnection;
  readonly quotas: Quotas;
  readonly meter?: CallMeter;
  readonly clock: Clock;
  readonly timeouts: HttpTimeouts;
  readonly retry: RetryOptions;
  /** Not documented: the resCode of a refused (expired) token, and of an exceeded hour/day window. */
  readonly tokenInvalidResCode: number;
  readonly rateLimitedResCode: number;
}

export type RulesPage = z.infer<typeof page>;

const PROVIDER = 'cloudpense';
const CLOUDPENSE = { id: PROVIDER, label: 'CloudPense' } as const;

/** Token, batch sync within 50 calls an hour and 150 a day, and paged reads. I/O only. */
export class CloudpenseClient {
  private readonly pool: Pool;
  private readonly tokens: AccessTokenCache;
  private readonly gate: QuotaGate;

  constructor(private readonly options: CloudpenseClientOptions) {
    this.pool = createProviderPool(options.connection.baseUrl, { connections: 8, timeouts: options.timeouts });
    this.tokens = new AccessTokenCache({ issue: (deadline) => this.issueToken(deadline) }, options.clock);
    this.gate = options.quotas.gate('cloudpense', cloudpensePolicy(options.connection.clientId));
  }

  /** Upserts a batch by code. The same bizId resent is harmless, so lost answers are retried. */
  syncBatch(request: WireBatchRequest, locale: WireLocale, deadline: Deadline): Promise<{ bizId: string; rows: RowOutcomes }> {
    const body = JSON.stringify(request);
    return withRetry(this.options.retry, true, deadline, async () => {
      const token = await this.tokens.accessToken(deadline);
      const answer = await this.gate.within(deadline, () =>
        this.send('POST', `${PATHS.batch}?access_token=${encodeURIComponent(token)}`, locale, deadline, body),
      );
      const data = this.read(answer, token);
      const parsed = batchData.safeParse(data ?? {});
      if (!parsed.success) throw unreadableAnswer(CLOUDPENSE, answer, 'unexpected batch data');
      return { bizId: request.bizId, rows: rowOutcomes(parsed.data) };
    });
  }

  /** One page of rules. Reads are not under the batch quota (the page documents none). */
  findByPage(query: Record<string, string | number>, locale: WireLocale, deadline: Deadline): Promise<RulesPage> {
    return withRetry(this.options.retry, true, deadline, async () => {
      const token = await this.tokens.accessToken(deadline);
      const search = new URLSearchParams({ access_token: token, ...Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)])) });
      const answer = await this.send('GET', `${PATHS.findByPage}?${search}`, locale, deadline);
      const parsed = page.safeParse(this.read(answer, token));
      if (!parsed.success) throw unreadableAnswer(CLOUDPENSE, answer, 'unexpected page');
      return parsed.data;
    });
  }

  async close(): Promise<void> {
    await this.pool.close();
  }

  private send(method: 'GET' | 'POST', path: string, locale: WireLocale, deadline: Deadline, body?: string): Promise<HttpAnswer> {
    return sendHttp(
      this.pool,
      PROVIDER,
      { method, path, headers: { locale, ...(body ? { 'content-type': 'application/json' } : {}) }, ...(body ? { body } : {}) },
      deadline.signal,
      this.options.meter,
    );
  }

  /** Every CloudPense answer that is not a success becomes a typed failure here, and only here. */
  private read(answer: HttpAnswer, token: string): unknown {
    const parsed = envelope.safeParse(answerJson(CLOUDPENSE, answer));
    if (!parsed.success) throw unreadableAnswer(CLOUDPENSE, answer, 'unexpected envelope');
    const { resCode, resMsg, bizId } = parsed.data;
    if (resCode === SUCCESS) return parsed.data.data;
    const details = { provider: PROVIDER, providerCode: String(resCode), providerMessage: resMsg ?? '', traceId: bizId ?? undefined };
    if (resCode === this.options.tokenInvalidResCode) {
      this.tokens.invalidate(token);
      throw new ProviderFailure('not-sent', 'CloudPense refused the access token', details);
    }
    if (resCode === this.options.rateLimitedResCode) throw new ProviderFailure('rate-limited', 'CloudPense: call quota exceeded', details);
    throw new ProviderFailure('rejected', `CloudPense refused the call: ${resMsg ?? resCode}`, details);
  }

  private async issueToken(deadline: Deadline): Promise<IssuedToken> {
    const { clientId, clientSecret } = this.options.connection;
    const answer = await this.send('POST', PATHS.token, 'en_US', deadline, JSON.stringify({ client_id: clientId, client_secret: clientSecret }));
    const json = answerJson(CLOUDPENSE, answer);
    const issued = tokenAnswer.safeParse(json);
    if (issued.success) return { accessToken: issued.data.data.access_token, expiresInSeconds: issued.data.data.expires_in };
    const refused = envelope.safeParse(json);
    throw new ProviderFailure('misconfigured', 'CloudPense refused the client credentials: check CLOUDPENSE_CLIENT_ID and CLOUDPENSE_CLIENT_SECRET', {
      provider: PROVIDER,
      providerCode: refused.success ? String(refused.data.resCode) : '',
      providerMessage: refused.success ? (refused.data.resMsg ?? '') : '',
    });
  }
}
