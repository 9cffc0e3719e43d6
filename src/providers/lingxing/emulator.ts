import { formatGmt8 } from '../../core/gmt8.js';
import { createCipheriv, createHash, randomBytes, randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../../core/clock.js';
import { systemClock } from '../../core/clock.js';
import { answerWithFault, createEmulatorServer, listenOnLoopback, registerAdminRoutes } from '../../core/emulation/emulator-server.js';
import { FaultPlan, type FaultSettings } from '../../core/emulation/faults.js';
import { sameSecret } from '../../core/same-secret.js';
import { LingxingGoalStore } from './emulator-store.js';
import { CURRENCIES, MONTHS, PATHS, type BatchOperateRequest, type WireAssessType } from './wire.js';

export interface LingxingEmulatorOptions {
  /** Serve the API under this path only (a tenant's or an ingress's prefix), e.g. `/tenant-x`. */
  readonly pathPrefix?: string | undefined;
  readonly appId?: string;
  readonly appSecret?: string;
  readonly clock?: Clock;
  readonly accessTokenTtlSec?: number;
  readonly refreshTokenTtlSec?: number;
  /** Bucket capacity of each goal path (documented: 10). */
  readonly goalCapacity?: number;
  /** Bucket capacity of the token paths (documented: 100). */
  readonly tokenCapacity?: number;
  /** A token not returned comes back after this long (documented: 2 min). */
  readonly leaseMs?: number;
  /** Not documented: the largest userGoalList accepted. */
  readonly maxGoalsPerCall?: number;
  /** Not documented: the HTTP status of gateway refusals. */
  readonly gatewayErrorStatus?: number;
  readonly faults?: FaultSettings;
  /** Users seeded from uid 100001 on (20,000 by default; benchmarks of 100,000-goal jobs need more). */
  readonly userCount?: number;
  /** Refuse every access token on business calls (2001005), as for an app whose tokens the gateway does not take. */
  readonly refuseAccessTokens?: boolean;
}

const GATEWAY_MESSAGES: Record<string, string> = {
  '2001001': 'app not exist',
  '2001002': 'app secret not correct',
  '2001003': 'access token is missing or expire',
  '2001005': 'access token not match',
  '2001006': 'api sign not correct',
  '2001007': 'api sign has expired',
  '2001008': 'refresh token expired',
  '2001009': 'refresh token is invalid',
  '3001001': 'missing query param(access_token,sign,timestamp,app_key)',
  '3001008': 'new requests too frequently. please request later.',
};

interface IssuedToken {
  readonly appId: string;
  readonly expiresAt: number;
}

/** Counters the tests and benchmarks read. */
export interface LingxingEmulatorStats {
  /** Every request received, by path. */
  readonly calls: Map<string, number>;
  /** Every gateway refusal sent, by code. */
  readonly refusals: Map<string, number>;
  /** Most requests in flight at once, by path. */
  readonly peakInFlight: Map<string, number>;
  /** Time-weighted requests in flight (ms × requests), by path: divided by capacity × span, the bucket's use. */
  readonly inFlightArea: Map<string, number>;
  /** Ms from the first request's arrival to the last one's end, by path. */
  readonly inFlightSpan: Map<string, number>;
  /** The W3C `traceparent` header of the last 1,000 business calls that carried one (LingXing ignores it; tests read it). */
  readonly traceparents: string[];
}

/**
 * A strict LingXing: the auth endpoints, the signature and its 120 s expiry, the per-(app, path)
 * token bucket, the goal endpoints' rules and row reasons, in memory. It serves `npm start` and
 * the tests over real HTTP.
 */
export class LingxingEmulator {
  readonly store: LingxingGoalStore;
  stats: LingxingEmulatorStats = LingxingEmulator.emptyStats();
  readonly appId: string;
  readonly appSecret: string;
  private faults: FaultPlan;
  private readonly clock: Clock;
  private readonly accessTokens = new Map<string, IssuedToken>();
  private readonly refreshTokens = new Map<string, IssuedToken>();
  private readonly inFlight = new Map<string, Set<symbol>>();
  private readonly areaSince = new Map<string, number>();
  private readonly spanStart = new Map<string, number>();
  private app: FastifyInstance | undefined;
  url = '';

  constructor(private readonly options: LingxingEmulatorOptions = {}) {
    this.appId = options.appId ?? 'ak_emulated00001';
    this.appSecret = options.appSecret ?? randomBytes(16).toString('hex');
    this.clock = options.clock ?? systemClock;
    this.store = new LingxingGoalStore(options.userCount);
    this.faults = new FaultPlan(options.faults);
  }

  static async start(options: LingxingEmulatorOptions = {}, port = 0): Promise<LingxingEmulator> {
    const emulator = new LingxingEmulator(options);
    const app = createEmulatorServer(options.pathPrefix);
    app.post(PATHS.accessToken, (request, reply) => emulator.issue(request, reply));
    app.post(PATHS.refreshToken, (request, reply) => emulator.refresh(request, reply));
    for (const path of [PATHS.batchOperate, PATHS.batchSelect, PATHS.batchDelete]) {
      app.post(path, (request, reply) => emulator.business(path, request, reply));
    }
    registerAdminRoutes(app, {
      stats: () => ({
        goals: emulator.store.size,
        faultsInjected: emulator.faultsInjected,
        ...Object.fromEntries(
          Object.entries(emulator.stats).map(([name, value]) => [name, value instanceof Map ? Object.fromEntries(value as Map<string, number>) : value]),
        ),
      }),
      setFaults: (settings) => emulator.setFaults(settings),
      reset: () => {
        emulator.stats = LingxingEmulator.emptyStats();
        emulator.areaSince.clear();
        emulator.spanStart.clear();
      },
    });
    emulator.app = app;
    emulator.url = `${await listenOnLoopback(app, port)}${options.pathPrefix ?? ''}`;
    return emulator;
  }

  private static emptyStats(): LingxingEmulatorStats {
    return { calls: new Map(), refusals: new Map(), peakInFlight: new Map(), inFlightArea: new Map(), inFlightSpan: new Map(), traceparents: [] };
  }

  setFaults(settings: FaultSettings): void {
    this.faults = new FaultPlan(settings);
  }

  /** Faults injected since the last setFaults. */
  get faultsInjected(): number {
    return this.faults.injected;
  }

  /** `stats.inFlightArea` brought up to now: the requests in flight since the last change count too. */
  inFlightAreaNow(path: string): number {
    const since = this.areaSince.get(path);
    const held = this.inFlight.get(this.bucketKey(path))?.size ?? 0;
    return this.count(this.stats.inFlightArea, path) + (since === undefined ? 0 : held * (performance.now() - since));
  }

  /** Test hook: every access token stops working, as if it had expired. */
  expireAccessTokens(): void {
    this.accessTokens.clear();
  }

  count(map: Map<string, number>, key: string): number {
    return map.get(key) ?? 0;
  }

  async close(): Promise<void> {
    await this.app?.close();
  }

  private async issue(request: FastifyRequest, reply: FastifyReply) {
    this.counted(PATHS.accessToken);
    const form = (request.body ?? {}) as Record<string, string>;
    return this.withBucket(PATHS.accessToken, this.options.tokenCapacity ?? 100, reply, async () => {
      if (form.appId !== this.appId) return this.refuse(reply, '2001001');
      if (!sameSecret(form.appSecret ?? '', this.appSecret)) return this.refuse(reply, '2001002');
      return reply.send(this.newTokens());
    });
  }

  private async refresh(request: FastifyRequest, reply: FastifyReply) {
    this.counted(PATHS.refreshToken);
    const form = (request.body ?? {}) as Record<string, string>;
    return this.withBucket(PATHS.refreshToken, this.options.tokenCapacity ?? 100, reply, async () => {
      if (form.appId !== this.appId) return this.refuse(reply, '2001001');
      const held = this.refreshTokens.get(form.refreshToken ?? '');
      if (!held || held.appId !== form.appId) return this.refuse(reply, '2001009');
      this.refreshTokens.delete(form.refreshToken ?? ''); // single use
      if (held.expiresAt <= this.clock.now()) return this.refuse(reply, '2001008');
      return reply.send(this.newTokens());
    });
  }

  private newTokens() {
    const now = this.clock.now();
    const ttl = this.options.accessTokenTtlSec ?? 7199;
    const accessToken = randomUUID();
    const refreshToken = randomUUID();
    this.accessTokens.set(accessToken, { appId: this.appId, expiresAt: now + ttl * 1000 });
    this.refreshTokens.set(refreshToken, {
      appId: this.appId,
      expiresAt: now + (this.options.refreshTokenTtlSec ?? 7200) * 1000,
    });
    return { code: '200', msg: 'OK', data: { access_token: accessToken, refresh_token: refreshToken, expires_in: ttl } };
  }

  private async business(path: string, request: FastifyRequest, reply: FastifyReply) {
    this.counted(path);
    const traceparent = request.headers.traceparent;
    // The last ones only: a long-running emulator behind a traced facade must not grow without end.
    if (typeof traceparent === 'string' && this.stats.traceparents.push(traceparent) > 1_000) this.stats.traceparents.shift();
    const query = request.query as Record<string, string | undefined>;
    const { access_token: accessToken, app_key: appKey, timestamp, sign } = query;
    if (!accessToken || !appKey || !timestamp || !sign) return this.refuse(reply, '3001001');
    if (appKey !== this.appId) return this.refuse(reply, '2001001');
    return this.withBucket(path, this.options.goalCapacity ?? 10, reply, async () => {
      const token = this.accessTokens.get(accessToken);
      const now = this.clock.now();
      if (!token || token.expiresAt <= now) return this.refuse(reply, '2001003');
      if (token.appId !== appKey || this.options.refuseAccessTokens) return this.refuse(reply, '2001005');
      const seconds = Number(timestamp);
      if (!/^\d+$/.test(timestamp) || now / 1000 - seconds > 120 || seconds - now / 1000 > 120) {
        return this.refuse(reply, '2001007');
      }
      const body = (request.body ?? {}) as Record<string, unknown>;
      if (!verifySign({ ...body, access_token: accessToken, app_key: appKey, timestamp }, appKey, sign)) {
        return this.refuse(reply, '2001006');
      }
      return answerWithFault(reply, this.faults.next(), this.faults, () => ({ body: this.apply(path, body, now) }));
    });
  }

  private apply(path: string, body: Record<string, unknown>, now: number) {
    const problem = this.checkBody(path, body, now);
    // Not documented: the envelope of a refused request body. This one mirrors the success envelope.
    if (problem) return { code: 400, msg: `参数错误: ${problem}`, data: null, traceId: traceId(now), success: false };
    const year = body.assessYear as number;
    const type = body.assessType as WireAssessType;
    let data: unknown;
    if (path === PATHS.batchOperate) data = this.store.operate(body as unknown as BatchOperateRequest, now);
    else if (path === PATHS.batchDelete) data = this.store.delete(year, type, body.uidList as number[]);
    else data = this.store.select(year, type).map((goal) => this.row(goal));
    return { code: 1, msg: '操作成功', data, traceId: traceId(now), success: true };
  }

  private checkBody(path: string, body: Record<string, unknown>, now: number): string | undefined {
    const thisYear = new Date(now + 8 * 3600_000).getUTCFullYear(); // the provider's calendar is GMT+8
    const year = body.assessYear;
    if (!Number.isInteger(year) || Math.abs((year as number) - thisYear) > 1) return 'assessYear 只允许去年、今年、明年';
    if (body.assessType !== 1 && body.assessType !== 2) return 'assessType';
    if (path === PATHS.batchDelete) {
      const uids = body.uidList;
      if (!Array.isArray(uids) || uids.length === 0 || !uids.every(Number.isInteger)) return 'uidList';
      return undefined;
    }
    if (path !== PATHS.batchOperate) return undefined;
    if (body.operateType !== 1 && body.operateType !== 2) return 'operateType';
    if (!CURRENCIES.includes(body.currencyCode as never)) return 'currencyCode 仅支持USD、EUR、GBP、CNY、JPY';
    const list = body.userGoalList;
    if (!Array.isArray(list) || list.length === 0) return 'userGoalList';
    if (list.length > (this.options.maxGoalsPerCall ?? 500)) return 'userGoalList 超出上限';
    for (const row of list as Record<string, unknown>[]) {
      if (!Number.isInteger(row.uid)) return 'userGoalList>>uid';
      for (const month of MONTHS) {
        const value = row[`value${month}`];
        if (typeof value !== 'number' || !Number.isFinite(value)) return `userGoalList>>value${month}`;
      }
    }
    return undefined;
  }

  private row(goal: ReturnType<LingxingGoalStore['select']>[number]) {
    const user = this.store.users.get(goal.uid);
    const row: Record<string, unknown> = {
      realName: user?.realName ?? '',
      uid: goal.uid,
      orgs: user?.orgs ?? [],
      currencyCode: goal.currencyCode,
      icon: '',
      assessType: goal.assessType,
      yearGoalValue: goal.values.reduce((sum, value) => sum + value, 0),
      yearRealValue: 0,
      completeProcess: 0,
      creator: 'open-api',
      updater: 'open-api',
      gmtCreate: formatGmt8(goal.createdAt),
      gmtModified: formatGmt8(goal.updatedAt),
    };
    for (const month of MONTHS) {
      row[`goalValue${month}`] = goal.values[month - 1];
      row[`realValue${month}`] = 0;
      row[`completeRate${month}`] = 0;
    }
    return row;
  }

  /** Takes a bucket token for the call's life; refuses with 3001008 when none is left. */
  private async withBucket(path: string, capacity: number, reply: FastifyReply, handle: () => Promise<FastifyReply>) {
    const key = this.bucketKey(path);
    let held = this.inFlight.get(key);
    if (!held) this.inFlight.set(key, (held = new Set()));
    if (held.size >= capacity) return this.refuse(reply, '3001008');
    const token = Symbol('bucket token');
    this.measure(path, held.size);
    held.add(token);
    this.stats.peakInFlight.set(path, Math.max(this.count(this.stats.peakInFlight, path), held.size));
    const giveBack = () => {
      clearTimeout(lease);
      if (held.has(token)) this.measure(path, held.size);
      held.delete(token);
    };
    const lease = setTimeout(giveBack, this.options.leaseMs ?? 120_000);
    lease.unref();
    reply.raw.once('close', giveBack);
    try {
      return await handle();
    } catch (error) {
      giveBack();
      throw error;
    }
  }

  /** LingXing's bucket is per app and path. */
  private bucketKey(path: string): string {
    return `${this.appId}:${path}`;
  }

  /** Adds the time since the last change × the requests that were in flight during it. */
  private measure(path: string, heldBefore: number): void {
    const now = performance.now();
    const since = this.areaSince.get(path);
    if (since !== undefined) this.stats.inFlightArea.set(path, this.count(this.stats.inFlightArea, path) + heldBefore * (now - since));
    this.areaSince.set(path, now);
    if (!this.spanStart.has(path)) this.spanStart.set(path, now);
    this.stats.inFlightSpan.set(path, now - this.spanStart.get(path)!);
  }

  private refuse(reply: FastifyReply, code: string) {
    this.stats.refusals.set(code, this.count(this.stats.refusals, code) + 1);
    return reply.code(this.options.gatewayErrorStatus ?? 200).send({ code, msg: GATEWAY_MESSAGES[code] ?? 'error', data: null });
  }

  private counted(path: string): void {
    this.stats.calls.set(path, this.count(this.stats.calls, path) + 1);
  }
}

// The emulator checks signatures with its own code, not the client's, so a signing bug cannot hide.
function verifySign(params: Record<string, unknown>, appId: string, sign: string): boolean {
  const pairs: string[] = [];
  for (const key of Object.keys(params).sort()) {
    const value = params[key];
    if (key === 'sign' || value === '' || value === undefined) continue;
    pairs.push(`${key}=${value === null ? 'null' : typeof value === 'object' ? JSON.stringify(value) : String(value)}`);
  }
  const md5 = createHash('md5').update(pairs.join('&')).digest('hex').toUpperCase();
  const cipher = createCipheriv('aes-128-ecb', Buffer.from(appId), null);
  const expected = Buffer.concat([cipher.update(md5), cipher.final()]).toString('base64');
  return sameSecret(sign, expected);
}

function traceId(now: number): string {
  return `${randomBytes(16).toString('hex')}.${now}`;
}
