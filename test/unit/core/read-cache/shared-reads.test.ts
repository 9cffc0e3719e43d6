import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../../src/core/clock.js';
import { Deadline } from '../../../../src/core/deadline.js';
import { MemoryReadCache } from '../../../../src/core/read-cache/memory-read-cache.js';
import { type ReadServed, SharedReads } from '../../../../src/core/read-cache/shared-reads.js';

const TEXT = { encode: (value: string) => value, decode: (text: string) => text };
const at = { provider: 'lingxing', read: 'goals', group: 'goals:2026', entry: '' };
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A load the test answers when it likes, counting its calls. */
function held() {
  const releases: ((answer: string) => void)[] = [];
  return {
    calls: () => releases.length,
    load: () => new Promise<string>((resolve) => releases.push(resolve)),
    answer: (text: string) => releases.shift()!(text),
  };
}

describe('SharedReads over MemoryReadCache', () => {
  it('keeps an answer for its time to live, then loads again, telling how each read was served', async () => {
    const clock = new ManualClock(1_000);
    const served: ReadServed[] = [];
    const reads = new SharedReads(new MemoryReadCache(5_000, 1 << 20, clock), (_read, how) => served.push(how));
    let loads = 0;
    const load = async () => `answer ${++loads}`;
    expect(await reads.read(at, TEXT, Deadline.in(1_000), load)).toBe('answer 1');
    expect(await reads.read(at, TEXT, Deadline.in(1_000), load)).toBe('answer 1');
    clock.advance(5_001);
    expect(await reads.read(at, TEXT, Deadline.in(1_000), load)).toBe('answer 2');
    expect(served).toEqual(['provider', 'cache', 'provider']);
    expect(reads.tally('lingxing')).toEqual({ provider: 2, cache: 1, shared: 0 });
    expect(reads.tally('cloudpense')).toEqual({ provider: 0, cache: 0, shared: 0 });
  });

  it('shares one load among identical reads in flight, without a cache too', async () => {
    const reads = new SharedReads();
    const provider = held();
    const both = Promise.all([reads.read(at, TEXT, Deadline.in(1_000), provider.load), reads.read(at, TEXT, Deadline.in(1_000), provider.load)]);
    const other = reads.read({ ...at, entry: 'other' }, TEXT, Deadline.in(1_000), provider.load);
    await pause(1);
    expect(provider.calls()).toBe(2);
    provider.answer('shared');
    provider.answer('other');
    expect(await both).toEqual(['shared', 'shared']);
    expect(await other).toBe('other');
    expect(reads.tally('lingxing')).toEqual({ provider: 2, cache: 0, shared: 1 });
  });

  it('after a write to the group, a read neither joins a call that began before it nor keeps that call’s answer', async () => {
    const cache = new MemoryReadCache(60_000, 1 << 20, new ManualClock(0));
    const reads = new SharedReads(cache);
    const provider = held();
    const before = reads.read(at, TEXT, Deadline.in(1_000), provider.load);
    await pause(1);
    await reads.written(at.group);
    const after = reads.read(at, TEXT, Deadline.in(1_000), provider.load);
    await pause(1);
    expect(provider.calls()).toBe(2);
    provider.answer('before the write');
    provider.answer('after the write');
    expect([await before, await after]).toEqual(['before the write', 'after the write']);
    expect(await cache.get(at.group, at.entry)).toBe('after the write');
  });

  it('a write drops every entry of its group, and only that group', async () => {
    const cache = new MemoryReadCache(60_000, 1 << 20, new ManualClock(0));
    const reads = new SharedReads(cache);
    for (const [group, entry] of [
      ['rules', 'p1'],
      ['rules', 'p2'],
      ['goals', ''],
    ] as const)
      await reads.read({ ...at, group, entry }, TEXT, Deadline.in(1_000), async () => `${group}/${entry}`);
    await reads.written('rules');
    expect([await cache.get('rules', 'p1'), await cache.get('rules', 'p2'), await cache.get('goals', '')]).toEqual([undefined, undefined, 'goals/']);
  });

  it('does not keep an answer its codec will not encode', async () => {
    const cache = new MemoryReadCache(60_000, 1 << 20, new ManualClock(0));
    const reads = new SharedReads(cache);
    await reads.read(at, { ...TEXT, encode: () => undefined }, Deadline.in(1_000), async () => 'unreadable field inside');
    expect(await cache.get(at.group, at.entry)).toBeUndefined();
  });
});
