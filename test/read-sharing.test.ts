import { describe, expect, it } from 'vitest';
import {
  AccountingRulesDocument,
  AccountingRulesSyncDocument,
  createFacadeClient,
  GoalsDocument,
  GoalsUpsertDocument,
  ProviderQuotasDocument,
} from '../src/client/index.js';
import { PATHS } from '../src/providers/lingxing/wire.js';
import { DEADLINE_HEADER } from '../src/server.js';
import { calls, goalsInput, harnessPerTest, readsServed, thisYear, twelve } from './support/harness.js';

const start = harnessPerTest();
const read = { year: thisYear, assessType: 'SALES_AMOUNT' as const, uids: [100_001, 100_002] };

describe('identical reads in flight at once share one provider call', () => {
  it('20 concurrent goals reads of one year and type make one batchSelect, and each gets the whole answer', async () => {
    const h = await start({ emulators: { lingxing: { faults: { latencyMs: 300 } } } });
    await h.client.request(GoalsUpsertDocument, { input: goalsInput([100_001, 100_002]) });
    const before = calls(h, PATHS.batchSelect);
    const answers = await Promise.all(Array.from({ length: 20 }, () => h.client.request(GoalsDocument, read)));
    expect(calls(h, PATHS.batchSelect) - before).toBe(1);
    for (const { goals } of answers)
      expect(goals.map((goal) => [goal.uid, goal.monthlyGoals])).toEqual([
        [100_001, twelve(1)],
        [100_002, twelve(2)],
      ]);
    expect(await readsServed(h, 'goals', 'shared')).toBe(19);
    // The quota query says what sharing saved, per provider.
    const { providerQuotas } = await h.client.request(ProviderQuotasDocument);
    expect(providerQuotas.find((quota) => quota.provider === 'LINGXING')?.reads).toEqual({
      providerCalls: 1,
      cacheHits: 0,
      shared: 19,
      callsSaved: 19,
      savedRatio: 0.95,
    });
    // Reads of different keys never share.
    await Promise.all([h.client.request(GoalsDocument, read), h.client.request(GoalsDocument, { ...read, assessType: 'SALES_VOLUME' })]);
    expect(calls(h, PATHS.batchSelect) - before).toBe(3);
  });

  it('each request keeps its own deadline: one that joins with less time answers on its deadline, the shared call goes on', async () => {
    const h = await start({ emulators: { lingxing: { faults: { latencyMs: 1_000 } } } });
    await h.client.request(GoalsUpsertDocument, { input: goalsInput([100_001]) });
    const before = calls(h, PATHS.batchSelect);
    const patient = h.client.request(GoalsDocument, read);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const hurried = createFacadeClient({ url: h.facade.url, headers: { [DEADLINE_HEADER]: '300' } });
    const started = Date.now();
    const rushed = await hurried.execute(GoalsDocument, read);
    const waited = Date.now() - started;
    expect(rushed.errors?.[0]?.extensions?.code).toBe('DEADLINE_EXCEEDED');
    expect(rushed.errors?.[0]?.message).toContain('300 ms');
    // It answered on its own deadline, not when the shared call (about 900 ms later) did.
    expect(waited).toBeLessThan(800);
    expect((await patient).goals.map((goal) => goal.uid)).toEqual([100_001]);
    expect(calls(h, PATHS.batchSelect) - before).toBe(1);
  });

  it("a read after the facade's own write does not join a call that began before it: it sees the write", async () => {
    const h = await start({ emulators: { lingxing: { faults: { latencyMs: 400 } } } });
    await h.client.request(GoalsUpsertDocument, { input: goalsInput([100_001]) });
    const early = h.client.request(GoalsDocument, read);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const input = { ...goalsInput([100_001]), goals: [{ uid: 100_001, monthlyValues: twelve(500) }] };
    await h.client.request(GoalsUpsertDocument, { input });
    const after = await h.client.request(GoalsDocument, read);
    expect(after.goals[0]!.monthlyGoals).toEqual(twelve(500));
    expect((await early).goals[0]!.monthlyGoals).toEqual(twelve(1));
  });

  it('identical accounting-rule pages share one findByPage; a sync starts fresh reads', async () => {
    const h = await start({ emulators: { cloudpense: { faults: { latencyMs: 300 } } } });
    const rule = { code: 'SHARED-1', structureCode: 'S1', accountEventCode: 'E1', accountCode: '6601' };
    await h.client.request(AccountingRulesSyncDocument, { input: { rules: [rule] } });
    const before = h.emulators.cloudpense.stats.pageCalls;
    const pages = await Promise.all(Array.from({ length: 10 }, () => h.client.request(AccountingRulesDocument, { filter: { code: 'SHARED-1' } })));
    expect(h.emulators.cloudpense.stats.pageCalls - before).toBe(1);
    for (const { accountingRules } of pages) expect(accountingRules.items.map((item) => item.code)).toEqual(['SHARED-1']);
    expect(await readsServed(h, 'accountingRules', 'shared')).toBe(9);

    const early = h.client.request(AccountingRulesDocument, { filter: { code: 'SHARED-1' } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await h.client.request(AccountingRulesSyncDocument, { input: { rules: [{ ...rule, accountCode: '6602' }] } });
    const after = await h.client.request(AccountingRulesDocument, { filter: { code: 'SHARED-1' } });
    expect(after.accountingRules.items[0]!.accountCode).toBe('6602');
    await early;
  });
});
