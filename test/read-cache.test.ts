import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { AccountingRulesDocument, AccountingRulesSyncDocument, GoalsDocument, GoalsUpsertDocument, ProviderQuotasDocument } from '../src/client/index.js';
import { PATHS } from '../src/providers/lingxing/wire.js';
import { calls, goalsInput, type Harness, harnessPerTest, readsServed, startHarness, thisYear, twelve } from './support/harness.js';
import { deleteKeys } from './support/redis.js';

const start = harnessPerTest();
const read = { year: thisYear, assessType: 'SALES_AMOUNT' as const };

describe('the read cache (READ_CACHE_TTL_MS)', () => {
  it('is off by default: every read is a provider call', async () => {
    const h = await start();
    await h.client.request(GoalsDocument, read);
    await h.client.request(GoalsDocument, read);
    expect(calls(h, PATHS.batchSelect)).toBe(2);
  });

  it("answers a repeated read without a call, until the facade's own write of that year and type drops it", async () => {
    const h = await start({ env: { READ_CACHE_TTL_MS: '60000' } });
    await h.client.request(GoalsUpsertDocument, { input: goalsInput([100_001]) });
    const first = await h.client.request(GoalsDocument, read);
    const second = await h.client.request(GoalsDocument, read);
    expect(calls(h, PATHS.batchSelect)).toBe(1);
    expect(second).toEqual(first);
    expect([await readsServed(h, 'goals', 'cache'), await readsServed(h, 'goals', 'provider')]).toEqual([1, 1]);
    // Another year or type is another read.
    await h.client.request(GoalsDocument, { ...read, assessType: 'SALES_VOLUME' });
    expect(calls(h, PATHS.batchSelect)).toBe(2);
    await h.client.request(GoalsUpsertDocument, { input: { ...goalsInput([100_001]), goals: [{ uid: 100_001, monthlyValues: twelve(900) }] } });
    const after = await h.client.request(GoalsDocument, read);
    expect(after.goals[0]!.monthlyGoals).toEqual(twelve(900));
    expect(calls(h, PATHS.batchSelect)).toBe(3);
    const { providerQuotas } = await h.client.request(ProviderQuotasDocument);
    expect(providerQuotas.find((quota) => quota.provider === 'LINGXING')?.reads).toMatchObject({ providerCalls: 3, cacheHits: 1, callsSaved: 1 });
  });

  it('lets an answer go after its time to live', async () => {
    const h = await start({ env: { READ_CACHE_TTL_MS: '200' } });
    await h.client.request(GoalsDocument, read);
    await h.client.request(GoalsDocument, read);
    expect(calls(h, PATHS.batchSelect)).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await h.client.request(GoalsDocument, read);
    expect(calls(h, PATHS.batchSelect)).toBe(2);
  });

  it('keeps accounting-rule pages, with their times, until a rule sync drops them all', async () => {
    const h = await start({ env: { READ_CACHE_TTL_MS: '60000' } });
    const rule = { code: 'CACHED-1', structureCode: 'S1', accountEventCode: 'E1', accountCode: '6601' };
    await h.client.request(AccountingRulesSyncDocument, { input: { rules: [rule] } });
    const before = h.emulators.cloudpense.stats.pageCalls;
    const first = await h.client.request(AccountingRulesDocument, { filter: { code: 'CACHED-1' } });
    const again = await h.client.request(AccountingRulesDocument, { filter: { code: 'CACHED-1' } });
    expect(again).toEqual(first);
    expect(first.accountingRules.items[0]!.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(h.emulators.cloudpense.stats.pageCalls - before).toBe(1);
    await h.client.request(AccountingRulesDocument, { filter: { code: 'OTHER' } });
    expect(h.emulators.cloudpense.stats.pageCalls - before).toBe(2);
    await h.client.request(AccountingRulesSyncDocument, { input: { rules: [{ ...rule, accountCode: '6602' }] } });
    const after = await h.client.request(AccountingRulesDocument, { filter: { code: 'CACHED-1' } });
    expect(after.accountingRules.items[0]!.accountCode).toBe('6602');
    expect(h.emulators.cloudpense.stats.pageCalls - before).toBe(3);
  });
});

describe('the read cache on Redis (real Redis at 127.0.0.1:6379)', () => {
  const prefix = `read-cache-${randomUUID()}:`;
  const replicas: Harness[] = [];
  afterAll(async () => {
    await Promise.all(replicas.map((replica) => replica.close()));
    await deleteKeys(prefix);
  });

  it('is shared by replicas, and a write on one drops the read for all', async () => {
    const env = { READ_CACHE_TTL_MS: '60000', REDIS_URL: 'redis://127.0.0.1:6379', REDIS_KEY_PREFIX: prefix, FACADE_REPLICAS: '2' };
    // Each replica here has emulators of its own, so whose provider answered is plain to see.
    const [a, b] = await Promise.all([startHarness({ env }), startHarness({ env })]);
    replicas.push(a!, b!);
    await a!.client.request(GoalsUpsertDocument, { input: goalsInput([100_001]) });
    const fromA = await a!.client.request(GoalsDocument, read);
    const fromB = await b!.client.request(GoalsDocument, read);
    expect(fromB).toEqual(fromA);
    expect([calls(a!, PATHS.batchSelect), calls(b!, PATHS.batchSelect)]).toEqual([1, 0]);
    await b!.client.request(GoalsUpsertDocument, { input: goalsInput([100_002]) });
    await a!.client.request(GoalsDocument, read);
    expect(calls(a!, PATHS.batchSelect)).toBe(2);
  });
});
