import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../../src/core/clock.js';
import { Deadline } from '../../../../src/core/deadline.js';
import { MemoryQuotaStore } from '../../../../src/core/quota/memory-store.js';
import { QuotaExhaustedError } from '../../../../src/core/quota/quota-exhausted.js';
import { DeadlineExceededError } from '../../../../src/core/deadline-exceeded.js';
import { MAX_HANDOFFS, QuotaGate } from '../../../../src/core/quota/quota-gate.js';
import { peakInFlight } from '../../../support/gate-calls.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('in-flight slots', () => {
  it('admits up to capacity, queues the rest first come first served, and frees on release', async () => {
    const gate = new QuotaGate(new MemoryQuotaStore(), { name: 'test', inFlight: { key: 'k', capacity: 2, leaseMs: 60_000 } });
    const deadline = Deadline.in(5_000);
    const a = await gate.admit(deadline);
    const b = await gate.admit(deadline);
    const order: string[] = [];
    const c = gate.admit(deadline).then((permit) => (order.push('c'), permit));
    const d = gate.admit(deadline).then((permit) => (order.push('d'), permit));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(order).toEqual([]);
    expect(gate.waiting).toBe(2);
    a.release();
    (await c).release();
    b.release();
    (await d).release();
    expect(order).toEqual(['c', 'd']);
  });

  it('gives up at the deadline with DeadlineExceeded while a slot could still free sooner', async () => {
    const clock = new ManualClock(1_000_000);
    const gate = new QuotaGate(new MemoryQuotaStore(), { name: 'test', inFlight: { key: 'k', capacity: 1, leaseMs: 120_000 } }, clock);
    await gate.admit(new Deadline(clock.now() + 1_000, clock));
    const error = await gate.admit(Deadline.in(50)).catch((e: unknown) => e);
    // The slot frees when its call ends, any moment: the deadline, not the quota, is what ran out.
    expect(error).toBeInstanceOf(DeadlineExceededError);
    expect((error as DeadlineExceededError).budgetMs).toBe(50);
  });

  it('refuses at once with DeadlineExceeded a caller whose deadline has already passed, though capacity is free', async () => {
    const gate = new QuotaGate(new MemoryQuotaStore(), { name: 'test', inFlight: { key: 'k', capacity: 10, leaseMs: 120_000 } });
    const error = await gate.admit(Deadline.in(0)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeadlineExceededError);
  });

  it('reclaims a slot whose holder never released it once the lease runs out', async () => {
    const clock = new ManualClock(0);
    const store = new MemoryQuotaStore();
    const policy = { name: 'test', inFlight: { key: 'k', capacity: 1, leaseMs: 120_000 } };
    expect((await store.take(policy, 'a', 0)).granted).toBe(true);
    expect((await store.take(policy, 'b', 119_999)).granted).toBe(false);
    clock.advance(120_000);
    expect((await store.take(policy, 'c', clock.now())).granted).toBe(true);
  });
});

describe('rolling windows', () => {
  const windows = [
    { key: 'hour', capacity: 50, windowMs: HOUR },
    { key: 'day', capacity: 150, windowMs: DAY },
  ];

  it('allows 50 calls an hour and names when the oldest call leaves the window', async () => {
    const clock = new ManualClock(0);
    const gate = new QuotaGate(new MemoryQuotaStore(), { name: 'cloudpense', windows }, clock);
    for (let call = 0; call < 50; call++) {
      clock.set(call * 1_000);
      (await gate.admit(new Deadline(clock.now() + 1_000, clock))).release();
    }
    clock.set(60_000);
    const error = await gate.admit(new Deadline(clock.now() + 10_000, clock)).catch((e: unknown) => e);
    // The first call (t=0) leaves the hour at t=1h: no waiting within a 10 s deadline, an immediate answer.
    expect(error).toBeInstanceOf(QuotaExhaustedError);
    expect((error as QuotaExhaustedError).retryAt).toBe(HOUR);
    clock.set(HOUR);
    await expect(gate.admit(new Deadline(clock.now() + 1_000, clock))).resolves.toBeDefined();
  });

  it('binds on the day window once 150 calls were made within 24 hours', async () => {
    const clock = new ManualClock(0);
    const store = new MemoryQuotaStore();
    for (let call = 0; call < 150; call++) {
      clock.set(call * 30 * 60_000); // one every 30 minutes: at most 2 per hour
      if (call * 30 * 60_000 >= DAY) break;
      expect((await store.take({ name: 'cloudpense', windows }, `call-${call}`, clock.now())).granted).toBe(true);
    }
    // 48 calls fit in a day at that pace; fill the day with a burst in later hours.
    const store2 = new MemoryQuotaStore();
    for (let hour = 0; hour < 3; hour++) {
      for (let call = 0; call < 50; call++)
        expect((await store2.take({ name: 'cloudpense', windows }, `${hour}-${call}`, hour * HOUR + call)).granted).toBe(true);
    }
    const denied = await store2.take({ name: 'cloudpense', windows }, 'over', 4 * HOUR);
    expect(denied).toEqual({ granted: false, retryAt: DAY, mayFreeSooner: false });
  });
});

describe('bans', () => {
  it('holds every call until the ban ends, answering at once when it outlasts the deadline', async () => {
    const clock = new ManualClock(0);
    const gate = new QuotaGate(new MemoryQuotaStore(), { name: 'top', banKey: 'app', windows: [{ key: 'w', capacity: 100, windowMs: 1_000 }] }, clock);
    await gate.ban(30_000);
    const error = await gate.admit(new Deadline(10_000, clock)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QuotaExhaustedError);
    expect((error as QuotaExhaustedError).retryAt).toBe(30_000);
    clock.set(30_000);
    await expect(gate.admit(new Deadline(40_000, clock))).resolves.toBeDefined();
  });
});

describe('window re-stamping', () => {
  it('counts a call from its end once released, so the window frees no earlier than the provider', async () => {
    const clock = new ManualClock(0);
    const gate = new QuotaGate(new MemoryQuotaStore(), { name: 'top', windows: [{ key: 'w', capacity: 1, windowMs: 1_000 }] }, clock);
    const permit = await gate.admit(new Deadline(100, clock));
    clock.set(300); // the call took 300 ms
    permit.release();
    clock.set(1_100);
    const error = await gate.admit(new Deadline(1_200, clock)).catch((e: unknown) => e);
    expect((error as QuotaExhaustedError).retryAt).toBe(1_300);
  });
});

/** A memory store that counts what reaches the ledger. */
class CountingStore extends MemoryQuotaStore {
  /** Slots granted by the ledger. */
  takes = 0;
  /** Takes the ledger refused. */
  refused = 0;
  releases = 0;
  override async take(...args: Parameters<MemoryQuotaStore['take']>) {
    const taken = await super.take(...args);
    if (taken.granted) this.takes++;
    else this.refused++;
    return taken;
  }
  override async release(...args: Parameters<MemoryQuotaStore['release']>) {
    this.releases++;
    return super.release(...args);
  }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('slot handoff', () => {
  const slotsOnly = { name: 'test', inFlight: { key: 'k', capacity: 2, leaseMs: 60_000 } };

  it('passes a finished call’s slot to the next waiter without the ledger, in order, never over capacity', async () => {
    const store = new CountingStore();
    const gate = new QuotaGate(store, slotsOnly);
    const order: number[] = [];
    expect(await peakInFlight(gate, 10, (caller) => order.push(caller))).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // Two slots taken from the ledger; each of the other eight calls got a slot handed on.
    expect(store.takes).toBe(2);
    expect(store.releases).toBe(2);
    expect((await gate.usage()).limits[0]!.used).toBe(0);
  });

  it('gives a slot back to the ledger after MAX_HANDOFFS calls, so other replicas get their turn', async () => {
    const store = new CountingStore();
    const gate = new QuotaGate(store, { ...slotsOnly, inFlight: { ...slotsOnly.inFlight, capacity: 1 } });
    const deadline = Deadline.in(5_000);
    const calls = 3 * (MAX_HANDOFFS + 1);
    await Promise.all(Array.from({ length: calls }, () => gate.within(deadline, tick)));
    expect(store.takes).toBe(3);
    expect(store.releases).toBe(3);
  });

  it('gives a slot back once half its lease has run, so the ledger’s lease covers every call it carries', async () => {
    const clock = new ManualClock(0);
    const store = new CountingStore();
    const gate = new QuotaGate(store, { name: 'test', inFlight: { key: 'k', capacity: 1, leaseMs: 1_000 } }, clock);
    const first = await gate.admit(new Deadline(10_000, clock));
    const second = gate.admit(new Deadline(10_000, clock));
    await tick();
    clock.advance(499);
    first.release(); // handed on: 499 ms of the 1,000 ms lease used
    const third = gate.admit(new Deadline(10_000, clock));
    await second; // admitted with the handed slot
    expect(store.releases).toBe(0);
    await tick();
    clock.advance(1);
    (await second).release(); // 500 ms used: back to the ledger, and the third caller takes a fresh slot
    (await third).release();
    expect(store.releases).toBe(2);
    expect(store.takes).toBe(2);
  });

  it('never hands on a slot of a policy with windows or a ban: every call must be counted and stoppable', async () => {
    for (const policy of [
      { name: 'windowed', inFlight: { key: 'w:slots', capacity: 1, leaseMs: 60_000 }, windows: [{ key: 'w:hour', capacity: 100, windowMs: HOUR }] },
      { name: 'bannable', inFlight: { key: 'b:slots', capacity: 1, leaseMs: 60_000 }, banKey: 'b:ban' },
    ]) {
      const store = new CountingStore();
      const gate = new QuotaGate(store, policy);
      await Promise.all(Array.from({ length: 4 }, () => gate.within(Deadline.in(5_000), tick)));
      expect(store.releases).toBe(4);
    }
  });

  it('does not ask the ledger while its own callers hold every slot: it could only refuse', async () => {
    for (const policy of [
      slotsOnly,
      // A window too: no slot is handed on, so every call goes back to the ledger for one.
      { name: 'windowed', inFlight: { key: 'w:slots', capacity: 2, leaseMs: 60_000 }, windows: [{ key: 'w:hour', capacity: 100, windowMs: HOUR }] },
    ]) {
      const store = new CountingStore();
      const gate = new QuotaGate(store, policy);
      expect(await peakInFlight(gate, 12)).toBe(2);
      expect(store.refused).toBe(0);
      expect(store.takes).toBe(policy === slotsOnly ? 2 : 12);
    }
  });

  it('does not hand a slot to a caller whose deadline has passed; the slot goes back to the ledger', async () => {
    const clock = new ManualClock(0);
    const store = new CountingStore();
    const gate = new QuotaGate(store, { name: 'test', inFlight: { key: 'k', capacity: 1, leaseMs: 60_000 } }, clock);
    const first = await gate.admit(new Deadline(10_000, clock));
    const late = gate.admit(new Deadline(100, clock)).catch((e: unknown) => e);
    await tick();
    clock.advance(200);
    first.release();
    expect(store.releases).toBe(1);
    expect((await gate.usage()).limits[0]!.used).toBe(0);
    // The late caller is woken by the free slot and gives up rather than calling late.
    expect(await late).toBeInstanceOf(DeadlineExceededError);
  });
});
