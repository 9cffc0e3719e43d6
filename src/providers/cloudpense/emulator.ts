import { formatGmt8, parseGmt8 } from '../../core/gmt8.js';
import { randomBytes, randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../../core/clock.js';
import { systemClock } from '../../core/clock.js';
import { answerWithFault, createEmulatorServer, listenOnLoopback, registerAdminRoutes } from '../../core/emulation/emulator-server.js';
import { FaultPlan, type FaultSettings } from '../../core/emulation/faults.js';
import { sameSecret } from '../../core/same-secret.js';
import { TEXT } from './emulator-text.js';
import { bytes, LIMITS, LOCALES, PAGE_SIZES, PATHS, SUCCESS, type WireLocale, type WireRule } from './wire.js';

export interface CloudpenseEmulatorOptions {
  /** Serve the API under this path only (a tenant's or an ingress's prefix), e.g. `/tenant-x`. */
  readonly pathPrefix?: string | undefined;
  readonly clientId?: string;
  readonly clientSecret?: string;
  readonly clock?: Clock;
  readonly tokenTtlSec?: number;
  readonly perHour?: number;
  readonly perDay?: number;
  /** Not documented: the resCodes of an exceeded window, a refused token, a refused request. */
  readonly rateLimitedResCode?: number;
  readonly tokenInvalidResCode?: number;
  /** Answer a refused token with this HTTP status and an HTML page instead (a gateway in front of the tenant). */
  readonly tokenRefusalHttpStatus?: number;
  /** Refuse every access token, as for a client whose rights were withdrawn after it got its token. */
  readonly refuseAccessTokens?: boolean;
  /**
   * Not documented: what a bizId seen before gets. `first-answer` (default): the first answer
   * again, nothing applied; `refuse`: refused (400000); `reapply`: processed again like a new call.
   */
  readonly repeatedBizId?: 'first-answer' | 'refuse' | 'reapply';
  /** Not documented: how findByPage encodes last_update_date. Default GMT+8 text; `unreadable` sends text that is no time. */
  readonly lastUpdateDate?: 'gmt8-text' | 'epoch-ms' | 'epoch-s' | 'iso-8601' | 'unreadable';
  readonly faults?: FaultSettings;
}

const HOUR = 3_600_000;
const BAD_REQUEST = 400000;
const BAD_CREDENTIALS = 401000;
/** Seeded chart of accounts: the page's 540101, a few more, and ACC-0001 … ACC-0999. */
const ACCOUNTS = new Set([
  '540101',
  '540102',
  '6601',
  '6602',
  '1001',
  '2202',
  ...Array.from({ length: 999 }, (_, i) => `ACC-${String(i + 1).padStart(4, '0')}`),
]);
/** Accounting events configured in the emulated tenant; others only warn. */
const EVENTS = new Set(['EXP_DR', 'EXP_CR', 'PAY_DR', 'PAY_CR']);

type Row = WireRule & { last_update_date: string };
interface RowMessage {
  code: string;
  errorMsg: string;
}

/**
 * A strict CloudPense: the token endpoint, 50 calls per rolling hour and 150 per rolling day on
 * the batch endpoint, the field rules (in bytes), upsert by code, warnings, persistence errors,
 * messages in four locales, findByPage, and a clock tests can move.
 */
export class CloudpenseEmulator {
  readonly rules = new Map<string, Row>();
  stats = { batchCalls: 0, pageCalls: 0, tokenCalls: 0, rateLimited: 0, tokensRefused: 0 };
  readonly clientId: string;
  clientSecret: string;
  private faults: FaultPlan;
  private readonly clock: Clock;
  private readonly tokens = new Map<string, number>();
  private readonly callLog: number[] = [];
  private readonly answers = new Map<string, unknown>();
  private app: FastifyInstance | undefined;
  url = '';

  constructor(private readonly options: CloudpenseEmulatorOptions = {}) {
    this.clientId = options.clientId ?? 'cp-client-emulated';
    this.clientSecret = options.clientSecret ?? randomBytes(16).toString('hex');
    this.clock = options.clock ?? systemClock;
    this.faults = new FaultPlan(options.faults);
  }

  static async start(options: CloudpenseEmulatorOptions = {}, port = 0): Promise<CloudpenseEmulator> {
    const emulator = new CloudpenseEmulator(options);
    const app = createEmulatorServer(options.pathPrefix);
    app.post(PATHS.token, (request, reply) => emulator.token(request, reply));
    app.post(PATHS.batch, (request, reply) => emulator.batch(request, reply));
    app.get(PATHS.findByPage, (request, reply) => emulator.findByPage(request, reply));
    registerAdminRoutes(app, {
      stats: () => ({ ...emulator.stats, rules: emulator.rules.size }),
      setFaults: (settings) => emulator.setFaults(settings),
      reset: () => {
        emulator.stats = { batchCalls: 0, pageCalls: 0, tokenCalls: 0, rateLimited: 0, tokensRefused: 0 };
      },
    });
    emulator.app = app;
    emulator.url = `${await listenOnLoopback(app, port)}${options.pathPrefix ?? ''}`;
    return emulator;
  }

  setFaults(settings: FaultSettings): void {
    this.faults = new FaultPlan(settings);
  }

  /** Faults injected since the last setFaults. */
  get faultsInjected(): number {
    return this.faults.injected;
  }

  async close(): Promise<void> {
    await this.app?.close();
  }

  private get rateLimitedResCode(): number {
    return this.options.rateLimitedResCode ?? 429001;
  }

  private async token(request: FastifyRequest, reply: FastifyReply) {
    this.stats.tokenCalls++;
    const body = (request.body ?? {}) as { client_id?: string; client_secret?: string };
    if (body.client_id !== this.clientId || !sameSecret(String(body.client_secret ?? ''), this.clientSecret)) {
      return reply.send({ resCode: BAD_CREDENTIALS, resMsg: 'client_id or client_secret is not correct', data: null });
    }
    const ttl = this.options.tokenTtlSec ?? 7200;
    const token = randomUUID();
    this.tokens.set(token, this.clock.now() + ttl * 1000);
    return reply.send({ resCode: SUCCESS, resMsg: 'success', data: { access_token: token, token_type: 'bearer', expires_in: ttl } });
  }

  private async batch(request: FastifyRequest, reply: FastifyReply) {
    this.stats.batchCalls++;
    const locale = localeOf(request);
    const refused = this.checkToken(request, locale);
    if (refused) return this.refuseToken(reply, refused);
    const now = this.clock.now();
    if (!this.countCall(now)) {
      this.stats.rateLimited++;
      return reply.send({ resCode: this.rateLimitedResCode, resMsg: TEXT.rateLimited[locale](), data: null });
    }
    const body = (request.body ?? {}) as { bizId?: unknown; timestamp?: unknown; data?: unknown };
    const problem = requestProblem(body, locale);
    if (problem) return reply.send({ resCode: BAD_REQUEST, resMsg: problem, bizId: body.bizId ?? null, data: null });
    const bizId = body.bizId as string;
    return answerWithFault(reply, this.faults.next(), this.faults, () => {
      // Not documented: a bizId seen before (see repeatedBizId).
      const first = this.answers.get(bizId);
      const repeated = this.options.repeatedBizId ?? 'first-answer';
      if (first && repeated === 'first-answer') return { body: first };
      if (first && repeated === 'refuse') return { body: { resCode: BAD_REQUEST, resMsg: TEXT.repeatedBizId[locale](bizId), bizId, data: null } };
      const answer = { resCode: SUCCESS, resMsg: 'success', bizId, data: this.upsert(body.data as Record<string, unknown>[], locale, now) };
      this.answers.set(bizId, answer);
      return { body: answer };
    });
  }

  private upsert(rows: Record<string, unknown>[], locale: WireLocale, now: number) {
    const validatorErrors: RowMessage[] = [];
    const dbErrors: RowMessage[] = [];
    const warnings: RowMessage[] = [];
    let created = 0;
    let updated = 0;
    for (const row of rows) {
      const code = typeof row.code === 'string' ? row.code : '';
      const strong = rowProblem(row, locale);
      if (strong) {
        validatorErrors.push({ code, errorMsg: strong });
        continue;
      }
      const rule = row as unknown as WireRule;
      if (!ACCOUNTS.has(rule.account_code)) {
        dbErrors.push({ code, errorMsg: TEXT.unknownAccount[locale](rule.account_code) });
        continue;
      }
      if (!EVENTS.has(rule.account_event_code)) warnings.push({ code, errorMsg: TEXT.unknownEvent[locale](rule.account_event_code) });
      if (this.rules.has(code)) updated++;
      else created++;
      this.rules.set(code, { ...rule, deleted_flag: rule.deleted_flag ?? 'N', last_update_date: formatGmt8(now) });
    }
    return {
      created: TEXT.created[locale](String(created)),
      updated: TEXT.updated[locale](String(updated)),
      validatorErrors,
      dbErrors,
      warnings,
    };
  }

  private async findByPage(request: FastifyRequest, reply: FastifyReply) {
    this.stats.pageCalls++;
    const locale = localeOf(request);
    const refused = this.checkToken(request, locale);
    if (refused) return this.refuseToken(reply, refused);
    const query = request.query as Record<string, string | undefined>;
    const size = Number(query.page_size ?? 20);
    const pageNum = Number(query.page_num ?? 1);
    if (!PAGE_SIZES.includes(size as never)) return reply.send({ resCode: BAD_REQUEST, resMsg: TEXT.invalid[locale]('page_size'), data: null });
    if (!Number.isInteger(pageNum) || pageNum < 1) return reply.send({ resCode: BAD_REQUEST, resMsg: TEXT.invalid[locale]('page_num'), data: null });
    const matches = [...this.rules.values()]
      .filter((rule) => (['code', 'account_code', 'structure_code', 'account_event_code'] as const).every((f) => !query[f] || rule[f] === query[f]))
      .filter(
        (rule) =>
          (!query.start_datetime || rule.last_update_date >= query.start_datetime) && (!query.end_datetime || rule.last_update_date <= query.end_datetime),
      )
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    return answerWithFault(reply, undefined, this.faults, () => ({
      body: {
        resCode: SUCCESS,
        resMsg: 'success',
        bizId: query.bizId ?? null,
        data: {
          page_num: pageNum,
          total_page: Math.ceil(matches.length / size),
          page_size: size,
          total_count: matches.length,
          page_info: matches.slice((pageNum - 1) * size, pageNum * size).map((rule) => ({ ...rule, last_update_date: this.encodeTime(rule.last_update_date) })),
        },
      },
    }));
  }

  /** Test hook: the tenant's client secret is changed, and the tokens issued with the old one withdrawn. */
  rotateClientSecret(): void {
    this.clientSecret = randomBytes(16).toString('hex');
    this.tokens.clear();
  }

  /** Test hook: every access token stops working, as if it had expired. */
  expireTokens(): void {
    this.tokens.clear();
  }

  /** A refusal of the call's token, or undefined when the token is good; `reply` answers it. */
  private checkToken(request: FastifyRequest, locale: WireLocale) {
    const token = (request.query as Record<string, string | undefined>).access_token ?? '';
    const expiresAt = this.tokens.get(token);
    if (expiresAt !== undefined && expiresAt > this.clock.now() && !this.options.refuseAccessTokens) return undefined;
    this.stats.tokensRefused++;
    return { resCode: this.options.tokenInvalidResCode ?? 401001, resMsg: TEXT.tokenInvalid[locale](), data: null };
  }

  /** Sends a token refusal as this tenant does: the JSON envelope, or an HTTP status with a page. */
  private refuseToken(reply: FastifyReply, refusal: object) {
    const status = this.options.tokenRefusalHttpStatus;
    return status ? reply.code(status).type('text/html').send(`<html><body>${status} Unauthorized</body></html>`) : reply.send(refusal);
  }

  /** A stored GMT+8 time as this tenant's findByPage sends it (see lastUpdateDate). */
  private encodeTime(text: string): unknown {
    const ms = parseGmt8(text)!;
    switch (this.options.lastUpdateDate ?? 'gmt8-text') {
      case 'epoch-ms':
        return ms;
      case 'epoch-s':
        return Math.floor(ms / 1000);
      case 'iso-8601':
        return new Date(ms).toISOString();
      case 'unreadable':
        return 'last tuesday';
      case 'gmt8-text':
        return text;
    }
  }

  /** Counts a batch call against the rolling hour and day; false (and not counted) when either is full. */
  private countCall(now: number): boolean {
    while (this.callLog.length > 0 && this.callLog[0]! <= now - 24 * HOUR) this.callLog.shift();
    const lastHour = this.callLog.filter((at) => at > now - HOUR).length;
    if (lastHour >= (this.options.perHour ?? 50) || this.callLog.length >= (this.options.perDay ?? 150)) return false;
    this.callLog.push(now);
    return true;
  }
}

function localeOf(request: FastifyRequest): WireLocale {
  const header = String(request.headers.locale ?? 'zh_CN');
  return (LOCALES as readonly string[]).includes(header) ? (header as WireLocale) : 'zh_CN';
}

function requestProblem(body: { bizId?: unknown; timestamp?: unknown; data?: unknown }, locale: WireLocale): string | undefined {
  if (typeof body.bizId !== 'string' || body.bizId === '') return TEXT.required[locale]('bizId');
  if (bytes(body.bizId) > LIMITS.bizId) return TEXT.tooLong[locale]('bizId', String(LIMITS.bizId));
  if (typeof body.timestamp !== 'number' || !/^\d{13}$/.test(String(body.timestamp))) return TEXT.invalid[locale]('timestamp');
  if (!Array.isArray(body.data) || body.data.length === 0) return TEXT.required[locale]('data');
  return undefined;
}

/** The strong rules of one row; a row that breaks one is not processed. */
function rowProblem(row: Record<string, unknown>, locale: WireLocale): string | undefined {
  for (const field of ['code', 'structure_code', 'account_event_code', 'account_code']) {
    const value = row[field];
    if (typeof value !== 'string' || value === '') return TEXT.required[locale](field);
    if (bytes(value) > LIMITS.code) return TEXT.tooLong[locale](field, String(LIMITS.code));
  }
  if (row.priority !== undefined && (!Number.isInteger(row.priority) || String(row.priority).length > LIMITS.priorityDigits)) {
    return TEXT.invalid[locale]('priority');
  }
  if (row.rule_condition !== undefined) {
    if (row.rule_condition === null || typeof row.rule_condition !== 'object' || Array.isArray(row.rule_condition))
      return TEXT.invalid[locale]('rule_condition');
    if (bytes(JSON.stringify(row.rule_condition)) > LIMITS.ruleCondition) return TEXT.tooLong[locale]('rule_condition', String(LIMITS.ruleCondition));
  }
  if (row.deleted_flag !== undefined && row.deleted_flag !== 'Y' && row.deleted_flag !== 'N') return TEXT.invalid[locale]('deleted_flag');
  return undefined;
}
