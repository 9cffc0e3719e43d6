import type { Redis } from 'ioredis';

/**
 * Staged input for bulk jobs: the lines of an NDJSON upload, kept until a job is started from
 * them (or they expire). Memory in the embedded default, Redis lists with REDIS_URL.
 */
export interface UploadStore {
  create(owner: string, ttlMs: number): Promise<string>;
  /** Adds lines (none holds a newline: the route splits the body at them). */
  append(id: string, lines: readonly string[]): Promise<void>;
  /** The upload's lines, once, for its owner; undefined for an unknown, expired or someone else's upload. */
  take(id: string, owner: string): Promise<string[] | undefined>;
  close(): Promise<void>;
}

export class MemoryUploadStore implements UploadStore {
  private readonly uploads = new Map<string, { owner: string; lines: string[]; expiresAt: number }>();

  create(owner: string, ttlMs: number): Promise<string> {
    const now = Date.now();
    for (const [id, upload] of this.uploads) if (upload.expiresAt <= now) this.uploads.delete(id);
    const id = crypto.randomUUID();
    this.uploads.set(id, { owner, lines: [], expiresAt: now + ttlMs });
    return Promise.resolve(id);
  }

  append(id: string, lines: readonly string[]): Promise<void> {
    this.uploads.get(id)?.lines.push(...lines);
    return Promise.resolve();
  }

  take(id: string, owner: string): Promise<string[] | undefined> {
    const upload = this.uploads.get(id);
    if (!upload || upload.owner !== owner || upload.expiresAt <= Date.now()) return Promise.resolve(undefined);
    this.uploads.delete(id);
    return Promise.resolve(upload.lines);
  }

  close(): Promise<void> {
    this.uploads.clear();
    return Promise.resolve();
  }
}

/**
 * Uploads in Redis, so a job can start on any replica: its owner, and a list of blocks of lines
 * (each append's lines joined by newlines, which no line holds): a 100,000-line upload is a hundred
 * list elements to write and read back, not 100,000 for the client to frame and parse.
 */
export class RedisUploadStore implements UploadStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async create(owner: string, ttlMs: number): Promise<string> {
    const id = crypto.randomUUID();
    await this.redis.set(`${this.prefix}upload:${id}:owner`, owner, 'PX', ttlMs);
    return id;
  }

  async append(id: string, lines: readonly string[]): Promise<void> {
    if (lines.length === 0) return;
    const ttl = await this.redis.pttl(`${this.prefix}upload:${id}:owner`);
    await this.redis.multi().rpush(`${this.prefix}upload:${id}`, lines.join('\n')).pexpire(`${this.prefix}upload:${id}`, Math.max(1, ttl)).exec();
  }

  async take(id: string, owner: string): Promise<string[] | undefined> {
    if ((await this.redis.get(`${this.prefix}upload:${id}:owner`)) !== owner) return undefined;
    const answers = await this.redis
      .multi()
      .lrange(`${this.prefix}upload:${id}`, 0, -1)
      .del(`${this.prefix}upload:${id}`, `${this.prefix}upload:${id}:owner`)
      .exec();
    const [, deleted] = answers?.[1] ?? [];
    // Another replica took it between the owner check and now.
    if (!deleted) return undefined;
    const blocks = (answers?.[0]?.[1] as string[] | undefined) ?? [];
    return blocks.flatMap((block) => block.split('\n'));
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
