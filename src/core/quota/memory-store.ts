import { EventEmitter } from 'node:events';
import type { InFlightLimit, QuotaPolicy, WindowLimit } from './limits.js';
import type { LimitUsage, PolicyUsage, QuotaStore, Take } from './quota-store.js';

export interface MemoryQuotaStoreOptions {
  /**
   * The number of replicas this ledger shares each limit with: it admits `floor(capacity / share)`.
   * 1 (the default) for a single process; the Redis fallback uses FACADE_REPLICAS.
   */
  readonly share?: number;
}

/** In-process ledgers: exact in-flight leases and exact rolling windows (a sorted log of call times). */
export class MemoryQuotaStore implements QuotaStore {
  private readonly slots = new Map<string, Map<string, number>>();
  private readonly calls = new Map<string, number[]>();
  private readonly bans = new Map<string, number>();
  private readonly freed = new EventEmitter().setMaxListeners(0);
  private readonly share: number;

  constructor(options: MemoryQuotaStoreOptions = {}) {
    this.share = options.share ?? 1;
  }

  async take(policy: QuotaPolicy, permitId: string, now: number): Promise<Take> {
    const { inFlight, windows = [], banKey } = policy;
    const bannedUntil = banKey ? (this.bans.get(banKey) ?? 0) : 0;
    if (bannedUntil > now) return { granted: false, retryAt: bannedUntil, mayFreeSooner: false };
    if (inFlight) {
      const held = this.heldSlots(inFlight.key, now);
      if (held.size >= this.capacity(inFlight)) {
        return { granted: false, retryAt: held.size > 0 ? Math.min(...held.values()) : Infinity, mayFreeSooner: true };
      }
    }
    let retryAt = 0;
    for (const limit of windows) {
      const log = this.windowLog(limit, now);
      const capacity = this.capacity(limit);
      // The oldest call still inside the window is the one whose expiry frees a place.
      if (log.length >= capacity) retryAt = Math.max(retryAt, capacity > 0 ? log[log.length - capacity]! + limit.windowMs : Infinity);
    }
    if (retryAt > 0) return { granted: false, retryAt, mayFreeSooner: false };
    if (inFlight) this.heldSlots(inFlight.key, now).set(permitId, now + inFlight.leaseMs);
    for (const limit of windows) this.windowLog(limit, now).push(now);
    return { granted: true };
  }

  async release(policy: QuotaPolicy, permitId: string, admittedAt: number, endedAt: number): Promise<void> {
    for (const limit of policy.windows ?? []) this.restamp(limit, admittedAt, endedAt);
    if (policy.inFlight && this.slots.get(policy.inFlight.key)?.delete(permitId)) this.freed.emit(policy.inFlight.key);
  }

  async ban(key: string, until: number, _now: number): Promise<void> {
    this.bans.set(key, Math.max(until, this.bans.get(key) ?? 0));
  }

  async usage(policy: QuotaPolicy, now: number): Promise<PolicyUsage> {
    const limits: LimitUsage[] = [];
    if (policy.inFlight) {
      const expiries = [...this.heldSlots(policy.inFlight.key, now).values()];
      limits.push(usageOf('in-flight', policy.inFlight, this.capacity(policy.inFlight), policy.inFlight.leaseMs, expiries));
    }
    for (const limit of policy.windows ?? []) {
      const log = this.windowLog(limit, now);
      limits.push(
        usageOf(
          'window',
          limit,
          this.capacity(limit),
          limit.windowMs,
          log.map((at) => at + limit.windowMs),
        ),
      );
    }
    const until = policy.banKey ? (this.bans.get(policy.banKey) ?? 0) : 0;
    return { limits, bannedUntil: until > now ? until : null };
  }

  onFreed(key: string, listener: () => void): () => void {
    this.freed.on(key, listener);
    return () => this.freed.off(key, listener);
  }

  private capacity(limit: InFlightLimit | WindowLimit): number {
    return Math.floor(limit.capacity / this.share);
  }

  private restamp(limit: WindowLimit, from: number, to: number): void {
    const log = this.calls.get(limit.key);
    const at = log?.indexOf(from) ?? -1;
    if (!log || at < 0) return;
    log.splice(at, 1);
    let position = log.length;
    while (position > 0 && log[position - 1]! > to) position--;
    log.splice(position, 0, to);
  }

  private heldSlots(key: string, now: number): Map<string, number> {
    let held = this.slots.get(key);
    if (!held) this.slots.set(key, (held = new Map()));
    for (const [id, expiresAt] of held) if (expiresAt <= now) held.delete(id);
    return held;
  }

  private windowLog(limit: WindowLimit, now: number): number[] {
    let log = this.calls.get(limit.key);
    if (!log) this.calls.set(limit.key, (log = []));
    let expired = 0;
    while (expired < log.length && log[expired]! <= now - limit.windowMs) expired++;
    if (expired > 0) log.splice(0, expired);
    return log;
  }
}

/** A limit's usage from the moments its used places free. */
export function usageOf(
  kind: LimitUsage['kind'],
  limit: InFlightLimit | WindowLimit,
  capacity: number,
  periodMs: number,
  freesAt: readonly number[],
): LimitUsage {
  let nextFreeAt: number | null = null;
  let clearAt: number | null = null;
  for (const at of freesAt) {
    nextFreeAt = nextFreeAt === null ? at : Math.min(nextFreeAt, at);
    clearAt = clearAt === null ? at : Math.max(clearAt, at);
  }
  return { kind, key: limit.key, capacity, periodMs, used: freesAt.length, nextFreeAt, clearAt };
}
