import { EventEmitter } from 'node:events';
import type { Redis } from 'ioredis';
import type { QuotaPolicy } from './limits.js';
import { usageOf } from './memory-store.js';
import type { LimitUsage, PolicyUsage, QuotaStore, Take } from './quota-store.js';

/*
 * One script per decision, so a replica's admission is one round trip and atomic across the
 * policy's ban, in-flight semaphore and windows. Slots and windows are sorted sets scored by
 * time: a slot's score is the end of its lease (a crashed replica's slots expire by themselves);
 * a window's members are calls scored by when they count, so a window is an exact rolling log.
 *
 * KEYS: [ban?] [slots?] windows…   ARGV: now, hasBan, hasSlot, capacity, leaseMs, permitId, (capacity, windowMs)…
 * Answers {1} when admitted, or {0, retryAt, mayFreeSooner}.
 */
const TAKE = `
local now = tonumber(ARGV[1])
local k = 1
if ARGV[2] == '1' then
  local banned = tonumber(redis.call('GET', KEYS[k]) or '0')
  if banned > now then return {0, tostring(banned), 0} end
  k = k + 1
end
local slots = nil
if ARGV[3] == '1' then
  slots = KEYS[k]
  k = k + 1
  redis.call('ZREMRANGEBYSCORE', slots, '-inf', now)
  if redis.call('ZCARD', slots) >= tonumber(ARGV[4]) then
    local first = redis.call('ZRANGE', slots, 0, 0, 'WITHSCORES')
    return {0, first[2], 1}
  end
end
local retryAt = 0
local a = 7
for i = k, #KEYS do
  local capacity = tonumber(ARGV[a])
  local windowMs = tonumber(ARGV[a + 1])
  redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', now - windowMs)
  local used = redis.call('ZCARD', KEYS[i])
  if used >= capacity then
    local oldest = redis.call('ZRANGE', KEYS[i], used - capacity, used - capacity, 'WITHSCORES')
    local at = tonumber(oldest[2]) + windowMs
    if at > retryAt then retryAt = at end
  end
  a = a + 2
end
if retryAt > 0 then return {0, tostring(retryAt), 0} end
if slots then
  redis.call('ZADD', slots, now + tonumber(ARGV[5]), ARGV[6])
  redis.call('PEXPIRE', slots, tonumber(ARGV[5]) * 2)
end
a = 7
for i = k, #KEYS do
  redis.call('ZADD', KEYS[i], now, ARGV[6])
  redis.call('PEXPIRE', KEYS[i], tonumber(ARGV[a + 1]) * 2)
  a = a + 2
end
return {1}
`;

/*
 * KEYS: [slots?] windows…   ARGV: hasSlot, permitId, endedAt, channel, slotKeyName
 * Frees the slot (and says so to every replica) and moves the call's window entries to its end.
 */
const RELEASE = `
local k = 1
if ARGV[1] == '1' then
  if redis.call('ZREM', KEYS[1], ARGV[2]) == 1 then redis.call('PUBLISH', ARGV[4], ARGV[5]) end
  k = 2
end
for i = k, #KEYS do
  redis.call('ZADD', KEYS[i], 'XX', tonumber(ARGV[3]), ARGV[2])
end
return 1
`;

/* KEYS: [ban]  ARGV: until, now. A later hold wins; the key lives as long as the hold. */
const BAN = `
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
local hold = tonumber(ARGV[1])
if hold > current and hold > tonumber(ARGV[2]) then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', hold - tonumber(ARGV[2]))
end
return 1
`;

type ScriptRedis = Redis & {
  quotaTake(numKeys: number, ...args: (string | number)[]): Promise<[number, string?, number?]>;
  quotaRelease(numKeys: number, ...args: (string | number)[]): Promise<number>;
  quotaBan(numKeys: number, ...args: (string | number)[]): Promise<number>;
};

export interface RedisQuotaStoreOptions {
  /** Commands and scripts. */
  readonly redis: Redis;
  /** A second connection in subscriber mode, for "a slot was freed" across replicas. */
  readonly subscriber: Redis;
  /** Prepended to every key, so several facades (or tests) can share one Redis. */
  readonly prefix: string;
}

/** The quota ledgers in Redis, shared by every replica pointed at it. */
export class RedisQuotaStore implements QuotaStore {
  private readonly redis: ScriptRedis;
  private readonly freed = new EventEmitter().setMaxListeners(0);
  private readonly channel: string;

  constructor(private readonly options: RedisQuotaStoreOptions) {
    this.redis = options.redis as ScriptRedis;
    this.redis.defineCommand('quotaTake', { lua: TAKE });
    this.redis.defineCommand('quotaRelease', { lua: RELEASE });
    this.redis.defineCommand('quotaBan', { lua: BAN });
    this.channel = `${options.prefix}freed`;
    options.subscriber.on('message', (channel: string, key: string) => {
      if (channel === this.channel) this.freed.emit(key);
    });
  }

  /** Subscribes to releases from every replica. */
  async start(): Promise<void> {
    await this.options.subscriber.subscribe(this.channel);
  }

  async take(policy: QuotaPolicy, permitId: string, now: number): Promise<Take> {
    const { inFlight, windows = [], banKey } = policy;
    const keys: string[] = [];
    if (banKey) keys.push(this.key(banKey));
    if (inFlight) keys.push(this.key(inFlight.key));
    for (const limit of windows) keys.push(this.key(limit.key));
    const args: (string | number)[] = [now, banKey ? '1' : '0', inFlight ? '1' : '0', inFlight?.capacity ?? 0, inFlight?.leaseMs ?? 0, permitId];
    for (const limit of windows) args.push(limit.capacity, limit.windowMs);
    const [granted, retryAt, mayFreeSooner] = await this.redis.quotaTake(keys.length, ...keys, ...args);
    if (granted === 1) return { granted: true };
    return { granted: false, retryAt: Number(retryAt), mayFreeSooner: mayFreeSooner === 1 };
  }

  async release(policy: QuotaPolicy, permitId: string, _admittedAt: number, endedAt: number): Promise<void> {
    const { inFlight, windows = [] } = policy;
    const keys: string[] = [];
    if (inFlight) keys.push(this.key(inFlight.key));
    for (const limit of windows) keys.push(this.key(limit.key));
    await this.redis.quotaRelease(keys.length, ...keys, inFlight ? '1' : '0', permitId, endedAt, this.channel, inFlight?.key ?? '');
    // This replica's own waiters need not wait for the message to come back.
    if (inFlight) this.freed.emit(inFlight.key);
  }

  async ban(key: string, until: number, now: number): Promise<void> {
    await this.redis.quotaBan(1, this.key(key), Math.ceil(until), now);
  }

  async usage(policy: QuotaPolicy, now: number): Promise<PolicyUsage> {
    const { inFlight, windows = [], banKey } = policy;
    const read = this.redis.multi();
    if (inFlight) read.zrangebyscore(this.key(inFlight.key), `(${now}`, '+inf', 'WITHSCORES');
    for (const limit of windows) read.zrangebyscore(this.key(limit.key), `(${now - limit.windowMs}`, '+inf', 'WITHSCORES');
    if (banKey) read.get(this.key(banKey));
    const answers = ((await read.exec()) ?? []).map(([error, value]) => {
      if (error) throw error;
      return value;
    });
    const limits: LimitUsage[] = [];
    let at = 0;
    if (inFlight) limits.push(usageOf('in-flight', inFlight, inFlight.capacity, inFlight.leaseMs, scores(answers[at++])));
    for (const limit of windows) {
      limits.push(
        usageOf(
          'window',
          limit,
          limit.capacity,
          limit.windowMs,
          scores(answers[at++]).map((stamp) => stamp + limit.windowMs),
        ),
      );
    }
    const banned = banKey ? Number(answers[at] ?? 0) : 0;
    return { limits, bannedUntil: banned > now ? banned : null };
  }

  onFreed(key: string, listener: () => void): () => void {
    this.freed.on(key, listener);
    return () => this.freed.off(key, listener);
  }

  /**
   * Writes what another ledger admitted into this one (a replica back from its fallback): calls
   * still holding a slot, and the calls its windows counted.
   */
  async adopt(entries: readonly AdoptedEntry[], bans: ReadonlyMap<string, number>, now: number): Promise<void> {
    const write = this.redis.multi();
    for (const entry of entries) {
      write.zadd(this.key(entry.key), 'GT', entry.score, entry.member);
      write.pexpire(this.key(entry.key), Math.max(1, entry.ttlMs));
    }
    const answers = (await write.exec()) ?? [];
    for (const [error] of answers) if (error) throw error;
    for (const [key, until] of bans) await this.ban(key, until, now);
  }

  private key(key: string): string {
    return this.options.prefix + key;
  }
}

/** A sorted-set member to write into Redis: an in-flight slot (scored by its lease end) or a counted call. */
export interface AdoptedEntry {
  readonly key: string;
  readonly member: string;
  /** A slot's lease end, or the moment a call counts from. */
  readonly score: number;
  /** How long the key must live at least. */
  readonly ttlMs: number;
}

/** Scores out of a WITHSCORES reply ([member, score, member, score…]). */
function scores(reply: unknown): number[] {
  const flat = reply as string[];
  const out: number[] = [];
  for (let at = 1; at < flat.length; at += 2) out.push(Number(flat[at]));
  return out;
}
