import { describe, expect, it } from 'vitest';
import { Deadline } from '../../../../src/core/deadline.js';
import { FairQueue } from '../../../../src/core/quota/fair-queue.js';
import { MemoryQuotaStore } from '../../../../src/core/quota/memory-store.js';
import { QuotaExhaustedError } from '../../../../src/core/quota/quota-exhausted.js';
import { QuotaGate } from '../../../../src/core/quota/quota-gate.js';

describe('FairQueue', () => {
  it("serves each owner's callers in order, the owners taking turns", () => {
    const queue = new FairQueue<string>();
    for (const waiter of ['a1', 'a2', 'a3']) queue.push('a', waiter);
    queue.push('b', 'b1');
    queue.push('c', 'c1');
    queue.push('b', 'b2');
    const served: string[] = [];
    while (queue.length > 0) {
      const next = queue.first()!;
      served.push(next);
      queue.remove(next[0]!, next);
    }
    expect(served).toEqual(['a1', 'b1', 'c1', 'a2', 'b2', 'a3']);
  });

  it('keeps the turn where it is when a waiter that is not first leaves', () => {
    const queue = new FairQueue<string>();
    queue.push('a', 'a1');
    queue.push('b', 'b1');
    queue.push('a', 'a2');
    queue.remove('a', 'a2');
    expect(queue.first()).toBe('a1');
    expect([queue.length, queue.waitingOf('a'), queue.waitingOf('b')]).toEqual([2, 1, 1]);
  });

  it('serves background owners (bulk jobs) only when no foreground caller waits, taking turns among themselves', () => {
    const queue = new FairQueue<string>();
    queue.push('job:big', 'big1', true);
    queue.push('job:big', 'big2', true);
    queue.push('job:small', 'small1', true);
    queue.push('app', 'app1');
    const served: string[] = [];
    const serve = () => {
      const next = queue.first()!;
      served.push(next);
      queue.remove(next.startsWith('app') ? 'app' : next.startsWith('big') ? 'job:big' : 'job:small', next, !next.startsWith('app'));
    };
    serve();
    queue.push('app', 'app2');
    while (queue.length > 0) serve();
    expect(served).toEqual(['app1', 'app2', 'big1', 'small1', 'big2']);
    expect(queue.waitingInBackground).toBe(0);
  });
});

describe('a quota gate shared by principals', () => {
  it("gives another principal's first call its turn after one more call of a principal with a burst queued", async () => {
    const gate = new QuotaGate(new MemoryQuotaStore(), { name: 'test', inFlight: { key: 'k', capacity: 1, leaseMs: 60_000 } });
    const order: string[] = [];
    const admit = (owner: string, label: string) =>
      gate.admit(Deadline.in(5_000, undefined, owner)).then((permit) => {
        order.push(label);
        setTimeout(() => permit.release(), 5);
      });
    const holding = admit('etl', 'etl-0');
    const burst = Array.from({ length: 6 }, (_, i) => admit('etl', `etl-${i + 1}`));
    await new Promise((resolve) => setTimeout(resolve, 1));
    const other = admit('app', 'app-1');
    await Promise.all([holding, ...burst, other]);
    expect(order.indexOf('app-1')).toBeLessThanOrEqual(2);
    expect(order).toHaveLength(8);
  });

  it('lets background calls fill only their share of a window, leaving the rest to requests', async () => {
    const gate = new QuotaGate(new MemoryQuotaStore(), { name: 'test', windows: [{ key: 'w', capacity: 10, windowMs: 60_000 }] }, undefined, 100, 100, 0.8);
    const background = () => new Deadline(Date.now() + 50, undefined, 50, 'job:1', true);
    for (let i = 0; i < 8; i++) (await gate.admit(background())).release();
    await expect(gate.admit(background())).rejects.toBeInstanceOf(QuotaExhaustedError);
    for (let i = 0; i < 2; i++) (await gate.admit(Deadline.in(50, undefined, 'app'))).release();
    await expect(gate.admit(Deadline.in(50, undefined, 'app'))).rejects.toBeInstanceOf(QuotaExhaustedError);
  });

  it("answers at once past one principal's cap on waiting calls, while others still queue", async () => {
    const gate = new QuotaGate(new MemoryQuotaStore(), { name: 'test', inFlight: { key: 'k', capacity: 1, leaseMs: 60_000 } }, undefined, 100, 2);
    const callFor = (owner: string) => gate.admit(Deadline.in(5_000, undefined, owner)).then((permit) => permit.release());
    const first = await gate.admit(Deadline.in(5_000, undefined, 'etl'));
    const waiting = [callFor('etl'), callFor('etl')];
    await expect(gate.admit(Deadline.in(5_000, undefined, 'etl'))).rejects.toBeInstanceOf(QuotaExhaustedError);
    const other = callFor('app');
    expect(gate.waiting).toBe(3);
    first.release();
    await Promise.all([...waiting, other]);
  });
});
