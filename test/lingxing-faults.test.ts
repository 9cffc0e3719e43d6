import { describe, expect, it } from 'vitest';
import { GoalsUpsertDocument } from '../src/client/index.js';
import type { FaultKind } from '../src/core/emulation/faults.js';
import { PATHS } from '../src/providers/lingxing/wire.js';
import { calls, goalsInput, harnessPerTest, thisYear } from './support/harness.js';

const start = harnessPerTest();

async function withFaults(kinds: FaultKind[] | undefined, errorRate: number, env: Record<string, string> = {}) {
  const h = await start({ env: { LINGXING_CHUNK_SIZE: '20', ...env } });
  await h.client.request(GoalsUpsertDocument, { input: goalsInput([100_000 + 1]) }); // token first, fault-free
  h.lingxing.setFaults({ errorRate, seed: 7, ...(kinds ? { kinds } : {}) });
  return h;
}

describe('LingXing faults', () => {
  it('gives every item exactly one result, and claims success only for goals the provider holds', async () => {
    const h = await withFaults(undefined, 0.3);
    const uids = Array.from({ length: 600 }, (_, i) => 111_001 + i);
    const input = goalsInput(uids);
    const { goalsUpsert } = await h.client.request(GoalsUpsertDocument, { input });
    expect(h.lingxing.faultsInjected).toBeGreaterThan(5);
    expect(goalsUpsert.results).toHaveLength(600);
    expect(goalsUpsert.succeeded + goalsUpsert.failed).toBe(600);
    const seen = new Set<string>();
    for (const [index, result] of goalsUpsert.results.entries()) {
      expect(result.index).toBe(index);
      seen.add(result.__typename);
      const stored = h.lingxing.store.get(thisYear, 1, uids[index]!);
      if (result.__typename === 'GoalWritten') expect(stored?.values).toEqual(input.goals[index]!.monthlyValues);
      if (result.__typename === 'ProviderUnavailable') expect(stored).toBeUndefined();
      if (result.__typename === 'OutcomeUnknown') expect(result.retryable).toBe(true); // overwrite is idempotent
    }
    expect(seen.has('GoalWritten')).toBe(true);
  });

  it('does not resend a CREATE_ONLY call whose answer was lost, and reports it OutcomeUnknown', async () => {
    const h = await withFaults(['drop-after'], 1);
    const before = calls(h, PATHS.batchOperate);
    const { goalsUpsert } = await h.client.request(GoalsUpsertDocument, { input: goalsInput([112_001], { mode: 'CREATE_ONLY' }) });
    expect(goalsUpsert.results[0]).toMatchObject({ __typename: 'OutcomeUnknown', code: 'OUTCOME_UNKNOWN', retryable: false });
    expect(calls(h, PATHS.batchOperate) - before).toBe(1);
    expect(h.lingxing.store.get(thisYear, 1, 112_001)).toBeDefined(); // it was applied: unknown, not failed
  });

  it('resends an OVERWRITE call whose answer was lost, within the attempt budget', async () => {
    const h = await withFaults(['malformed-after'], 1, { PROVIDER_RETRY_ATTEMPTS: '3' });
    const before = calls(h, PATHS.batchOperate);
    const { goalsUpsert } = await h.client.request(GoalsUpsertDocument, { input: goalsInput([112_002]) });
    expect(goalsUpsert.results[0]).toMatchObject({ __typename: 'OutcomeUnknown', retryable: true });
    expect(calls(h, PATHS.batchOperate) - before).toBe(3);
  });

  it('answers ProviderUnavailable when every attempt was refused before processing', async () => {
    const h = await withFaults(['http-503'], 1);
    const { goalsUpsert } = await h.client.request(GoalsUpsertDocument, { input: goalsInput([112_003]) });
    expect(goalsUpsert.results[0]).toMatchObject({ __typename: 'ProviderUnavailable', code: 'PROVIDER_UNAVAILABLE', retryable: true });
    expect(h.lingxing.store.get(thisYear, 1, 112_003)).toBeUndefined();
  });

  it('keeps an item OutcomeUnknown when a retry after a lost answer is refused before processing', async () => {
    // Attempt 1 is applied and its answer lost; the retries never reach the provider's logic.
    const h = await withFaults(['drop-after'], 1);
    const pending = h.client.request(GoalsUpsertDocument, { input: goalsInput([112_004]) });
    while (!h.lingxing.store.get(thisYear, 1, 112_004)) await new Promise((resolve) => setTimeout(resolve, 1));
    h.lingxing.setFaults({ errorRate: 1, kinds: ['http-503'] });
    const { goalsUpsert } = await pending;
    expect(goalsUpsert.results[0]).toMatchObject({ __typename: 'OutcomeUnknown', retryable: true });
  });
});

describe('circuit breaker', () => {
  it('opens after consecutive outages so items fail fast without calls, and closes once the provider recovers', async () => {
    const h = await withFaults(['http-503'], 1, { BREAKER_FAILURES: '3', BREAKER_COOLDOWN_MS: '500', PROVIDER_RETRY_ATTEMPTS: '1' });
    for (const uid of [113_001, 113_002, 113_003]) {
      const { goalsUpsert } = await h.client.request(GoalsUpsertDocument, { input: goalsInput([uid]) });
      expect(goalsUpsert.results[0]?.__typename).toBe('ProviderUnavailable');
    }
    // Open: nothing more reaches LingXing, and the item says why.
    const sent = calls(h, PATHS.batchOperate);
    const { goalsUpsert: fastFail } = await h.client.request(GoalsUpsertDocument, { input: goalsInput([113_004]) });
    const first = fastFail.results[0];
    if (first?.__typename !== 'ProviderUnavailable') throw new Error(`expected ProviderUnavailable, got ${first?.__typename}`);
    expect(first).toMatchObject({ retryable: true });
    expect(first.message).toContain('failed 3 times in a row');
    expect(calls(h, PATHS.batchOperate)).toBe(sent);

    // Recovered: after the pause one trial call goes through and the circuit closes.
    h.lingxing.setFaults({});
    await new Promise((resolve) => setTimeout(resolve, 600));
    for (const uid of [113_005, 113_006]) {
      const { goalsUpsert } = await h.client.request(GoalsUpsertDocument, { input: goalsInput([uid]) });
      expect(goalsUpsert.results[0]?.__typename).toBe('GoalWritten');
    }
    expect(calls(h, PATHS.batchOperate)).toBe(sent + 2);
  });
});
