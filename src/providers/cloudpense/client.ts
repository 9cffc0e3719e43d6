import { randomUUID } from 'node:crypto';
import type { Clock } from '../../core/clock.js';
import type { Deadline } from '../../core/deadline.js';
import { AccessTokenCache, type IssuedToken, TokenRefused } from '../../core/http/access-token-cache.js';
import type { CallMeter } from '../../core/http/call-meter.js';
import type { HttpTimeouts } from '../../core/http/pool.js';
import { ProviderFailure } from '../../core/http/provider-failure.js';
import { ProviderHttp } from '../../core/http/provider-http.js';
import type { RetryOptions } from '../../core/http/retry.js';
import type { HttpAnswer, HttpCall } from '../../core/http/send.js';
import { answerJson, isAuthStatus, jsonOrUndefined, unreadableAnswer } from '../../core/http/unreadable-answer.js';
import type { QuotaGate } from '../../core/quota/quota-gate.js';
import type { Quotas } from '../../core/quota/quotas.js';
import { cloudpensePolicy, cloudpenseReadPolicy } from './quota.js';
import { type RowOutcomes, rowOutcomes } from './rows.js';
import { readStoredRule, type StoredRule } from './stored-rule.js';
import { batchData, envelope, page, PATHS, SUCCESS, tokenAnswer, type WireLocale, type WireRule } from './wire.js';

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
  /** Not documented: the resCode of an exceeded hour/day window… */
  readonly rateLimitedResCode: number;
  /** …and a refused token's, if a tenant uses one outside the 401xxx range (those are always taken as one). */
  readonly tokenInvalidResCode?: number | undefined;
  /** Not documented: findByPage calls per rolling minute the facade allows itself. */
  readonly readsPerMinute: number;
}

export interface RulesPage {
  readonly page: number;
  readonly pageSize: number;
  readonly totalPages: number;
  readonly totalCount: number;
  readonly rules: readonly StoredRule[];
}

const PROVIDER = 'cloudpense';
const CLOUDPENSE = { id: PROVIDER, label: 'CloudPense', baseUrlSetting: 'CLOUDPENSE_BASE_URL' } as const;

/** Token, batch sync within 50 calls an hour and 150 a day, and paged reads. I/O only. */
export class CloudpenseClient {
  private readonly http: ProviderHttp;
  private readonly tokens: AccessTokenCache;
  private readonly gate: QuotaGate;
  private readonly readGate: QuotaGate;

  constructor(private readonly options: CloudpenseClientOptions) {
    this.http = new ProviderHttp({
      provider: PROVIDER,
      baseUrl: options.connection.baseUrl,
      connections: 8,
      timeouts: options.timeouts,
      retry: options.retry,
      meter: options.meter,
    });
    this.tokens = new AccessTokenCache(
      { issue: (deadline) => this.issueToken(deadline), credentials: 'CLOUDPENSE_CLIENT_ID and CLOUDPENSE_CLIENT_SECRET' },
      options.clock,
    );
    this.gate = options.quotas.gate('cloudpense', cloudpensePolicy(options.connection.clientId));
    this.readGate = options.quotas.gate('cloudpense', cloudpenseReadPolicy(options.connection.clientId, options.readsPerMinute));
  }

  /**
   * Upserts rules by code. Every attempt carries a bizId of its own: CloudPense documents a bizId
   * as unique per call and nothing of a repeated one (answered again, refused, or applied again),
   * so none is ever repeated. A resend after a lost answer is still harmless: upsert by code is
   * idempotent by itself. Answers the bizId of the attempt that was answered.
   */
  syncBatch(rules: readonly WireRule[], locale: WireLocale, deadline: Deadline): Promise<{ bizId: string; rows: RowOutcomes }> {
    let bizId = '';
    return this.http.call({
      deadline,
      idempotent: true,
      gate: this.gate,
      tokens: this.tokens,
      request: (token) => {
        bizId = randomUUID();
        const body = JSON.stringify({ bizId, timestamp: this.options.clock.now(), data: rules });
        return request('POST', `${PATHS.batch}?access_token=${encodeURIComponent(token!)}`, locale, body);
      },
      read: (answer) => {
        const parsed = batchData.safeParse(this.read(answer) ?? {});
        if (!parsed.success) throw unreadableAnswer(CLOUDPENSE, answer, 'unexpected batch data');
        return { bizId, rows: rowOutcomes(parsed.data) };
      },
    });
  }

  /** One page of rules, each read field by field, within the facade's own read quota (the batch quota does not cover reads). */
  findByPage(query: Record<string, string | number>, locale: WireLocale, deadline: Deadline): Promise<RulesPage> {
    return this.http.call({
      deadline,
      idempotent: true,
      gate: this.readGate,
      tokens: this.tokens,
      request: (token) => {
        const search = new URLSearchParams({ access_token: token!, ...Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)])) });
        return request('GET', `${PATHS.findByPage}?${search}`, locale);
      },
      read: (answer) => {
        const parsed = page.safeParse(this.read(answer));
        if (!parsed.success) throw unreadableAnswer(CLOUDPENSE, answer, 'unexpected page');
        const { page_num, page_size, total_page, total_count, page_info } = parsed.data;
        return { page: page_num, pageSize: page_size, totalPages: total_page, totalCount: total_count, rules: (page_info ?? []).map(readStoredRule) };
      },
    });
  }

  /** Checks the client credentials at the token endpoint (not under the batch quota) and keeps the token it issues. */
  async checkCredentials(deadline: Deadline): Promise<void> {
    this.tokens.adopt(await this.issueToken(deadline));
  }

  async close(): Promise<void> {
    await this.http.close();
  }

  /** Every CloudPense answer that is not a success becomes a typed failure here, and only here. */
  private read(answer: HttpAnswer): unknown {
    const parsed = envelope.safeParse(jsonOrUndefined(answer));
    const body = parsed.success ? parsed.data : undefined;
    if (body?.resCode === SUCCESS) return body.data;
    const details = body
      ? { provider: PROVIDER, providerCode: String(body.resCode), providerMessage: body.resMsg ?? '', traceId: body.bizId ?? undefined }
      : { provider: PROVIDER, providerCode: `HTTP ${answer.status}` };
    // HTTP 401/403 refuses the token whatever the body says (a gateway in front may send an HTML page).
    if (isAuthStatus(answer.status) || (body && this.isTokenRefusal(body.resCode))) throw new TokenRefused('CloudPense', details);
    if (!body) throw unreadableAnswer(CLOUDPENSE, answer, 'unexpected envelope');
    if (body.resCode === this.options.rateLimitedResCode) throw new ProviderFailure('rate-limited', 'CloudPense: call quota exceeded', details);
    throw new ProviderFailure('rejected', `CloudPense refused the call: ${body.resMsg ?? body.resCode}`, details);
  }

  /** The resCode appendix is not public: any 401xxx code reads as a refused token, like HTTP 401. */
  private isTokenRefusal(resCode: number): boolean {
    return (resCode >= 401_000 && resCode <= 401_999) || resCode === this.options.tokenInvalidResCode;
  }

  /** A new access token; sent once, since every call that needs one is retried as a whole. */
  private issueToken(deadline: Deadline): Promise<IssuedToken> {
    const { clientId, clientSecret } = this.options.connection;
    return this.http.call({
      deadline,
      idempotent: true,
      once: true,
      request: () => request('POST', PATHS.token, 'en_US', JSON.stringify({ client_id: clientId, client_secret: clientSecret })),
      read: readToken,
    });
  }
}

function request(method: 'GET' | 'POST', path: string, locale: WireLocale, body?: string): HttpCall {
  return { method, path, headers: { locale, ...(body ? { 'content-type': 'application/json' } : {}) }, ...(body ? { body } : {}) };
}

/** The token endpoint's answer: the token, or the refusal of the client credentials. */
function readToken(answer: HttpAnswer): IssuedToken {
  const json = answerJson(CLOUDPENSE, answer);
  const issued = tokenAnswer.safeParse(json);
  if (issued.success) return { accessToken: issued.data.data.access_token, expiresInSeconds: issued.data.data.expires_in };
  const refused = envelope.safeParse(json);
  if (!refused.success) throw unreadableAnswer(CLOUDPENSE, answer, 'unexpected token answer');
  throw new ProviderFailure('misconfigured', 'CloudPense refused the client credentials: check CLOUDPENSE_CLIENT_ID and CLOUDPENSE_CLIENT_SECRET', {
    provider: PROVIDER,
    providerCode: String(refused.data.resCode),
    providerMessage: refused.data.resMsg ?? '',
  });
}
