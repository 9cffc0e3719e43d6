import { LRUCache } from 'lru-cache';
import type { Clock } from '../clock.js';
import type { ReadCache } from './read-cache.js';

/** The read cache of one process (no REDIS_URL): bounded by bytes, least recently used out first. */
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
    return this.entries.get(`${group}\n${entry}`);
  }

  async version(group: string): Promise<string> {
    return String(this.versions.get(group) ?? 0);
  }

  async set(group: string, entry: string, value: string, version: string): Promise<void> {
    if (String(this.versions.get(group) ?? 0) === version) this.entries.set(`${group}\n${entry}`, value);
  }

  async invalidate(group: string): Promise<void> {
    this.versions.set(group, (this.versions.get(group) ?? 0) + 1);
    for (const key of [...this.entries.keys()]) if (key.startsWith(`${group}\n`)) this.entries.delete(key);
  }

  async close(): Promise<void> {
    this.entries.clear();
  }
}
