import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  AccountingRulesSyncDocument,
  createFacadeClient,
  GoalsUpsertDocument,
  OpportunitiesUpdateDocument,
  ProviderQuotasDocument,
  TouchTasksSubmitDocument,
} from '../src/client/index.js';
import { sleep } from '../src/core/emulation/faults.js';
import { type Emulators, startEmulators } from '../src/emulators.js';
import { PATHS } from '../src/providers/lingxing/wire.js';
import { goalsInput, rule, tasksInput } from './support/harness.js';
import { watchQuotaUse } from './support/quota-use.js';
import { liveEnv, type Replica, startReplica } from './support/replica.js';
import { TcpProxy } from './support/tcp-proxy.js';

// Three facade processes, one set of emulators, one real Redis (127.0.0.1:6379): these tests fail, never skip, without it.
const REDIS_URL = 'redis://127.0.0.1:6379';
const TOP_LIMIT = 30;
const TOP_WINDOW_MS = 2_000;
const LINGXING_LATENCY_MS = 400;
const LEASE_MS = 1_500;

let emulators: Emulators | undefined;
let replicas: Replica[] = [];
const proxies: TcpProxy[] = [];

afterEach(async () => {
  await Promise.all(replicas.map((replica) => replica.stop()));
  replicas = [];
  await Promise.all(proxies.splice(0).map((proxy) => proxy.cut()));
  await emulators?.close();
  emulators = undefined;
});

async function startCluster(extra: Record<string, string> = {}) {
  emulators = await startEmulators({
    lingxing: { leaseMs: LEASE_MS },
    top: { callLimit: TOP_LIMIT, callWindowMs: TOP_WINDOW_MS },
  });
  const env = {
    ...liveEnv(emulators),
    REDIS_URL,
    REDIS_KEY_PREFIX: `test:${randomUUID()}:`,
    FACADE_REPLICAS: '3',
    TOP_CALL_LIMIT: String(TOP_LIMIT),
    TOP_CALL_WINDOW_SECONDS: String(TOP_WINDOW_MS / 1000),
    LINGXING_TOKEN_LEASE_MS: String(LEASE_MS),
    CRM_MAX_CONCURRENCY: '6',
    ...extra,
  };
  replicas = await Promise.all([0, 1, 2].map(() => startReplica(env)));
  return replicas.map((replica) => createFacadeClient({ url: replica.url }));
}

/** Runs `work` in `loops` concurrent loops until `until`. */
async function drive(loops: number, until: number, work: (loop: number) => Promise<unknown>): Promise<void> {
  await Promise.all(
    Array.from({ length: loops }, async (_, loop) => {
      while (Date.now() < until) await work(loop);
    }),
  );
}

describe('three replicas sharing one Redis ledger', () => {
  it('drive every provider well past its quota: zero rate-limit answers, at least 90% of what the quotas allow', async () => {
    const clients = await startCluster();
    const cluster = emulators!;
    cluster.lingxing.setFaults({ latencyMs: LINGXING_LATENCY_MS });
    cluster.crm.setFaults({ latencyMs: 200 });
    // 8 s of load, use read over the 6 s after warm-up: a shorter span let one stalled second of this VM decide the figure.
    const until = Date.now() + 8_000;
    const use = watchQuotaUse(cluster, { topLimit: TOP_LIMIT, topWindowMs: TOP_WINDOW_MS, fromMs: 1_500, toMs: 7_500 });
    let task = 0;
    let quotaExhaustedRules = 0;
    const goalsWritten = [0, 0, 0];
    await Promise.all(
      clients.flatMap((client, replica) => [
        // 24 callers for LingXing's 10 tokens
        drive(8, until, async (loop) => {
          const { goalsUpsert } = await client.request(GoalsUpsertDocument, { input: goalsInput([100_001 + replica * 100 + loop]) });
          goalsWritten[replica]! += goalsUpsert.succeeded;
        }),
        // 6 callers for TOP's 30 calls per 2 s
        drive(2, until, () => client.request(TouchTasksSubmitDocument, { input: tasksInput(1, { prefix: `r${replica}-${task++}` }) })),
        // 9 callers for the CRM's 6 in flight (the test process also runs the emulators: load is kept to what proves the point)
        drive(3, until, (loop) =>
          client.request(OpportunitiesUpdateDocument, {
            input: { opportunities: [{ opportunityCode: `OPP-20260401-${String(10 + replica * 10 + loop).padStart(3, '0')}`, amount: loop }] },
          }),
        ),
        // 60 calls' worth for CloudPense's 50 per hour
        (async () => {
          for (let n = 0; n < 20; n++) {
            const { accountingRulesSync } = await client.request(AccountingRulesSyncDocument, { input: { rules: [rule(replica * 100 + n)] } });
            if (accountingRulesSync.results[0]?.__typename === 'QuotaExhausted') quotaExhaustedRules++;
          }
        })(),
      ]),
    );

    // LingXing: no 3001008, and its bucket busy ≥ 90% of the time once warm.
    const lingxing = cluster.lingxing.stats;
    expect(lingxing.refusals.get('3001008') ?? 0).toBe(0);
    use.stop();
    expect(use.bucketUse()).toBeGreaterThanOrEqual(0.9);
    expect(lingxing.peakInFlight.get(PATHS.batchOperate)).toBe(10);
    // A replica passes a finished call's token straight to its next caller, but only so many
    // times in a row: no replica keeps the bucket to itself (a fair share is a third).
    const written = goalsWritten.reduce((a, b) => a + b, 0);
    for (const count of goalsWritten) expect(count / written).toBeGreaterThan(1 / 6);

    // TOP: no code 7, and a steady rate ≥ 90% of what its window allows.
    const top = cluster.top.stats;
    expect(top.errors.get('7') ?? 0).toBe(0);
    expect(use.topUse()).toBeGreaterThanOrEqual(0.9);

    // CloudPense: exactly its 50 calls of the hour, none refused; the other 10 answered QuotaExhausted.
    expect(cluster.cloudpense.stats.batchCalls).toBe(50);
    expect(cluster.cloudpense.stats.rateLimited).toBe(0);
    expect(quotaExhaustedRules).toBe(10);

    // CRM: never more in flight than the cap the three replicas share.
    expect(cluster.crm.peakInFlight).toBe(6);

    // Every replica reads the same ledger: CloudPense's hour is full for all of them.
    const views = await Promise.all(clients.map((client) => client.request(ProviderQuotasDocument)));
    for (const { providerQuotas } of views) {
      const cloudpense = providerQuotas.find((quota) => quota.provider === 'CLOUDPENSE')!;
      expect(cloudpense.ledger).toBe('REDIS');
      expect(cloudpense.limits.find((limit) => limit.periodSeconds === 3600)).toMatchObject({ capacity: 50, used: 50, remaining: 0 });
    }
  }, 120_000);

  it('a replica killed while holding LingXing tokens blocks the others no longer than the lease', async () => {
    const clients = await startCluster();
    const cluster = emulators!;
    cluster.lingxing.setFaults({ latencyMs: 10_000 });
    // Replica 0 takes all 10 tokens with calls that will not end…
    const doomed = Array.from({ length: 10 }, (_, n) => clients[0]!.request(GoalsUpsertDocument, { input: goalsInput([100_500 + n]) }).catch(() => undefined));
    for (let wait = 0; wait < 100 && (cluster.lingxing.stats.peakInFlight.get(PATHS.batchOperate) ?? 0) < 10; wait++) await sleep(20);
    expect(cluster.lingxing.stats.peakInFlight.get(PATHS.batchOperate)).toBe(10);
    const heldAt = Date.now();
    // …and dies without releasing them.
    replicas[0]!.kill();
    cluster.lingxing.setFaults({});
    const { goalsUpsert } = await clients[1]!.request(GoalsUpsertDocument, { input: goalsInput([100_600]) });
    const blockedMs = Date.now() - heldAt;
    expect(goalsUpsert.succeeded).toBe(1);
    expect(blockedMs).toBeGreaterThanOrEqual(LEASE_MS - 300);
    expect(blockedMs).toBeLessThan(LEASE_MS + 2_000);
    expect(cluster.lingxing.stats.refusals.get('3001008') ?? 0).toBe(0);
    await Promise.all(doomed);
  }, 60_000);

  it('Redis lost mid-run: each replica falls back to its share, nothing is exceeded, and Redis is used again once back', async () => {
    const proxy = new TcpProxy('127.0.0.1', 6379);
    proxies.push(proxy);
    await proxy.open();
    // Calls started before the outage can last at most their timeouts (0.7 s each to connect, for
    // the headers and for the body: 2.1 s), so the share opens 2.1 s after the loss.
    const clients = await startCluster({ REDIS_URL: proxy.url, LINGXING_TIMEOUT_MS: '700', CRM_TIMEOUT_MS: '700' });
    const cluster = emulators!;
    cluster.lingxing.setFaults({ latencyMs: 50 });
    const readiness = () =>
      Promise.all(
        replicas.map(async (replica) => ((await (await fetch(replica.url.replace('/graphql', '/readyz'))).json()) as { quotaLedger: string }).quotaLedger),
      );
    const lingxingCalls = () => cluster.lingxing.stats.calls.get(PATHS.batchOperate) ?? 0;

    const start = Date.now();
    const load = Promise.all(
      clients.flatMap((client, replica) => [
        drive(8, start + 9_000, (loop) => client.request(GoalsUpsertDocument, { input: goalsInput([101_001 + replica * 100 + loop]) })),
        drive(3, start + 9_000, () => client.request(TouchTasksSubmitDocument, { input: tasksInput(1, { prefix: `f${replica}-${randomUUID()}` }) })),
      ]),
    );
    await sleep(1_500);
    expect(await readiness()).toEqual(['redis', 'redis', 'redis']);
    await proxy.cut();
    await sleep(300);
    expect(await readiness()).toEqual(['fallback', 'fallback', 'fallback']);
    const lostAt = Date.now();
    const callsAtLoss = lingxingCalls();
    await sleep(4_000);
    // The fallback shares (3 tokens each) kept LingXing going once the blind 2.1 s had passed.
    expect(lingxingCalls()).toBeGreaterThan(callsAtLoss);
    const metrics = await (await fetch(replicas[0]!.url.replace('/graphql', '/metrics'))).text();
    expect(metrics).toMatch(/facade_quota_ledger_mode\{mode="fallback"\} 1/);

    await proxy.open();
    for (let wait = 0; wait < 50 && (await readiness()).some((mode) => mode !== 'redis'); wait++) await sleep(100);
    expect(await readiness()).toEqual(['redis', 'redis', 'redis']);
    expect(Date.now() - lostAt).toBeLessThan(8_000);
    await load;

    expect(cluster.lingxing.stats.refusals.get('3001008') ?? 0).toBe(0);
    expect(cluster.lingxing.stats.peakInFlight.get(PATHS.batchOperate)).toBeLessThanOrEqual(10);
    expect(cluster.top.stats.errors.get('7') ?? 0).toBe(0);
    // Each replica said once that it fell back, and once that it was back.
    for (const replica of replicas) {
      const modes = replica.logs.filter((line) => line.quotaLedger).map((line) => line.quotaLedger);
      expect(modes).toEqual(['fallback', 'redis']);
    }
  }, 120_000);
});
