import type { ZodType } from 'zod';
import type { Clock } from '../../core/clock.js';
import type { Deadline } from '../../core/deadline.js';
import { AccessTokenCache, type IssuedToken, TokenRefused } from '../../core/http/access-token-cache.js';
import { type HttpTimeouts, longestCallMs } from '../../core/http/pool.js';
import { ProviderHttp } from '../../core/http/provider-http.js';
import { ProviderFailure } from '../../core/http/provider-failure.js';
import type { RetryOptions } from '../../core/http/retry.js';
import type { CallMeter } from '../../core/http/call-meter.js';
import type { HttpAnswer } from '../../core/http/send.js';
import type { QuotaGate } from '../../core/quota/quota-gate.js';
import type { Quotas } from '../../core/quota/quotas.js';
import { answerJson, isAuthStatus, jsonOrUndefined, unreadableAnswer } from '../../core/http/unreadable-answer.js';
import { failureFromBusiness, failureFromGateway, LINGXING, REFRESH_SPENT_CODES, TOKEN_CODES } from './failures.js';
import { GOAL_PATH_CAPACITY, LEASE_MS, lingxingPolicy, TOKEN_PATH_CAPACITY } from './quota.js';
import { prepareBody, signParamTexts } from './signing.js';
import {
  type BatchDeleteRequest,
  type BatchOperateRequest,
  type BatchSelectRequest,
  businessAnswer,
  deletedCount,
  gatewayAnswer,
  type GoalRow,
  goalRows,
  PATHS,
  rowFailures,
  tokenAnswer,
} from './wire.js';

export interface LingxingConnection {
  readonly baseUrl: string;
  readonly appId: string;
  readonly appSecret: string;
}

export interface LingxingClientOptions {
  readonly connection: LingxingConnection;
  readonly quotas: Quotas;
  readonly meter?: CallMeter;
  readonly clock: Clock;
  readonly timeouts: HttpTimeouts;
  readonly retry: RetryOptions;
  /** In-flight cap per goal path; LingXing's documented bucket is 10. */
  readonly maxInFlight?: number;
  /** After this long LingXing takes a token back from a call that never completed (documented: 2 min). */
  readonly tokenLeaseMs?: number;
}

export interface Answered<T> {
  readonly traceId: string;
  readonly data: T;
}

/** Signs and sends LingXing calls within the app's in-flight buckets. I/O only: no GraphQL here. */
export class LingxingClient {
  private readonly http: ProviderHttp;
  private readonly tokens: AccessTokenCache;
  /** One gate per path (LingXing's bucket is per app and path), made up front so the quota query lists every bucket before its first call. */
  private readonly gates = new Map<string, QuotaGate>();

  constructor(private readonly options: LingxingClientOptions) {
    this.http = new ProviderHttp({
      provider: 'lingxing',
      baseUrl: options.connection.baseUrl,
      // Enough sockets for every goal path's bucket plus token calls.
      connections: (options.maxInFlight ?? GOAL_PATH_CAPACITY) * 3 + 2,
      timeouts: options.timeouts,
      retry: options.retry,
      meter: options.meter,
    });
    this.tokens = new AccessTokenCache(
      {
        issue: (deadline) => this.issueToken(deadline),
        refresh: (refreshToken, deadline) => this.tokenCall(PATHS.refreshToken, { appId: this.appId, refreshToken }, deadline),
        // LingXing's refresh tokens are single-use and live 2 h.
        refreshTokenLifeMs: 2 * 60 * 60 * 1000,
        credentials: 'LINGXING_APP_ID and LINGXING_APP_SECRET',
      },
      options.clock,
    );
    const goalCapacity = options.maxInFlight ?? GOAL_PATH_CAPACITY;
    for (const [path, capacity] of [
      [PATHS.batchOperate, goalCapacity],
      [PATHS.batchSelect, goalCapacity],
      [PATHS.batchDelete, goalCapacity],
      [PATHS.accessToken, TOKEN_PATH_CAPACITY],
      [PATHS.refreshToken, TOKEN_PATH_CAPACITY],
    ] as const) {
      this.gates.set(
        path,
        options.quotas.gate('lingxing', lingxingPolicy(this.appId, path, capacity, options.tokenLeaseMs ?? LEASE_MS, longestCallMs(options.timeouts))),
      );
    }
  }

  private get appId(): string {
    return this.options.connection.appId;
  }

  /** Writes goals. Rows refused inside a successful answer come back as `{uid, reason}`. */
  batchOperate(request: BatchOperateRequest, deadline: Deadline, idempotent: boolean) {
    return this.call(PATHS.batchOperate, request, rowFailures, deadline, idempotent);
  }

  batchSelect(request: BatchSelectRequest, deadline: Deadline): Promise<Answered<GoalRow[] | null>> {
    return this.call(PATHS.batchSelect, request, goalRows, deadline, true);
  }

  /** Answers the number of goals deleted. Deleting is idempotent: a goal gone stays gone. */
  batchDelete(request: BatchDeleteRequest, deadline: Deadline): Promise<Answered<number>> {
    return this.call(PATHS.batchDelete, request, deletedCount, deadline, true);
  }

  /**
   * Checks the app credentials at the token endpoint (one call of its bucket of 100, no window)
   * and keeps the token it issues, so the check wastes nothing. Throws the failure when refused.
   */
  async checkCredentials(deadline: Deadline): Promise<void> {
    this.tokens.adopt(await this.issueToken(deadline));
  }

  async close(): Promise<void> {
    await this.http.close();
  }

  private call<T>(path: string, body: object, data: ZodType<T>, deadline: Deadline, idempotent: boolean): Promise<Answered<T>> {
    // Serialised before admission, so a freed slot is not left idle while the body is built.
    const prepared = prepareBody(body);
    return this.http.call({
      deadline,
      idempotent,
      gate: this.gate(path),
      tokens: this.tokens,
      request: (accessToken) => {
        const query = { access_token: accessToken!, app_key: this.appId, timestamp: String(Math.floor(this.options.clock.now() / 1000)) };
        const sign = signParamTexts({ ...prepared.texts, ...query }, this.appId);
        return {
          method: 'POST',
          path: `${path}?${new URLSearchParams({ ...query, sign })}`,
          headers: { 'content-type': 'application/json' },
          body: prepared.json,
        };
      },
      read: (answer) => this.readBusiness(answer, data),
    });
  }

  private readBusiness<T>(answer: HttpAnswer, data: ZodType<T>): Answered<T> {
    const json = jsonOrUndefined(answer);
    const refused = gatewayAnswer.safeParse(json);
    if (refused.success && TOKEN_CODES.has(refused.data.code)) {
      throw new TokenRefused('LingXing', { provider: 'lingxing', providerCode: refused.data.code, providerMessage: refused.data.msg });
    }
    if (refused.success) throw failureFromGateway(refused.data.code, refused.data.msg);
    if (isAuthStatus(answer.status)) throw new TokenRefused('LingXing', { provider: 'lingxing', providerCode: `HTTP ${answer.status}` });
    if (json === undefined) throw unreadableAnswer(LINGXING, answer, 'not JSON');
    const envelope = businessAnswer.safeParse(json);
    if (!envelope.success) throw unreadableAnswer(LINGXING, answer, 'unexpected envelope');
    const { code, msg, traceId, success } = envelope.data;
    if (code !== 1 || success === false) throw failureFromBusiness(code, msg, traceId);
    const parsed = data.safeParse(envelope.data.data);
    if (!parsed.success) throw unreadableAnswer(LINGXING, answer, `unexpected data (${parsed.error.issues[0]?.message})`);
    return { traceId: traceId ?? '', data: parsed.data };
  }

  private issueToken(deadline: Deadline): Promise<IssuedToken> {
    return this.tokenCall(PATHS.accessToken, { appId: this.appId, appSecret: this.options.connection.appSecret }, deadline);
  }

  private tokenCall(path: string, form: Record<string, string>, deadline: Deadline): Promise<IssuedToken> {
    // Token calls change nothing a retry could duplicate (a spent refresh token fails cleanly).
    return this.http.call({
      deadline,
      idempotent: true,
      gate: this.gate(path),
      request: () => ({ method: 'POST', path, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form).toString() }),
      read: (answer) => readToken(answer),
    });
  }

  private gate(path: string): QuotaGate {
    return this.gates.get(path)!;
  }
}

/** A token endpoint's answer: the tokens, or the refusal as a typed failure. */
function readToken(answer: HttpAnswer): IssuedToken {
  const json = answerJson(LINGXING, answer);
  const issued = tokenAnswer.safeParse(json);
  if (issued.success) {
    const { access_token, refresh_token, expires_in } = issued.data.data;
    return { accessToken: access_token, refreshToken: refresh_token, expiresInSeconds: expires_in };
  }
  const refused = gatewayAnswer.safeParse(json);
  if (!refused.success) throw unreadableAnswer(LINGXING, answer, 'unexpected token answer');
  if (REFRESH_SPENT_CODES.has(refused.data.code)) {
    throw new ProviderFailure('rejected', 'LingXing refresh token is spent', { provider: 'lingxing', providerCode: refused.data.code });
  }
  throw failureFromGateway(refused.data.code, refused.data.msg);
}
