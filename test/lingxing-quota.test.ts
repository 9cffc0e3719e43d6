import { describe, expect, it } from 'vitest';
import { GoalsUpsertDocument } from '../src/client/index.js';
import { PATHS } from '../src/providers/lingxing/wire.js';
import { calls, goalsInput, refusals, harnessPerTest, thisYear } from './support/harness.js';

const start = harnessPerTest();

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
