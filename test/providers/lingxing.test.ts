import { describe, expect, it } from 'vitest';
import { GoalsDocument, GoalsUpsertDocument } from '../../src/client/index.js';
import type { FaultKind } from '../../src/core/emulation/faults.js';
import { PATHS } from '../../src/providers/lingxing/wire.js';
import { calls, goalsInput, harnessPerTest, refusals, thisYear } from '../support/harness.js';

// LingXing's behaviour as the facade meets it over HTTP: tokens, faults, the in-flight bucket.
const start = harnessPerTest();

describe('LingXing access tokens', () => {
  it('fetches one token for many concurrent requests', async () => {
    const h = await start();
    await Promise.all(Array.from({ length: 20 }, (_, i) => h.client.request(GoalsUpsertDocument, { input: goalsInput([104_000 + i]) })));
    expect(calls(h, PATHS.accessToken)).toBe(1);
  });

  it('refreshes the token with the refresh token before it expires, with no call refused', async () => {
    // A 4 s token is renewed once a quarter of its life is left, i.e. after 3 s.
    const h = await start({ emulators: { lingxing: { accessTokenTtlSec: 4 } } });
    await h.client.request(GoalsDocument, { year: thisYear, assessType: 'SALES_AMOUNT' });
    await new Promise((resolve) => setTimeout(resolve, 3_200));
    await h.client.request(GoalsDocument, { year: thisYear, assessType: 'SALES_AMOUNT' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(calls(h, PATHS.refreshToken)).toBe(1);
    // The renewed token serves the next call.
    await h.client.request(GoalsDocument, { year: thisYear, assessType: 'SALES_AMOUNT' });
    expect(calls(h, PATHS.accessToken)).toBe(1);
    expect(refusals(h, '2001003')).toBe(0);
  });

  it('replaces a token the gateway no longer accepts and retries the call once', async () => {
    const h = await start();
    await h.client.request(GoalsUpsertDocument, { input: goalsInput([105_001]) });
    h.lingxing.expireAccessTokens();
    const { goalsUpsert } = await h.client.request(GoalsUpsertDocument, { input: goalsInput([105_002]) });
    expect(goalsUpsert.results[0]?.__typename).toBe('GoalWritten');
    expect(refusals(h, '2001003')).toBe(1);
  });

  it('answers every item PROVIDER_MISCONFIGURED on a wrong app secret, and never echoes a secret', async () => {
    const wrongSecret = 'wrong-secret-4f1c9a';
    const h = await start({ lingxingSecret: wrongSecret });
    const response = await h.client.execute(GoalsUpsertDocument, { input: goalsInput([106_001, 106_002]) });
    const results = response.data!.goalsUpsert.results;
    for (const [index, result] of results.entries()) {
      expect(result).toMatchObject({
        __typename: 'ProviderRejected',
        index,
        code: 'PROVIDER_MISCONFIGURED',
        providerCode: '2001002',
        retryable: false,
      });
    }
    expect(calls(h, PATHS.batchOperate)).toBe(0);
    const text = JSON.stringify(response);
    expect(text).not.toContain(wrongSecret);
    expect(text).not.toContain(h.lingxing.appSecret);
  });
});

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

describe("LingXing's in-flight bucket", () => {
  it('runs 50 concurrent mutations with zero 3001008 answers and the bucket of 10 fully used', async () => {
    const h = await start({ env: { LINGXING_CHUNK_SIZE: '10' }, emulators: { lingxing: { faults: { latencyMs: 20 } } } });
    const payloads = await Promise.all(
      Array.from({ length: 50 }, (_, m) =>
        h.client.request(GoalsUpsertDocument, { input: goalsInput(Array.from({ length: 30 }, (_, i) => 100_001 + m * 30 + i)) }),
      ),
    );
    expect(payloads.reduce((sum, { goalsUpsert }) => sum + goalsUpsert.succeeded, 0)).toBe(1_500);
    expect(calls(h, PATHS.batchOperate)).toBe(150);
    expect(refusals(h, '3001008')).toBe(0);
    expect(h.lingxing.stats.peakInFlight.get(PATHS.batchOperate)).toBe(10);
  });

  it('lets a call sent before the deadline finish, and answers DeadlineExceeded for items never admitted', async () => {
    // One call in flight at a time, 600 ms each, a 1 s deadline: the first call succeeds, the second
    // is sent before the deadline and may finish after it (a definite answer, not an unknown one),
    // the third never gets a slot.
    const h = await start({
      env: { LINGXING_CHUNK_SIZE: '1', LINGXING_MAX_IN_FLIGHT: '1', REQUEST_DEADLINE_MS: '1000' },
      emulators: { lingxing: { faults: { latencyMs: 600 } } },
    });
    await h.client.request(GoalsUpsertDocument, { input: goalsInput([107_000]) }); // token fetched outside the timed call
    const before = calls(h, PATHS.batchOperate);
    const { goalsUpsert } = await h.client.request(GoalsUpsertDocument, { input: goalsInput([107_001, 107_002, 107_003]) });
    const byType = goalsUpsert.results.map((result) => result.__typename);
    expect(byType).toEqual(['GoalWritten', 'GoalWritten', 'DeadlineExceeded']);
    expect(goalsUpsert.results[2]).toMatchObject({
      code: 'DEADLINE_EXCEEDED',
      retryable: true,
      deadlineMs: 1_000,
      message: expect.stringContaining('deadline of 1000 ms'),
    });
    expect(calls(h, PATHS.batchOperate) - before).toBe(2);
    expect(h.lingxing.store.get(thisYear, 1, 107_002)).toBeDefined();
    expect(h.lingxing.store.get(thisYear, 1, 107_003)).toBeUndefined();
  });

  it('honours 3001008 answers caused by another client of the app: backs off, retries, loses nothing', async () => {
    // The emulator's bucket is smaller than the facade believes, as when another system shares the app.
    const h = await start({
      env: { LINGXING_CHUNK_SIZE: '1' },
      emulators: { lingxing: { goalCapacity: 3, faults: { latencyMs: 40 } } },
    });
    const uids = Array.from({ length: 20 }, (_, i) => 108_001 + i);
    const { goalsUpsert } = await h.client.request(GoalsUpsertDocument, { input: goalsInput(uids) });
    expect(refusals(h, '3001008')).toBeGreaterThan(0);
    expect(goalsUpsert.results).toHaveLength(20);
    for (const [index, result] of goalsUpsert.results.entries()) {
      expect(result.index).toBe(index);
      expect(['GoalWritten', 'QuotaExhausted']).toContain(result.__typename);
      expect(h.lingxing.store.get(thisYear, 1, uids[index]!) !== undefined).toBe(result.__typename === 'GoalWritten');
    }
    expect(goalsUpsert.succeeded).toBeGreaterThan(0);
  });
});
