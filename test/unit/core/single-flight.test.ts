import { describe, expect, it } from 'vitest';
import { Deadline } from '../../../src/core/deadline.js';
import { DeadlineExceededError } from '../../../src/core/deadline-exceeded.js';
import { SingleFlight } from '../../../src/core/single-flight.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('SingleFlight', () => {
  it('runs one call for identical keys in flight together, and a new one once it landed', async () => {
    let joined = 0;
    const flights = new SingleFlight<number>('read');
    let calls = 0;
    const call = async () => {
      calls++;
      await pause(20);
      return calls;
    };
    const run = (key: string) => flights.run(key, Deadline.in(1_000), call, () => joined++);
    expect(await Promise.all([run('a'), run('a'), run('b')])).toEqual([2, 2, 2]);
    expect([calls, joined]).toEqual([2, 1]);
    expect(await flights.run('a', Deadline.in(1_000), call)).toBe(3);
  });

  it('a joiner with more time than the leader sends its own call when the shared one ran out of the leader’s time', async () => {
    const flights = new SingleFlight<string>('read');
    const call = async (deadline: Deadline) => {
      await pause(30);
      if (deadline.expired) throw new DeadlineExceededError(deadline.budgetMs, 'read');
      return `answered within ${deadline.budgetMs} ms`;
    };
    const hurried = flights.run('a', Deadline.in(10), call);
    const patient = flights.run('a', Deadline.in(1_000), call);
    await expect(hurried).rejects.toBeInstanceOf(DeadlineExceededError);
    expect(await patient).toBe('answered within 1000 ms');
  });

  it('a joiner with less time than the call takes is answered on its own deadline; an error is everyone’s', async () => {
    const flights = new SingleFlight<string>('read');
    const slow = flights.run('a', Deadline.in(1_000), async () => (await pause(60), 'done'));
    await expect(flights.run('a', Deadline.in(10), async () => 'never called')).rejects.toMatchObject({ budgetMs: 10 });
    expect(await slow).toBe('done');
    const failing = async () => {
      await pause(5);
      throw new Error('provider down');
    };
    const results = await Promise.allSettled([flights.run('b', Deadline.in(1_000), failing), flights.run('b', Deadline.in(1_000), failing)]);
    expect(results.map((result) => (result as PromiseRejectedResult).reason.message)).toEqual(['provider down', 'provider down']);
  });
});
