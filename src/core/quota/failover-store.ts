import { EventEmitter } from 'node:events';
import { Redis, ReplyError } from 'ioredis';
import type { Clock } from '../clock.js';
import type { QuotaPolicy } from './limits.js';
import { MemoryQuotaStore } from './memory-store.js';
import type { PolicyUsage, QuotaStore, Take } from './quota-store.js';
import { type AdoptedEntry, RedisQuotaStore } from './redis-store.js';

/** Where decisions are made now: the shared ledger, or this replica's share of it while Redis is away. */
export type LedgerMode = 'redis' | 'fallback';

/**
 * How long after its own return a replica keeps room in Redis for the others' fallback use: by
 * then they have reconnected too (ioredis retries at least every second) and written theirs.
 */
const RECOVERY_GRACE_MS = 3_000;

/**
 * How often a replica in the fallback asks a connection that never closed whether Redis answers
 * again. A Redis that stalls (paused, swapping) times commands out without closing the connection,
 * so no reconnect would ever tell the replica it is back.
 */
const STALL_PROBE_MS = 500;

export interface FailoverQuotaStoreOptions {
  readonly url: string;
  readonly prefix: string;
  /** How many replicas share each limit; the fallback admits 1/replicas of every limit. */
  readonly replicas: number;
  /** The longest a call can stay in flight, for in-flight limits that do not say their own (InFlightLimit.longestCallMs). */
  readonly callHorizonMs: number;
  readonly clock: Clock;
  /** Told once per change of mode, with the reason. */
  readonly onModeChange?: (mode: LedgerMode, reason: string) => void;
}

interface Outstanding {
  readonly policy: QuotaPolicy;
  readonly admittedAt: number;
  ledger: LedgerMode;
}

interface CountedCall {
  readonly policy: QuotaPolicy;
  stamp: number;
}

interface Release {
  readonly policy: QuotaPolicy;
  readonly permitId: string;
  readonly admittedAt: number;
  readonly endedAt: number;
}

/**
 * The Redis ledger, and what to do without it. When Redis cannot be reached the replica keeps
 * serving from an in-memory ledger that holds 1/replicas of every limit. It cannot know what the
 * other replicas spent just before the outage, so it assumes the worst: each window full at the
 * moment of loss (its share opens once that window has passed), each in-flight slot held until the
 * longest call could have ended — except the slots it held itself, which it keeps using (up to
 * its share) from the first moment. That way N replicas never exceed a quota even while blind. When
 * Redis is back, the replica writes what it admitted meanwhile into Redis, plus placeholders for
 * what the replicas still in their fallback may be using (at most their shares, kept for a short
 * grace), then uses Redis again.
 */
export class FailoverQuotaStore implements QuotaStore {
  private mode: LedgerMode = 'redis';
  private fellBackAt = 0;
  private fallback: MemoryQuotaStore;
  private recovering: Promise<void> | undefined;
  private stallProbe: NodeJS.Timeout | undefined;
  private closed = false;
  private readonly freed = new EventEmitter().setMaxListeners(0);
  private readonly outstanding = new Map<string, Outstanding>();
  /** Calls the fallback counted in windows, by permit, until they leave every window. */
  private readonly fallbackCalls = new Map<string, CountedCall>();
  private readonly unsentReleases: Release[] = [];
  private readonly bans = new Map<string, number>();
  /** In-flight slots this replica held in Redis when it fell back, by limit key: the slots it may keep using while blind. */
  private heldAtLoss = new Map<string, number>();
  /** Every policy this replica has used, for the placeholders written on recovery. */
  private readonly policies = new Map<string, QuotaPolicy>();
  private readonly redisStore: RedisQuotaStore;

  private constructor(
    private readonly options: FailoverQuotaStoreOptions,
    private readonly redis: Redis,
    private readonly subscriber: Redis,
  ) {
    this.redisStore = new RedisQuotaStore({ redis, subscriber, prefix: options.prefix });
    this.fallback = this.newFallback();
    redis.on('close', () => this.fallBack('connection to Redis lost'));
    redis.on('ready', () => void this.recover());
    // ioredis reports connection errors here; the 'close' that follows switches the mode.
    redis.on('error', () => {});
    subscriber.on('error', () => {});
  }

  /** Connects to Redis; a Redis that is down at start-up means starting in the fallback. */
  static async open(options: FailoverQuotaStoreOptions): Promise<FailoverQuotaStore> {
    const connect = () =>
      new Redis(options.url, {
        lazyConnect: true,
        // Fail at once rather than queue while disconnected: the fallback answers instead.
        enableOfflineQueue: false,
        maxRetriesPerRequest: 0,
        connectTimeout: 1_000,
        commandTimeout: 1_000,
        retryStrategy: (attempt) => Math.min(100 * attempt, 1_000),
      });
    const store = new FailoverQuotaStore(options, connect(), connect());
    try {
      await store.redis.connect();
      await store.subscriber.connect();
      await store.redisStore.start();
    } catch (error) {
      store.fallBack(`Redis unreachable at start-up (${describe(error)})`);
    }
    return store;
  }

  get ledgerMode(): LedgerMode {
    return this.mode;
  }

  async take(policy: QuotaPolicy, permitId: string, now: number): Promise<Take> {
    if (this.recovering) await this.recovering;
    if (!this.policies.has(policy.name)) this.policies.set(policy.name, policy);
    if (this.mode === 'redis') {
      try {
        const taken = await this.redisStore.take(policy, permitId, now);
        if (taken.granted) this.outstanding.set(permitId, { policy, admittedAt: now, ledger: 'redis' });
        return taken;
      } catch (error) {
        this.failed(error);
        // A stalled Redis runs this take once it resumes, leasing a slot nobody will release: its
        // release goes out first on recovery (before live fallback calls are written back).
        this.unsentReleases.push({ policy, permitId, admittedAt: now, endedAt: now });
      }
    }
    const blind = this.blindUntil(policy);
    if (policy.windows?.length && now < blind.windows)
      return { granted: false, retryAt: Math.max(blind.windows, blind.inFlight), mayFreeSooner: false, provisional: true };
    if (policy.inFlight && now < blind.inFlight) {
      // Blind to the others' calls, not to its own: it may use the slots it held at the loss (up to its
      // share), its own calls still running included, so no slot is used twice however the others spent.
      const { key, capacity } = policy.inFlight;
      const held = this.heldAtLoss.get(key) ?? 0;
      if (this.inFlightHere(key) >= Math.min(held, Math.floor(capacity / this.options.replicas))) {
        return { granted: false, retryAt: blind.inFlight, mayFreeSooner: held > 0, provisional: true };
      }
    }
    const taken = await this.fallback.take(policy, permitId, now);
    if (taken.granted) {
      this.outstanding.set(permitId, { policy, admittedAt: now, ledger: 'fallback' });
      if (policy.windows?.length) {
        this.forgetOldCalls(now);
        this.fallbackCalls.set(permitId, { policy, stamp: now });
      }
    }
    return taken;
  }

  async release(policy: QuotaPolicy, permitId: string, admittedAt: number, endedAt: number): Promise<void> {
    const entry = this.outstanding.get(permitId);
    if (!entry) return;
    this.outstanding.delete(permitId);
    if (entry.ledger === 'fallback') {
      await this.fallback.release(policy, permitId, admittedAt, endedAt);
      const counted = this.fallbackCalls.get(permitId);
      if (counted) counted.stamp = endedAt;
      return;
    }
    const release = { policy, permitId, admittedAt, endedAt };
    if (this.mode === 'fallback') {
      this.unsentReleases.push(release);
      // One of the slots it held at the loss is free: its own next call may take it.
      if (policy.inFlight) this.freed.emit(policy.inFlight.key);
      return;
    }
    try {
      await this.redisStore.release(policy, permitId, admittedAt, endedAt);
    } catch (error) {
      this.unsentReleases.push(release);
      this.failed(error);
    }
  }

  async ban(key: string, until: number, now: number): Promise<void> {
    this.bans.set(key, Math.max(until, this.bans.get(key) ?? 0));
    await this.fallback.ban(key, until, now);
    if (this.mode === 'fallback') return;
    try {
      await this.redisStore.ban(key, until, now);
    } catch (error) {
      this.failed(error);
    }
  }

  async usage(policy: QuotaPolicy, now: number): Promise<PolicyUsage> {
    if (this.mode === 'redis') {
      try {
        return await this.redisStore.usage(policy, now);
      } catch (error) {
        this.failed(error);
      }
    }
    return this.fallback.usage(policy, now);
  }

  onFreed(key: string, listener: () => void): () => void {
    this.freed.on(key, listener);
    const fromRedis = this.redisStore.onFreed(key, () => this.freed.emit(key));
    let fromFallback = this.fallback.onFreed(key, () => this.freed.emit(key));
    const followNewFallback = () => {
      fromFallback();
      fromFallback = this.fallback.onFreed(key, () => this.freed.emit(key));
    };
    this.freed.on('fallback-replaced', followNewFallback);
    return () => {
      this.freed.off(key, listener);
      this.freed.off('fallback-replaced', followNewFallback);
      fromRedis();
      fromFallback();
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.stallProbe);
    await Promise.allSettled([this.redis.quit(), this.subscriber.quit()]);
    this.redis.disconnect();
    this.subscriber.disconnect();
  }

  /**
   * When the fallback may use its whole share of `policy`: its windows once the calls admitted
   * before the outage have left them, its in-flight slots once those calls have surely ended.
   */
  private blindUntil(policy: QuotaPolicy): { readonly windows: number; readonly inFlight: number } {
    const inFlightMs = policy.inFlight ? Math.min(policy.inFlight.leaseMs, policy.inFlight.longestCallMs ?? this.options.callHorizonMs) : 0;
    const windowMs = Math.max(0, ...(policy.windows ?? []).map((limit) => limit.windowMs));
    return { windows: this.fellBackAt + windowMs, inFlight: this.fellBackAt + inFlightMs };
  }

  /** This replica's calls in flight under an in-flight limit, admitted by Redis before the loss or by the fallback since. */
  private inFlightHere(key: string): number {
    let count = 0;
    for (const entry of this.outstanding.values()) if (entry.policy.inFlight?.key === key) count++;
    return count;
  }

  /** Drops ended calls that have left every window of their policy, so a long outage does not grow memory. */
  private forgetOldCalls(now: number): void {
    for (const [permitId, call] of this.fallbackCalls) {
      if (this.outstanding.has(permitId)) continue; // still running: it is re-stamped at its end
      const longest = Math.max(...(call.policy.windows ?? []).map((limit) => limit.windowMs));
      if (call.stamp <= now - longest) this.fallbackCalls.delete(permitId);
    }
  }

  /** A lost or silent Redis means the fallback; an error Redis answered (a script bug) is not hidden by it. */
  private failed(error: unknown): void {
    if (error instanceof ReplyError) throw error;
    this.fallBack(`Redis failed (${describe(error)})`);
  }

  private fallBack(reason: string): void {
    if (this.mode === 'fallback' || this.closed) return;
    this.mode = 'fallback';
    this.fellBackAt = this.options.clock.now();
    this.heldAtLoss = new Map();
    for (const entry of this.outstanding.values()) {
      const key = entry.policy.inFlight?.key;
      if (key) this.heldAtLoss.set(key, (this.heldAtLoss.get(key) ?? 0) + 1);
    }
    this.options.onModeChange?.('fallback', reason);
    this.stallProbe = setInterval(() => void this.probeStalledConnection(), STALL_PROBE_MS);
    this.stallProbe.unref();
  }

  /** A connection still open (no 'close', so no 'ready' will come) that answers a PING again means Redis is back. */
  private async probeStalledConnection(): Promise<void> {
    if (this.mode === 'redis' || this.closed || this.recovering || this.redis.status !== 'ready') return;
    try {
      await this.redis.ping();
    } catch {
      return;
    }
    await this.recover();
  }

  private recover(): Promise<void> {
    if (this.mode === 'redis' || this.closed) return Promise.resolve();
    return (this.recovering ??= this.writeBack().finally(() => (this.recovering = undefined)));
  }

  /** Replays what Redis missed, then switches back; on failure stays in the fallback until the next reconnect. */
  private async writeBack(): Promise<void> {
    const now = this.options.clock.now();
    try {
      while (this.unsentReleases.length > 0) {
        const release = this.unsentReleases[0]!;
        await this.redisStore.release(release.policy, release.permitId, release.admittedAt, release.endedAt);
        this.unsentReleases.shift();
      }
      const entries: AdoptedEntry[] = [];
      for (const [permitId, entry] of this.outstanding) {
        const inFlight = entry.policy.inFlight;
        if (entry.ledger === 'fallback' && inFlight) {
          entries.push({ key: inFlight.key, member: permitId, score: entry.admittedAt + inFlight.leaseMs, ttlMs: inFlight.leaseMs * 2 });
        }
      }
      for (const [permitId, call] of this.fallbackCalls) {
        for (const limit of call.policy.windows ?? []) {
          if (call.stamp > now - limit.windowMs) entries.push({ key: limit.key, member: permitId, score: call.stamp, ttlMs: limit.windowMs * 2 });
        }
      }
      entries.push(...this.placeholders(now));
      const bans = new Map([...this.bans].filter(([, until]) => until > now));
      await this.redisStore.adopt(entries, bans, now);
    } catch {
      return;
    }
    for (const entry of this.outstanding.values()) entry.ledger = 'redis';
    this.fallbackCalls.clear();
    this.fallback = this.newFallback();
    this.freed.emit('fallback-replaced');
    this.mode = 'redis';
    clearInterval(this.stallProbe);
    this.options.onModeChange?.('redis', 'Redis is back; what the fallback admitted was written to it');
    // Callers waiting on the fallback's pessimistic estimate may go now.
    for (const key of this.freed.eventNames()) if (key !== 'fallback-replaced') this.freed.emit(key);
  }

  /**
   * The other replicas' fallback shares, until they are back and have written their own. The
   * names are the same from every replica, so however many write them, they count once.
   */
  private placeholders(now: number): AdoptedEntry[] {
    const others = this.options.replicas - 1;
    const entries: AdoptedEntry[] = [];
    const until = now + RECOVERY_GRACE_MS;
    for (const policy of this.policies.values()) {
      const { inFlight, windows = [] } = policy;
      if (inFlight) {
        const count = Math.floor(inFlight.capacity / this.options.replicas) * others;
        for (let k = 0; k < count; k++) entries.push({ key: inFlight.key, member: `fallback-share:${k}`, score: until, ttlMs: inFlight.leaseMs * 2 });
      }
      for (const limit of windows) {
        const count = Math.floor(limit.capacity / this.options.replicas) * others;
        // Scored so that they leave the window at `until`.
        for (let k = 0; k < count; k++)
          entries.push({ key: limit.key, member: `fallback-share:${k}`, score: until - limit.windowMs, ttlMs: limit.windowMs * 2 });
      }
    }
    return entries;
  }

  private newFallback(): MemoryQuotaStore {
    return new MemoryQuotaStore({ share: this.options.replicas });
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
