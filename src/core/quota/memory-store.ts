import { EventEmitter } from 'node:events';
import type { InFlightLimit, WindowLimit } from './limits.js';
import type { QuotaStore, Take } from './quota-store.js';

/** In-process ledgers: exact in-flight leases and exact rolling windows (a log of call times). */
export class MemoryQuotaStore implements QuotaStore {
  private readonly slots = new Map<string, Map<string, number>>();
  private readonly calls = new Map<string, number[]>();
  private readonly bans = new Map<string, number>();
  private readonly freed = new EventEmitter().setMaxListeners(0);
  private nextSlot = 0;

  async takeSlot(limit: InFlightLimit, now: number): Promise<Take> {
    const held = this.heldSlots(limit.key, now);
    if (held.size < limit.capacity) {
      const slotId = String(++this.nextSlot);
      held.set(slotId, now + limit.leaseMs);
      return { granted: true, slotId };
    }
    let earliest = Infinity;
    for (const expiresAt of held.values()) earliest = Math.min(earliest, expiresAt);
    return { granted: false, retryAt: earliest, mayFreeSooner: true };
  }

  async releaseSlot(limit: InFlightLimit, slotId: string): Promise<void> {
    if (this.slots.get(limit.key)?.delete(slotId)) this.freed.emit(limit.key);
  }

  async takeWindows(limits: readonly WindowLimit[], now: number): Promise<Take> {
    let retryAt = 0;
    for (const limit of limits) {
      const log = this.windowLog(limit, now);
      // The oldest call still inside the window is the one whose expiry frees a place.
      if (log.length >= limit.capacity) retryAt = Math.max(retryAt, log[log.length - limit.capacity]! + limit.windowMs);
    }
    if (retryAt > 0) return { granted: false, retryAt, mayFreeSooner: false };
    for (const limit of limits) this.windowLog(limit, now).push(now);
    return { granted: true };
  }

  async ban(key: string, until: number): Promise<void> {
    this.bans.set(key, Math.max(until, this.bans.get(key) ?? 0));
  }

  async bannedUntil(key: string, now: number): Promise<number> {
    const until = this.bans.get(key) ?? 0;
    return until > now ? until : 0;
  }

  async restampWindows(limits: readonly WindowLimit[], from: number, to: number): Promise<void> {
    for (const limit of limits) {
      const log = this.calls.get(limit.key);
      const at = log?.indexOf(from) ?? -1;
      if (!log || at < 0) continue;
      log.splice(at, 1);
      let position = log.length;
      while (position > 0 && log[position - 1]! > to) position--;
      log.splice(position, 0, to);
    }
  }

  onFreed(key: string, listener: () => void): () => void {
    this.freed.on(key, listener);
    return () => this.freed.off(key, listener);
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
