import { LRUCache } from 'lru-cache';
import type { Clock } from '../clock.js';
import type { ReadCache } from './read-cache.js';

/**
 * The read cache of one process (no REDIS_URL): bounded by bytes, least recently used out first.
 * An entry's key holds its group's version, so dropping a group is one increment: what it held is
 * unreachable at once and ages out under the byte bound.
 */
export class MemoryReadCache implements ReadCache {
  readonly enabled = true;
  private readonly entries: LRUCache<string, string>;
  private readonly versions = new Map<string, number>();

  constructor(ttlMs: number, maxBytes: number, clock: Clock) {
    this.entries = new LRUCache<string, string>({
      ttl: ttlMs,
      maxSize: maxBytes,
      sizeCalculation: (value, key) => 2 * (value.length + key.length),
      ttlResolution: 0,
      perf: { now: () => clock.now() },
    });
  }

  async get(group: string, entry: string): Promise<string | undefined> {
    return this.entries.get(this.key(group, this.current(group), entry));
  }

  async version(group: string): Promise<string> {
    return String(this.current(group));
  }

  async set(group: string, entry: string, value: string, version: string): Promise<void> {
    const current = this.current(group);
    if (String(current) === version) this.entries.set(this.key(group, current, entry), value);
  }

  async invalidate(group: string): Promise<void> {
    this.versions.set(group, this.current(group) + 1);
  }

  async close(): Promise<void> {
    this.entries.clear();
  }

  private current(group: string): number {
    return this.versions.get(group) ?? 0;
  }

  private key(group: string, version: number, entry: string): string {
    return `${group}\n${version}\n${entry}`;
  }
}
