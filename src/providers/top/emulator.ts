import { parseGmt8 } from '../../core/gmt8.js';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../../core/clock.js';
import { systemClock } from '../../core/clock.js';
import { answerWithFault, createEmulatorServer, listenOnLoopback, registerAdminRoutes } from '../../core/emulation/emulator-server.js';
import { FaultPlan, type FaultSettings } from '../../core/emulation/faults.js';
import { sameSecret } from '../../core/same-secret.js';
import { TopTaskStore } from './emulator-store.js';
import { METHOD, RESPONSE_KEY, SIGN_METHODS, type WireBatchRequest } from './wire.js';

export interface TopEmulatorOptions {
  /** Serve the API under this path only (a tenant's or an ingress's prefix), e.g. `/tenant-x`. */
  readonly pathPrefix?: string | undefined;
  readonly appKey?: string;
  readonly appSecret?: string;
  /** Sessions TOP accepts; a session is optional for this method, but a wrong one is refused. */
  readonly sessions?: readonly string[];
  readonly clock?: Clock;
  /** Not documented: the app's call quota, this many calls per rolling window. */
  readonly callLimit?: number;
  readonly callWindowMs?: number;
  /** How long an app that went over its quota is banned (code 7). */
  readonly banSeconds?: number;
  readonly faults?: FaultSettings;
  /**
   * Not documented: whether a task without its plan's contact fails alone or fails the batch. By
   * default alone (success false in its answer); when true the whole batch is refused with code
   * 40, the way a gateway checks required arguments, and nothing of it is created.
   */
  readonly refuseBatchForOneTask?: boolean;
}

const MESSAGES: Record<number, string> = {
  7: 'App Call Limited',
  15: 'Remote service error',
  21: 'Missing Method',
  22: 'Invalid Method',
  24: 'Missing Signature',
  25: 'Invalid Signature',
  27: 'Invalid Session',
  28: 'Missing App Key',
  29: 'Invalid App Key',
  30: 'Missing Timestamp',
  31: 'Invalid Timestamp',
  32: 'Missing Version',
  33: 'Invalid Version',
  40: 'Missing Required Arguments',
  41: 'Invalid Arguments',
};

export interface TopEmulatorStats {
  /** Requests received at the gateway path. */
  calls: number;
  /** When the first and the latest calls since the last reset arrived (epoch ms). */
  firstCallAt?: number;
  lastCallAt?: number;
  /** When the latest calls arrived (epoch ms), the last RECENT_CALL_TIMES: what a benchmark counts each window's calls from. */
  readonly callTimes: number[];
  /** error_response answers sent, by code. */
  readonly errors: Map<string, number>;
}

/** Arrival times kept: bounded, since `npm start` runs this emulator for as long as the facade. */
const RECENT_CALL_TIMES = 10_000;
const emptyStats = (): TopEmulatorStats => ({ calls: 0, callTimes: [], errors: new Map() });

/**
 * A strict TOP gateway for the 瓴羊 batch-task method: system parameters, all three signatures,
 * the ±10 min timestamp, the app's call quota and its bans, seeded plans whose channel decides
 * each task's required contact, and idempotency by task_unique_code.
 */
export class TopEmulator {
  readonly store = new TopTaskStore();
  stats: TopEmulatorStats = emptyStats();
  readonly appKey: string;
  readonly appSecret: string;
  private faults: FaultPlan;
  private readonly clock: Clock;
  private readonly callLog: number[] = [];
  private bannedUntil = 0;
  private app: FastifyInstance | undefined;
  url = '';

  constructor(private readonly options: TopEmulatorOptions = {}) {
    this.appKey = options.appKey ?? '12345678';
    this.appSecret = options.appSecret ?? randomBytes(16).toString('hex');
    this.clock = options.clock ?? systemClock;
    this.faults = new FaultPlan(options.faults);
  }

  static async start(options: TopEmulatorOptions = {}, port = 0): Promise<TopEmulator> {
    const emulator = new TopEmulator(options);
    const app = createEmulatorServer(options.pathPrefix);
    app.post('/router/rest', (request, reply) => emulator.handle(request, reply));
    registerAdminRoutes(app, {
      stats: () => ({ ...emulator.stats, errors: Object.fromEntries(emulator.stats.errors), tasks: emulator.store.tasks.length }),
      setFaults: (settings) => emulator.setFaults(settings),
      reset: () => {
        emulator.stats = emptyStats();
      },
    });
    emulator.app = app;
    emulator.url = `${await listenOnLoopback(app, port)}${options.pathPrefix ?? ''}/router/rest`;
    return emulator;
  }

  setFaults(settings: FaultSettings): void {
    this.faults = new FaultPlan(settings);
  }

  /** Faults injected since the last setFaults. */
  get faultsInjected(): number {
    return this.faults.injected;
  }

  errors(code: number): number {
    return this.stats.errors.get(String(code)) ?? 0;
  }

  async close(): Promise<void> {
    await this.app?.close();
  }

  private async handle(request: FastifyRequest, reply: FastifyReply) {
    this.stats.calls++;
    const arrived = Date.now();
    this.stats.firstCallAt ??= arrived;
    this.stats.lastCallAt = arrived;
    this.stats.callTimes.push(arrived);
    if (this.stats.callTimes.length > RECENT_CALL_TIMES) this.stats.callTimes.shift();
    // System parameters may come in the query string or the form body.
    const params = { ...(request.query as Record<string, string>), ...((request.body ?? {}) as Record<string, string>) };
    const now = this.clock.now();
    const refusal = this.checkSystemParams(params, now);
    if (refusal) return this.error(reply, refusal.code, refusal.sub);
    if (now < this.bannedUntil) return this.banned(reply, now);
    if (!this.countCall(now)) {
      this.bannedUntil = now + (this.options.banSeconds ?? Math.ceil(this.windowMs / 1000)) * 1000;
      return this.banned(reply, now);
    }
    const parsed = parseBatch(params.initiative_batch_task_request);
    if ('code' in parsed) return this.error(reply, parsed.code, parsed.sub);
    const batch = parsed.batch;
    if (!this.store.hasPlan(batch.plan_id)) {
      return this.error(reply, 15, { sub_code: 'isv.invalid-parameter', sub_msg: `plan_id 不存在: ${batch.plan_id}` });
    }
    const refusedTask = this.options.refuseBatchForOneTask && !this.store.answered(batch.task_unique_code) ? this.store.firstProblem(batch) : undefined;
    if (refusedTask) return this.error(reply, 40, { sub_code: 'isv.missing-parameter', sub_msg: refusedTask });
    return answerWithFault(reply, this.faults.next(), this.faults, () => {
      const data = this.store.answered(batch.task_unique_code) ?? this.store.submit(batch);
      return {
        body: { [RESPONSE_KEY]: { result: { code: '200', success: true, message: 'success', data }, request_id: requestId() } },
      };
    });
  }

  private checkSystemParams(params: Record<string, string | undefined>, now: number): { code: number; sub?: SubError } | undefined {
    if (!params.method) return { code: 21 };
    if (params.method !== METHOD) return { code: 22 };
    if (!params.app_key) return { code: 28 };
    if (params.app_key !== this.appKey) return { code: 29 };
    if (!params.timestamp) return { code: 30 };
    const at = parseGmt8(params.timestamp);
    if (at === undefined || Math.abs(now - at) > 10 * 60_000) return { code: 31 };
    if (!params.v) return { code: 32 };
    if (params.v !== '2.0') return { code: 33 };
    if (!params.sign) return { code: 24 };
    const method = params.sign_method ?? 'md5';
    if (!SIGN_METHODS.includes(method as never) || !sameSecret(params.sign, expectedSign(params, this.appSecret, method))) return { code: 25 };
    if (params.session && !(this.options.sessions ?? []).includes(params.session)) return { code: 27 };
    if (params.format && params.format !== 'json') return { code: 41, sub: { sub_code: 'isv.invalid-parameter:format', sub_msg: 'format 仅支持 json' } };
    return undefined;
  }

  private get windowMs(): number {
    return this.options.callWindowMs ?? 60_000;
  }

  /** Counts a call against the rolling window; false when the window is already full. */
  private countCall(now: number): boolean {
    while (this.callLog.length > 0 && this.callLog[0]! <= now - this.windowMs) this.callLog.shift();
    if (this.callLog.length >= (this.options.callLimit ?? 100)) return false;
    this.callLog.push(now);
    return true;
  }

  private banned(reply: FastifyReply, now: number) {
    const seconds = Math.max(1, Math.ceil((this.bannedUntil - now) / 1000));
    return this.error(reply, 7, {
      sub_code: 'accesscontrol.limited-by-app-api-access-count',
      sub_msg: `This ban will last for ${seconds} more seconds`,
    });
  }

  private error(reply: FastifyReply, code: number, sub?: SubError) {
    this.stats.errors.set(String(code), (this.stats.errors.get(String(code)) ?? 0) + 1);
    return reply.code(200).send({ error_response: { code, msg: MESSAGES[code] ?? 'error', ...sub, request_id: requestId() } });
  }
}

interface SubError {
  sub_code: string;
  sub_msg: string;
}

function parseBatch(text: string | undefined): { batch: WireBatchRequest } | { code: number; sub?: SubError } {
  const missing = (name: string) => ({ code: 40, sub: { sub_code: 'isv.missing-parameter', sub_msg: `${name} 必填` } });
  if (!text) return missing('initiative_batch_task_request');
  let batch: WireBatchRequest;
  try {
    batch = JSON.parse(text) as WireBatchRequest;
  } catch {
    return { code: 41, sub: { sub_code: 'isv.invalid-parameter', sub_msg: 'initiative_batch_task_request 不是合法的 JSON' } };
  }
  if (!batch || typeof batch !== 'object') return missing('initiative_batch_task_request');
  if (!batch.task_unique_code) return missing('task_unique_code');
  if (batch.plan_id === undefined || batch.plan_id === null) return missing('plan_id');
  if (!Number.isSafeInteger(batch.plan_id)) return { code: 41, sub: { sub_code: 'isv.invalid-parameter', sub_msg: 'plan_id 必须是数字' } };
  if (!Array.isArray(batch.task_list) || batch.task_list.length === 0) return missing('task_list');
  for (const task of batch.task_list) {
    if (typeof task?.input_params !== 'string') return missing('task_list.input_params');
    if (typeof task.output_params !== 'string') return missing('task_list.output_params');
  }
  const book = batch.use_book_info;
  if (book && (!book.use_platform || !book.book_code || book.book_owner_id === undefined)) {
    return missing('use_book_info.use_platform, book_code, book_owner_id');
  }
  return { batch };
}

// The emulator checks signatures with its own code, not the client's, so a signing bug cannot hide.
function expectedSign(params: Record<string, string | undefined>, secret: string, method: string): string {
  let text = '';
  for (const key of Object.keys(params).sort()) if (key !== 'sign' && params[key]) text += key + params[key];
  if (method === 'md5')
    return createHash('md5')
      .update(secret + text + secret)
      .digest('hex')
      .toUpperCase();
  return createHmac(method === 'hmac' ? 'md5' : 'sha256', secret)
    .update(text)
    .digest('hex')
    .toUpperCase();
}

function requestId(): string {
  return randomBytes(6).toString('base64url');
}
