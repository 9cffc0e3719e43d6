import { Redis } from 'ioredis';
import type { Clock } from '../clock.js';
import type { ReadCache } from './read-cache.js';

// Stores the entry only while the group's version is the one the read started with.
const SET_IF_CURRENT = `
if (redis.call('GET', KEYS[2]) or '0') ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], ARGV[2], ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return 1`;

/**
 * The read cache shared by every replica on one Redis: a hash per group (an entry holds its own
 * expiry), a version key per group that invalidation bumps. A Redis that does not answer makes
 * every read a miss; an invalidation it missed is sent again before the next read is served.
 */
export class RedisReadCache implements ReadCache {
  readonly enabled = true;
  private readonly redis: Redis;
  /** Invalidations Redis did not take: nothing is served from a group while its drop is pending. */
  private readonly pending = new Set<string>();
  private retry: NodeJS.Timeout | undefined;

  constructor(
    url: string,
    private readonly prefix: string,
    private readonly ttlMs: number,
    private readonly clock: Clock,
  ) {
    // Fail at once rather than queue: a read that cannot ask the cache asks the provider.
    this.redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 0, commandTimeout: 500, connectTimeout: 1_000 });
    this.redis.on('error', () => {});
    this.redis.defineCommand('readCacheSet', { numberOfKeys: 2, lua: SET_IF_CURRENT });
  }

  async get(group: string, entry: string): Promise<string | undefined> {
    try {
      if (!(await this.flushed(group))) return undefined;
      const stored = await this.redis.hget(this.key(group), entry);
      if (stored === null) return undefined;
      const cut = stored.indexOf('\n');
      return Number(stored.slice(0, cut)) > this.clock.now() ? stored.slice(cut + 1) : undefined;
    } catch {
      return undefined;
    }
  }

  async version(group: string): Promise<string> {
    try {
      return (await this.redis.get(`${this.key(group)}:v`)) ?? '0';
    } catch {
      // Unknowable: a version no key holds, so the answer is not stored.
      return 'unknown';
    }
  }

  async set(group: string, entry: string, value: string, version: string): Promise<void> {
    if (version === 'unknown' || this.pending.has(group)) return;
    const args = [this.key(group), `${this.key(group)}:v`, version, entry, `${this.clock.now() + this.ttlMs}\n${value}`, this.ttlMs];
    await (this.redis as unknown as { readCacheSet(...args: unknown[]): Promise<number> }).readCacheSet(...args).catch(() => 0);
  }

  async invalidate(group: string): Promise<void> {
    this.pending.add(group);
    if (await this.flushed(group)) return;
    // Redis did not take it: keep sending it, so other replicas stop serving the group once Redis answers.
    this.retry ??= setInterval(() => {
      for (const waiting of this.pending) void this.flushed(waiting);
      if (this.pending.size === 0) {
        clearInterval(this.retry);
        this.retry = undefined;
      }
    }, 1_000).unref();
  }

  async close(): Promise<void> {
    clearInterval(this.retry);
    await this.redis.quit().catch(() => this.redis.disconnect());
  }

  /** Sends a pending drop of the group; true once none is pending. */
  private async flushed(group: string): Promise<boolean> {
    if (!this.pending.has(group)) return true;
    try {
      await this.redis
        .multi()
        .incr(`${this.key(group)}:v`)
        .del(this.key(group))
        .exec();
      this.pending.delete(group);
      return true;
    } catch {
      return false;
    }
  }

  private key(group: string): string {
    return `${this.prefix}read-cache:${group}`;
  }
}
