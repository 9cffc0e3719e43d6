import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../../src/core/clock.js';
import { MemoryReadCache } from '../../../../src/core/read-cache/memory-read-cache.js';
import { readThrough } from '../../../../src/core/read-cache/read-through.js';

const TEXT = { encode: (value: string) => value, decode: (text: string) => text };
const at = { group: 'goals:2026', entry: '' };

describe('readThrough over MemoryReadCache', () => {
  it('keeps an answer for its time to live, then loads again', async () => {
    const clock = new ManualClock(1_000);
    const cache = new MemoryReadCache(5_000, 1 << 20, clock);
    let loads = 0;
    const load = async () => `answer ${++loads}`;
    const seen: boolean[] = [];
    expect(await readThrough(cache, at, TEXT, load, (hit) => seen.push(hit))).toBe('answer 1');
    expect(await readThrough(cache, at, TEXT, load, (hit) => seen.push(hit))).toBe('answer 1');
    clock.advance(5_001);
    expect(await readThrough(cache, at, TEXT, load, (hit) => seen.push(hit))).toBe('answer 2');
    expect(seen).toEqual([false, true, false]);
  });

  it('does not keep an answer loaded across a write: the read that raced it cannot bring the old answer back', async () => {
    const cache = new MemoryReadCache(60_000, 1 << 20, new ManualClock(0));
    let release!: () => void;
    const slow = readThrough(cache, at, TEXT, () => new Promise<string>((resolve) => (release = () => resolve('before the write'))));
    await new Promise((resolve) => setTimeout(resolve, 1));
    await cache.invalidate(at.group);
    release();
    expect(await slow).toBe('before the write');
    expect(await readThrough(cache, at, TEXT, async () => 'after the write')).toBe('after the write');
    expect(await cache.get(at.group, at.entry)).toBe('after the write');
  });

  it('drops every entry of a group, and only that group', async () => {
    const cache = new MemoryReadCache(60_000, 1 << 20, new ManualClock(0));
    for (const [group, entry] of [
      ['rules', 'p1'],
      ['rules', 'p2'],
      ['goals', ''],
    ] as const)
      await cache.set(group, entry, `${group}/${entry}`, await cache.version(group));
    await cache.invalidate('rules');
    expect([await cache.get('rules', 'p1'), await cache.get('rules', 'p2'), await cache.get('goals', '')]).toEqual([undefined, undefined, 'goals/']);
  });
});
