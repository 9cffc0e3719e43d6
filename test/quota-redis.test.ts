import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../src/core/clock.js';
import { sleep } from '../src/core/emulation/faults.js';
import { Deadline } from '../src/core/deadline.js';
import { FailoverQuotaStore, type FailoverQuotaStoreOptions } from '../src/core/quota/failover-store.js';
import type { QuotaPolicy } from '../src/core/quota/limits.js';
import { QuotaExhaustedError } from '../src/core/quota/quota-exhausted.js';
import { QuotaGate } from '../src/core/quota/quota-gate.js';
import { peakInFlight } from './support/gate-calls.js';
import { TcpProxy } from './support/tcp-proxy.js';

// The real Redis every development and CI machine runs; these tests fail (never skip) without it.
const REDIS = { host: '127.0.0.1', port: 6379 };
const REDIS_URL = `redis://${REDIS.host}:${REDIS.port}`;

let inspect: Redis;
const stores: FailoverQuotaStore[] = [];

beforeAll(async () => {
  inspect = new Redis({ ...REDIS, lazyConnect: true, maxRetriesPerRequest: 0 });
  await inspect.connect();
});
afterAll(async () => {
  await inspect.quit();
});
afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
});

/** A replica's ledger; replicas made with the same prefix share one quota. */
async function replica(prefix: string, options: Partial<FailoverQuotaStoreOptions> = {}): Promise<FailoverQuotaStore> {
  const store = await FailoverQuotaStore.open({ url: REDIS_URL, prefix, replicas: 3, callHorizonMs: 10_000, clock: systemClock, ...options });
  stores.push(store);
  return store;
}

const take = (store: FailoverQuotaStore, policy: QuotaPolicy) => store.take(policy, randomUUID(), Date.now());

describe('the Redis ledger shared by replicas', () => {
  it('caps calls in flight across replicas and wakes a waiting replica as soon as another releases', async () => {
    const prefix = `test:${randomUUID()}:`;
    const [a, b] = [await replica(prefix), await replica(prefix)];
    const policy: QuotaPolicy = { name: 'lingxing path', inFlight: { key: 'bucket', capacity: 3, leaseMs: 60_000 } };
    const gateA = new QuotaGate(a, policy);
    const gateB = new QuotaGate(b, policy);
    const held = [await gateA.admit(Deadline.in(1_000)), await gateA.admit(Deadline.in(1_000)), await gateB.admit(Deadline.in(1_000))];
    expect(await inspect.zcard(`${prefix}bucket`)).toBe(3);

    const started = Date.now();
    const waiting = gateB.admit(Deadline.in(5_000));
    await sleep(50);
    held[0]!.release(); // on replica A: B hears of it through Redis, long before the 60 s lease
    const permit = await waiting;
    expect(Date.now() - started).toBeLessThan(1_000);
    permit.release();
    held[1]!.release();
    held[2]!.release();
    await sleep(20);
    expect(await inspect.zcard(`${prefix}bucket`)).toBe(0);
  });

  it('asks Redis nothing while its own callers hold every slot, and is refused nothing as one comes back', async () => {
    const prefix = `test:${randomUUID()}:`;
    const store = await replica(prefix);
    let refused = 0;
    const take = store.take.bind(store);
    store.take = async (...args) => {
      const taken = await take(...args);
      if (!taken.granted) refused++;
      return taken;
    };
    // A window too, so no slot is handed on: each call takes its slot from Redis, after the release before it.
    const policy: QuotaPolicy = {
      name: 'lingxing path',
      inFlight: { key: 'bucket', capacity: 2, leaseMs: 60_000 },
      windows: [{ key: 'hour', capacity: 1_000, windowMs: 3_600_000 }],
    };
    expect(await peakInFlight(new QuotaGate(store, policy), 12)).toBe(2);
    expect(refused).toBe(0);
    expect(await inspect.zcard(`${prefix}hour`)).toBe(12);
    await sleep(20);
    expect(await inspect.zcard(`${prefix}bucket`)).toBe(0);
  });

  it('keeps one exact rolling window for all replicas and says when its oldest call leaves', async () => {
    const prefix = `test:${randomUUID()}:`;
    const [a, b] = [await replica(prefix), await replica(prefix)];
    const policy: QuotaPolicy = { name: 'window', windows: [{ key: 'calls', capacity: 4, windowMs: 60_000 }] };
    const first = Date.now();
    expect((await a.take(policy, 'c1', first)).granted).toBe(true);
    expect((await b.take(policy, 'c2', first + 1)).granted).toBe(true);
    expect((await a.take(policy, 'c3', first + 2)).granted).toBe(true);
    expect((await b.take(policy, 'c4', first + 3)).granted).toBe(true);
    expect(await a.take(policy, 'c5', first + 4)).toEqual({ granted: false, retryAt: first + 60_000, mayFreeSooner: false });
    // A call is counted from its end once released: the window frees no earlier than the provider's.
    await a.release(policy, 'c1', first, first + 500);
    expect(await b.take(policy, 'c6', first + 5)).toEqual({ granted: false, retryAt: first + 1 + 60_000, mayFreeSooner: false });
    const usage = await b.usage(policy, first + 10);
    expect(usage.limits[0]).toMatchObject({ kind: 'window', capacity: 4, used: 4, nextFreeAt: first + 1 + 60_000, clearAt: first + 500 + 60_000 });
  });

  it('honours a ban one replica learnt on every replica', async () => {
    const prefix = `test:${randomUUID()}:`;
    const [a, b] = [await replica(prefix), await replica(prefix)];
    const policy: QuotaPolicy = { name: 'top', banKey: 'ban', windows: [{ key: 'calls', capacity: 100, windowMs: 60_000 }] };
    const until = Date.now() + 30_000;
    await new QuotaGate(a, policy).ban(until);
    const error = await new QuotaGate(b, policy).admit(Deadline.in(200)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QuotaExhaustedError);
    expect((error as QuotaExhaustedError).retryAt).toBe(until);
    expect((await b.usage(policy, Date.now())).bannedUntil).toBe(until);
  });

  it('frees the slots of a replica that died holding them once their lease runs out', async () => {
    const prefix = `test:${randomUUID()}:`;
    const [doomed, survivor] = [await replica(prefix), await replica(prefix)];
    const policy: QuotaPolicy = { name: 'lingxing path', inFlight: { key: 'bucket', capacity: 2, leaseMs: 600 } };
    expect((await take(doomed, policy)).granted).toBe(true);
    expect((await take(doomed, policy)).granted).toBe(true);
    await doomed.close(); // never releases
    const started = Date.now();
    const permit = await new QuotaGate(survivor, policy).admit(Deadline.in(5_000));
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(500);
    expect(waited).toBeLessThan(2_000);
    permit.release();
  });
});

describe('when Redis is unreachable', () => {
  it('falls back to its share of each limit without exceeding what the others may have spent, and writes back on recovery', async () => {
    const proxy = new TcpProxy(REDIS.host, REDIS.port);
    await proxy.open();
    const prefix = `test:${randomUUID()}:`;
    const modes: string[] = [];
    const store = await replica(prefix, { url: proxy.url, replicas: 3, onModeChange: (mode) => modes.push(mode) });
    const windowMs = 600;
    const policy: QuotaPolicy = { name: 'window', windows: [{ key: 'calls', capacity: 9, windowMs }] };
    expect((await take(store, policy)).granted).toBe(true);
    expect(store.ledgerMode).toBe('redis');

    await proxy.cut();
    const lostAt = Date.now();
    const blind = await take(store, policy);
    expect(store.ledgerMode).toBe('fallback');
    expect(modes).toEqual(['fallback']);
    // The others may have filled the window just before the loss: nothing until it has passed…
    expect(blind.granted).toBe(false);
    expect(blind.granted === false && blind.retryAt).toBeGreaterThanOrEqual(lostAt + windowMs - 50);
    await sleep(windowMs + 50);
    // …then this replica's share: 9 / 3 = 3 calls per window.
    const granted = [];
    for (let call = 0; call < 5; call++) granted.push((await take(store, policy)).granted);
    expect(granted).toEqual([true, true, true, false, false]);

    await proxy.open();
    for (let wait = 0; wait < 50 && store.ledgerMode !== 'redis'; wait++) await sleep(100);
    expect(store.ledgerMode).toBe('redis');
    expect(modes).toEqual(['fallback', 'redis']);
    // The fallback's three calls are now in the shared window, for every replica to count, with
    // room kept for the other two replicas' shares (3 each) until they are back too.
    const members = await inspect.zrange(`${prefix}calls`, 0, -1);
    expect(members.filter((member) => !member.startsWith('fallback-share:'))).toHaveLength(1 + 3);
    expect(members.filter((member) => member.startsWith('fallback-share:'))).toHaveLength(6);
    await proxy.cut();
  });

  it('keeps using the in-flight slots it held at the loss (up to its share) from the first moment, and no others until its calls surely ended', async () => {
    const proxy = new TcpProxy(REDIS.host, REDIS.port);
    await proxy.open();
    const prefix = `test:${randomUUID()}:`;
    const busy = await replica(prefix, { url: proxy.url });
    const idle = await replica(prefix, { url: proxy.url });
    // 9 slots among 3 replicas (a share of 3); a call may last 1.5 s.
    const policy: QuotaPolicy = { name: 'slots', inFlight: { key: 'slots', capacity: 9, leaseMs: 60_000, longestCallMs: 1_500 } };
    const held = [];
    for (let call = 0; call < 5; call++) {
      const id = randomUUID();
      expect((await busy.take(policy, id, Date.now())).granted).toBe(true);
      held.push(id);
    }
    await proxy.cut();
    const lostAt = Date.now();
    // Five of its own calls still run: more than its share, so nothing new yet, but a release may free one.
    const full = await take(busy, policy);
    expect(busy.ledgerMode).toBe('fallback');
    expect(full).toMatchObject({ granted: false, mayFreeSooner: true, provisional: true });
    // The idle replica held nothing: the others may hold every slot until their calls surely ended.
    const blind = await take(idle, policy);
    expect(blind).toMatchObject({ granted: false, mayFreeSooner: false });
    expect(blind.granted === false && blind.retryAt).toBeGreaterThanOrEqual(lostAt + 1_400);
    // Three of its calls end: two still run, so one of the three slots it may use while blind is free.
    for (const id of held.splice(0, 3)) await busy.release(policy, id, lostAt, Date.now());
    const freed = [];
    for (let call = 0; call < 3; call++) freed.push((await take(busy, policy)).granted);
    expect(freed).toEqual([true, false, false]);
    // Once every call admitted before the loss has surely ended, each replica has its whole share.
    await sleep(1_600 - (Date.now() - lostAt));
    const shares = [];
    for (let call = 0; call < 4; call++) shares.push((await take(idle, policy)).granted);
    expect(shares).toEqual([true, true, true, false]);
    await proxy.open();
  });

  it('starts in the fallback when Redis is down at start-up', async () => {
    const proxy = new TcpProxy(REDIS.host, REDIS.port);
    await proxy.open();
    const url = proxy.url;
    await proxy.cut();
    const store = await replica(`test:${randomUUID()}:`, { url });
    expect(store.ledgerMode).toBe('fallback');
  });
});
