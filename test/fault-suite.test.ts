import { describe, expect, it } from 'vitest';
import { AccountingRulesSyncDocument, GoalsUpsertDocument, OpportunitiesUpdateDocument, TouchTasksSubmitDocument } from '../src/client/index.js';
import { FAULT_KINDS, type FaultSettings } from '../src/core/emulation/faults.js';
import { goalsInput, harnessPerTest, rules, tasksInput, thisYear } from './support/harness.js';

/**
 * Every batch mutation with 20% of provider calls faulted (5xx, resets before and after applying,
 * malformed answers, timeouts before and after applying, stalled bodies), then the emulator's state
 * compared with the answers: every item answered once; a success is in the provider; an item said
 * not to have reached the provider is not there; only OutcomeUnknown items may be either; nothing
 * is applied twice.
 */
const start = harnessPerTest();
const FAULTS: FaultSettings = { errorRate: 0.2, kinds: FAULT_KINDS, seed: 20, hangMs: 600 };
// Provider calls time out at 300 ms, so a stalled answer is lost well before the deadline; the
// breaker stays out of the way (its own test is in lingxing-faults.test.ts).
const ENV = {
  LINGXING_TIMEOUT_MS: '300',
  TOP_TIMEOUT_MS: '300',
  CRM_TIMEOUT_MS: '300',
  CLOUDPENSE_TIMEOUT_MS: '300',
  BREAKER_FAILURES: '1000',
  LINGXING_CHUNK_SIZE: '10',
  TOP_CHUNK_SIZE: '10',
  CLOUDPENSE_CHUNK_SIZE: '10',
};

/** What a result claims about the provider's state. */
function claim(typename: string): 'applied' | 'absent' | 'either' {
  if (typename === 'OutcomeUnknown') return 'either';
  if (['GoalWritten', 'TouchTaskSubmitted', 'OpportunityUpdated', 'AccountingRuleSynced'].includes(typename)) return 'applied';
  return 'absent';
}

/** Faults were injected, and some items got through regardless (retries recover the safe ones). */
function expectFaultsFelt(emulator: { faultsInjected: number }, results: readonly { __typename: string }[]): void {
  expect(emulator.faultsInjected).toBeGreaterThan(3);
  expect(results.map((result) => claim(result.__typename))).toContain('applied');
}

describe('fault suite: 20% of calls faulted, state compared with answers', () => {
  it('goalsUpsert', async () => {
    const h = await start({ env: ENV });
    await h.client.request(GoalsUpsertDocument, { input: goalsInput([100_001]) }); // the token, fault-free
    h.lingxing.setFaults(FAULTS);
    const uids = Array.from({ length: 200 }, (_, i) => 114_001 + i);
    const input = goalsInput(uids);
    const { goalsUpsert } = await h.client.request(GoalsUpsertDocument, { input });
    expect(goalsUpsert.results).toHaveLength(200);
    expectFaultsFelt(h.lingxing, goalsUpsert.results);
    for (const [index, result] of goalsUpsert.results.entries()) {
      expect(result.index).toBe(index);
      const stored = h.lingxing.store.get(thisYear, 1, uids[index]!);
      const expected = claim(result.__typename);
      if (expected === 'applied') expect(stored?.values).toEqual(input.goals[index]!.monthlyValues);
      if (expected === 'absent') expect(stored).toBeUndefined();
    }
  });

  it('touchTasksSubmit', async () => {
    const h = await start({ env: ENV });
    h.emulators.top.setFaults(FAULTS);
    const input = tasksInput(200, { prefix: 'fault' });
    const { touchTasksSubmit } = await h.client.request(TouchTasksSubmitDocument, { input });
    expect(touchTasksSubmit.results).toHaveLength(200);
    expectFaultsFelt(h.emulators.top, touchTasksSubmit.results);
    const created = new Map<string, number>();
    for (const task of h.emulators.top.store.tasks) created.set(String(task.request.biz_id), (created.get(String(task.request.biz_id)) ?? 0) + 1);
    for (const [index, result] of touchTasksSubmit.results.entries()) {
      const count = created.get(input.tasks[index]!.bizId) ?? 0;
      expect(count).toBeLessThanOrEqual(1); // never applied twice
      const expected = claim(result.__typename);
      if (expected === 'applied') expect(count).toBe(1);
      if (expected === 'absent') expect(count).toBe(0);
    }
  });

  it('opportunitiesUpdate', async () => {
    const h = await start({ env: ENV });
    h.emulators.crm.setFaults(FAULTS);
    const codes = Array.from({ length: 100 }, (_, i) => `OPP-20260401-${String(101 + i).padStart(3, '0')}`);
    const opportunities = codes.map((opportunityCode, i) => ({ opportunityCode, amount: 7_000 + i }));
    const { opportunitiesUpdate } = await h.client.request(OpportunitiesUpdateDocument, { input: { opportunities } });
    expect(opportunitiesUpdate.results).toHaveLength(100);
    expectFaultsFelt(h.emulators.crm, opportunitiesUpdate.results);
    for (const [index, result] of opportunitiesUpdate.results.entries()) {
      const amount = h.emulators.crm.get(codes[index]!)?.amount;
      const expected = claim(result.__typename);
      if (expected === 'applied') expect(amount).toBe(7_000 + index);
      if (expected === 'absent') expect(amount).not.toBe(7_000 + index);
    }
  });

  it('accountingRulesSync', async () => {
    const h = await start({ env: ENV });
    h.emulators.cloudpense.setFaults(FAULTS);
    const input = rules(200, 3_000);
    const { accountingRulesSync } = await h.client.request(AccountingRulesSyncDocument, { input: { rules: input } });
    expect(accountingRulesSync.results).toHaveLength(200);
    expectFaultsFelt(h.emulators.cloudpense, accountingRulesSync.results);
    for (const [index, result] of accountingRulesSync.results.entries()) {
      const stored = h.emulators.cloudpense.rules.get(input[index]!.code);
      const expected = claim(result.__typename);
      if (expected === 'applied') expect(stored?.account_code).toBe('540101');
      if (expected === 'absent') expect(stored).toBeUndefined();
    }
  });
});
