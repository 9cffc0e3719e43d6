import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryUploadStore, RedisUploadStore, type UploadStore } from '../../../../src/core/jobs/upload-store.js';
import { deleteKeys } from '../../../support/redis.js';

const prefix = `test-uploads-${randomUUID()}:`;
const redis = new Redis({ host: '127.0.0.1', port: 6379 });
afterAll(async () => {
  await deleteKeys(prefix);
  redis.disconnect();
});

const STORES: Record<string, () => UploadStore> = {
  memory: () => new MemoryUploadStore(),
  redis: () => new RedisUploadStore(redis, prefix),
};

describe.each(Object.entries(STORES))('a %s upload store', (_name, make) => {
  it('gives back every line appended, in order, once, to its owner only', async () => {
    const store = make();
    const id = await store.create('me', 60_000);
    const lines = Array.from({ length: 2_500 }, (_, i) => JSON.stringify({ uid: i, note: i % 7 === 0 ? 'tab\there "q" 目标' : '' }));
    await store.append(id, lines.slice(0, 1_000));
    await store.append(id, []);
    await store.append(id, lines.slice(1_000, 1_001));
    await store.append(id, lines.slice(1_001));
    expect(await store.take(id, 'someone else')).toBeUndefined();
    expect(await store.take(id, 'me')).toEqual(lines);
    expect(await store.take(id, 'me')).toBeUndefined();
  });

  it('gives back an upload of no lines as none', async () => {
    const store = make();
    const id = await store.create('me', 60_000);
    expect(await store.take(id, 'me')).toEqual([]);
  });
});
