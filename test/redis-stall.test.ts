import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../src/core/clock.js';
import { sleep } from '../src/core/emulation/faults.js';
import { FailoverQuotaStore } from '../src/core/quota/failover-store.js';
import type { QuotaPolicy } from '../src/core/quota/limits.js';
import { type OwnRedis, startRedisServer } from './support/redis-server.js';

// A Redis of the test's own, on its own port, so pausing it (SIGSTOP) stalls nobody else.
const PORT = 20_000 + Math.floor(Math.random() * 20_000);
let redis: OwnRedis;
let server: ChildProcess;

beforeAll(async () => {
  redis = await startRedisServer(PORT);
  server = redis.process;
});
afterAll(() => redis.stop());

describe('a Redis that stalls', () => {
  it('sends replicas to the fallback, and back to Redis within seconds once it answers, with the releases it missed replayed', async () => {
    const modes: string[] = [];
    const store = await FailoverQuotaStore.open({
      url: `redis://127.0.0.1:${PORT}`,
      prefix: `stall:${randomUUID()}:`,
      replicas: 1,
      callHorizonMs: 10_000,
      clock: systemClock,
      onModeChange: (mode) => modes.push(mode),
    });
    try {
      const policy: QuotaPolicy = { name: 'bucket', inFlight: { key: 'slots', capacity: 2, leaseMs: 60_000, longestCallMs: 1_000 } };
      const held = randomUUID();
      const admittedAt = Date.now();
      expect(await store.take(policy, held, admittedAt)).toMatchObject({ granted: true });
      expect(store.ledgerMode).toBe('redis');

      server.kill('SIGSTOP');
      // A command to a stalled Redis times out (1 s): the replica goes on from its fallback share.
      // Redis still runs that take once it resumes, leasing a slot for a call it will never hear end.
      await store.take(policy, randomUUID(), Date.now());
      expect(store.ledgerMode).toBe('fallback');
      // The call admitted before the stall ends while Redis cannot hear of it.
      await store.release(policy, held, admittedAt, Date.now());
      await sleep(2_000);
      server.kill('SIGCONT');

      const resumed = Date.now();
      while (store.ledgerMode !== 'redis' && Date.now() - resumed < 10_000) await sleep(100);
      expect(store.ledgerMode).toBe('redis');
      expect(Date.now() - resumed).toBeLessThan(3_000);
      expect(modes).toEqual(['fallback', 'redis']);
      // No slot stays leased in Redis after the stall: neither the ended call's, nor the one the timed-out take left.
      const usage = await store.usage(policy, Date.now());
      expect(usage.limits[0]!.used).toBe(0);
    } finally {
      await store.close();
    }
  }, 30_000);
});
