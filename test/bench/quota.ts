import { randomUUID } from 'node:crypto';
import { createFacadeClient, GoalsUpsertDocument, TouchTasksSubmitDocument } from '../../src/client/index.js';
import { systemClock } from '../../src/core/clock.js';
import { FailoverQuotaStore } from '../../src/core/quota/failover-store.js';
import type { QuotaPolicy } from '../../src/core/quota/limits.js';
import { MemoryQuotaStore } from '../../src/core/quota/memory-store.js';
import type { QuotaStore } from '../../src/core/quota/quota-store.js';
import { startEmulators } from '../../src/emulators.js';
import { goalsInput, tasksInput } from '../support/harness.js';
import { watchQuotaUse } from '../support/quota-use.js';
import { liveEnv, startReplica } from '../support/replica.js';
import { percentile } from './processes.js';

/**
 * `npm run bench quota`: how long one quota decision takes (memory and Redis ledgers), and how
 * much of LingXing's and TOP's quotas 1 and 3 replicas sharing Redis use under load. Prints; asserts nothing.
 */
const REDIS_URL = 'redis://127.0.0.1:6379';
const f = (n: number, digits = 2) => n.toFixed(digits);

/** p50/p99 of `take` then `release`, one at a time, over a policy with a slot and two windows. */
async function decisionLatency(name: string, store: QuotaStore): Promise<void> {
  const policy: QuotaPolicy = {
    name: 'bench',
    inFlight: { key: `bench:${randomUUID()}:slots`, capacity: 10, leaseMs: 120_000 },
    windows: [
      { key: `bench:${randomUUID()}:hour`, capacity: 1_000_000, windowMs: 3_600_000 },
      { key: `bench:${randomUUID()}:minute`, capacity: 1_000_000, windowMs: 60_000 },
    ],
    banKey: `bench:${randomUUID()}:ban`,
  };
  const takes: number[] = [];
  for (let run = 0; run < 20_000; run++) {
    const id = String(run);
    const start = performance.now();
    const now = Date.now();
    const taken = await store.take(policy, id, now);
    takes.push(performance.now() - start);
    if (!taken.granted) throw new Error('bench policy refused a call');
    await store.release(policy, id, now, Date.now());
  }
  takes.sort((a, b) => a - b);
  const measured = takes.slice(2_000); // after warm-up
  console.log(`  ${name}: decision p50 ${f(percentile(measured, 50) * 1000, 0)} µs, p99 ${f(percentile(measured, 99) * 1000, 0)} µs`);
}

/** n replicas sharing Redis, driven for 8 s well past LingXing's bucket and TOP's window; use is read over the 6 s after warm-up. */
async function utilisation(replicaCount: number): Promise<void> {
  const topLimit = 30;
  const topWindowMs = 2_000;
  const emulators = await startEmulators({ top: { callLimit: topLimit, callWindowMs: topWindowMs } });
  emulators.lingxing.setFaults({ latencyMs: 100 });
  const env = {
    ...liveEnv(emulators),
    NODE_ENV: 'production',
    REDIS_URL,
    REDIS_KEY_PREFIX: `bench:${randomUUID()}:`,
    FACADE_REPLICAS: String(replicaCount),
    TOP_CALL_LIMIT: String(topLimit),
    TOP_CALL_WINDOW_SECONDS: String(topWindowMs / 1000),
  };
  const replicas = await Promise.all(Array.from({ length: replicaCount }, () => startReplica(env, 'build')));
  try {
    const clients = replicas.map((replica) => createFacadeClient({ url: replica.url }));
    const use = watchQuotaUse(emulators, { topLimit, topWindowMs, fromMs: 1_500, toMs: 7_500 });
    const until = Date.now() + 8_000;
    const drive = (loops: number, work: (loop: number) => Promise<unknown>) =>
      Array.from({ length: loops }, async (_, loop) => {
        while (Date.now() < until) await work(loop);
      });
    await Promise.all(
      clients.flatMap((client, replica) => [
        ...drive(24 / replicaCount, (loop) => client.request(GoalsUpsertDocument, { input: goalsInput([100_001 + replica * 100 + loop]) })),
        ...drive(9 / replicaCount, () => client.request(TouchTasksSubmitDocument, { input: tasksInput(1, { prefix: randomUUID() }) })),
      ]),
    );
    use.stop();
    const lingxing = emulators.lingxing.stats;
    console.log(`  ${replicaCount} replica(s):`);
    console.log(
      `    LingXing bucket used ${f(use.bucketUse() * 100, 1)}% of 10 once warm (100 ms calls; target ≥ 95%), 3001008 answers: ${lingxing.refusals.get('3001008') ?? 0} (target 0)`,
    );
    console.log(
      `    TOP steady rate ${f(use.topUse() * 100, 1)}% of ${topLimit} per ${topWindowMs / 1000} s (target ≥ 95%), code 7 answers: ${emulators.top.stats.errors.get('7') ?? 0} (target 0)`,
    );
  } finally {
    await Promise.all(replicas.map((replica) => replica.stop()));
    await emulators.close();
  }
}

export async function quotaBench(): Promise<void> {
  console.log('\nquota ledger decisions (take + release, one at a time, 18,000 measured)');
  await decisionLatency('memory', new MemoryQuotaStore());
  const redis = await FailoverQuotaStore.open({ url: REDIS_URL, prefix: `bench:${randomUUID()}:`, replicas: 1, callHorizonMs: 10_000, clock: systemClock });
  try {
    if (redis.ledgerMode !== 'redis') throw new Error(`Redis is not reachable at ${REDIS_URL}`);
    await decisionLatency('Redis (loopback, target p99 ≤ 2 ms)', redis);
  } finally {
    await redis.close();
  }
  console.log('\nquota use under load, replicas sharing one Redis ledger (24 LingXing callers, 9 TOP callers, 8 s)');
  await utilisation(1);
  await utilisation(3);
}
