import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyCounts, type ChunkRecord, type JobRecord, type SettledItem } from '../../../../src/core/jobs/job-record.js';
import type { JobStore } from '../../../../src/core/jobs/job-store.js';
import { MemoryJobStore } from '../../../../src/core/jobs/memory-job-store.js';
import { RedisJobStore } from '../../../../src/core/jobs/redis-job-store.js';
import { deleteKeys } from '../../../support/redis.js';

const prefix = `test-jobstore-${randomUUID()}:`;
const redis = new Redis({ host: '127.0.0.1', port: 6379 });
afterAll(async () => {
  await deleteKeys(prefix);
  redis.disconnect();
});

const STORES: Record<string, () => JobStore> = {
  memory: () => new MemoryJobStore(),
  redis: () => new RedisJobStore(redis, prefix),
};

const job = (chunkCount: number, total: number): JobRecord => ({
  id: randomUUID(),
  kind: 'k',
  provider: 'p',
  owner: 'me',
  header: '{}',
  total,
  chunkCount,
  lanes: 1,
  createdAt: Date.now(),
  state: 'QUEUED',
  canceled: false,
  chunksDone: 0,
  counts: emptyCounts(),
});
const chunk = (indexes: number[]): ChunkRecord => ({
  items: indexes.map((i) => [i, i] as const),
  part: '0',
  state: 'queued',
  attempts: 0,
  unreachable: 0,
  queuedAt: 0,
});
const answer = (index: number, type = 'Done', failed = false): SettledItem => ({ index, type, failed, result: JSON.stringify([type, { index }]) });

describe.each(Object.entries(STORES))('a %s job store', (_name, make) => {
  it('settles a chunk once, however often it is told, and finishes the job exactly once', async () => {
    const store = make();
    const record = job(2, 4);
    await store.create(record, [], [chunk([0, 1]), chunk([2, 3])], 60_000);
    expect(await store.pendingChunks('p')).toBeGreaterThanOrEqual(2);
    expect(await store.settle(record.id, 0, [answer(0), answer(1, 'Refused', true)])).toEqual({ chunkDone: true, jobDone: false });
    expect(await store.settle(record.id, 0, [answer(0), answer(1)])).toEqual({ chunkDone: false, jobDone: false });
    expect(await store.markSending(record.id, 0)).toBe(false);
    expect(await store.markSending(record.id, 1)).toBe(true);
    // A cancel answers only what is queued: a chunk being sent keeps its real answers.
    expect(await store.settle(record.id, 1, [answer(2, 'Canceled', true)], undefined, true)).toEqual({ chunkDone: false, jobDone: false });
    expect(await store.settle(record.id, 1, [answer(2), answer(3)])).toEqual({ chunkDone: true, jobDone: true });
    const done = (await store.job(record.id))!;
    expect(done.counts).toMatchObject({ settled: 4, succeeded: 3, failed: 1, byType: { Done: 3, Refused: 1 } });
    expect((await store.results(record, 0, 10, true)).map((item) => item.index)).toEqual([1]);
    expect((await store.results(record, 2, 10, false)).map((item) => item.index)).toEqual([2, 3]);
  });

  it('keeps the rest of a chunk for later, and moves the counts when a read-back replaces an answer', async () => {
    const store = make();
    const record = job(1, 3);
    await store.create(record, [answer(2, 'ValidationError', true)], [chunk([0, 1])], 60_000);
    const rest = { items: [[1, 1] as const], part: '0.r1', attempts: 1, unreachable: 0, queuedAt: 5 };
    expect(await store.settle(record.id, 0, [{ ...answer(0, 'OutcomeUnknown', true), item: '0' }], rest)).toEqual({ chunkDone: false, jobDone: false });
    expect(await store.chunk(record.id, 0)).toMatchObject({ ...rest, state: 'queued' });
    await store.settle(record.id, 0, [answer(1)]);
    expect((await store.ofType(record.id, 'OutcomeUnknown')).map((item) => item.item)).toEqual(['0']);
    await store.replace(record.id, [{ ...answer(0), reconciled: true }]);
    expect((await store.job(record.id))!.counts).toMatchObject({ settled: 3, succeeded: 2, failed: 1, reconciled: 1, byType: { Done: 2, ValidationError: 1 } });
    expect((await store.results(record, 0, 10, true)).map((item) => item.index)).toEqual([2]);
  });

  it('reads back items and answers exactly as stored, whatever their JSON holds', async () => {
    const store = make();
    const record = job(1, 2);
    // Newlines and tabs, quotes, non-ASCII, a Date: none may cut an answer or a chunk apart, or come back otherwise.
    const items = [
      [0, { note: 'a\nb\tc "d" é 目标', at: new Date('2026-12-02T10:00:00Z') }],
      [1, { note: '\\n' }],
    ] as const;
    await store.create(record, [], [{ ...chunk([]), items }], 60_000);
    expect((await store.chunk(record.id, 0))?.items).toEqual(items);
    const odd = { index: 0, type: 'Done', failed: false, result: JSON.stringify(['Done', { text: 'x\ny\tz 目标' }]) };
    const kept = {
      index: 1,
      type: 'OutcomeUnknown',
      failed: true,
      result: JSON.stringify(['OutcomeUnknown', { index: 1 }]),
      item: JSON.stringify({ note: '\n' }),
    };
    expect(await store.settle(record.id, 0, [odd, kept])).toEqual({ chunkDone: true, jobDone: true });
    expect((await store.results(record, 0, 10, false)).map(({ reconciled: _reconciled, ...answer }) => answer)).toEqual([odd, kept]);
  });

  it('reads back an item with a key named __proto__ (an upload line may hold one) as it was, setting no prototype', async () => {
    const store = make();
    const record = job(1, 1);
    const item = JSON.parse('{"inputParams":{"__proto__":{"polluted":true},"name":"x"}}') as { inputParams: object };
    await store.create(record, [], [{ ...chunk([]), items: [[0, item]] }], 60_000);
    const [[, back]] = (await store.chunk(record.id, 0))!.items as [[number, { inputParams: object }]];
    expect(Object.keys(back.inputParams)).toEqual(['__proto__', 'name']);
    expect(Object.getOwnPropertyDescriptor(back.inputParams, '__proto__')?.value).toEqual({ polluted: true });
    expect(Object.getPrototypeOf(back.inputParams)).toBe(Object.prototype);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('cancels a running job once, never an ended one; lists newest first by owner', async () => {
    const store = make();
    const first = job(1, 1);
    const second = { ...job(1, 1), createdAt: first.createdAt + 1 };
    await store.create(first, [], [chunk([0])], 60_000);
    await store.create(second, [], [chunk([0])], 60_000);
    expect(await store.cancel(first.id)).toBe(true);
    expect(await store.cancel(first.id)).toBe(false);
    await store.update(second.id, { state: 'COMPLETED', finishedAt: Date.now() });
    expect(await store.cancel(second.id)).toBe(false);
    const listed = await store.list({ owner: 'me' }, 10);
    expect(listed.slice(0, 2).map((each) => each.id)).toEqual([second.id, first.id]);
    expect((await store.list({ owner: 'me' }, 10, second.id))[0]!.id).toBe(first.id);
    expect(await store.list({ owner: 'someone else' }, 10)).toEqual([]);
  });

  it('reads EXPIRED once its results are past retention', async () => {
    const store = make();
    const record = job(1, 1);
    await store.create(record, [], [chunk([0])], 60_000);
    await store.settle(record.id, 0, [answer(0)]);
    await store.update(record.id, { state: 'COMPLETED', finishedAt: Date.now() });
    await store.expireAt(record.id, Date.now() - 1, Date.now() + 60_000);
    expect((await store.job(record.id))!.state).toBe('EXPIRED');
    expect(await store.results(record, 0, 10, false)).toEqual([]);
  });
});

describe('a Redis job store', () => {
  it('still reads a chunk an earlier facade stored whole as JSON (a job running across a deploy)', async () => {
    const store = new RedisJobStore(redis, prefix);
    const record = job(1, 1);
    await store.create(record, [], [chunk([0])], 60_000);
    const earlier = { items: JSON.stringify([[0, 'zero']]), part: '0', attempts: 2, unreachable: 1, queuedAt: 7 };
    await redis.hset(`${prefix}job:${record.id}:chunks`, '0', JSON.stringify(earlier));
    expect(await store.chunk(record.id, 0)).toEqual({ ...earlier, items: [[0, 'zero']], state: 'queued' });
  });

  it("still reads a chunk the facade before stored as its fields' JSON, a newline and its items' JSON", async () => {
    const store = new RedisJobStore(redis, prefix);
    const record = job(1, 1);
    await store.create(record, [], [chunk([0])], 60_000);
    const fields = { part: '0', attempts: 1, unreachable: 0, queuedAt: 7 };
    await redis.hset(`${prefix}job:${record.id}:chunks`, '0', `${JSON.stringify(fields)}\n[[0,{"at":{"$date":"2026-12-02T10:00:00.000Z"}}]]`);
    expect(await store.chunk(record.id, 0)).toEqual({ ...fields, items: [[0, { at: new Date('2026-12-02T10:00:00Z') }]], state: 'queued' });
  });

  it('stores a chunk as MessagePack, half the bytes of its JSON', async () => {
    const store = new RedisJobStore(redis, prefix);
    const record = job(1, 100);
    const items = Array.from({ length: 100 }, (_, i) => [i, { uid: 100_001 + i, monthlyValues: Array.from({ length: 12 }, (_, m) => 1000 + m) }] as const);
    await store.create(record, [], [{ ...chunk([]), items }], 60_000);
    const stored = (await redis.hgetBuffer(`${prefix}job:${record.id}:chunks`, '0'))!;
    expect(stored[0]).toBe(0);
    expect(stored.length).toBeLessThan(JSON.stringify(items).length / 2);
    expect((await store.chunk(record.id, 0))!.items).toEqual(items);
  });
});
