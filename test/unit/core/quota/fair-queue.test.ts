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
