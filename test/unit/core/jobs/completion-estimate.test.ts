import { describe, expect, it } from 'vitest';
import { estimateCompletion } from '../../../../src/core/jobs/completion-estimate.js';
import { emptyCounts, type JobRecord } from '../../../../src/core/jobs/job-record.js';

const HOUR = 3_600_000;
const job = (fields: Partial<JobRecord>): JobRecord => ({
  id: 'j',
  kind: 'accountingRulesSync',
  provider: 'cloudpense',
  owner: 'o',
  header: '{}',
  total: 25_000,
  chunkCount: 125,
  lanes: 2,
  createdAt: 0,
  state: 'RUNNING',
  canceled: false,
  chunksDone: 0,
  counts: emptyCounts(),
  ...fields,
});
const window = (capacity: number, periodMs: number, used: number, nextFreeAt: number | null) => ({
  kind: 'window' as const,
  key: 'k',
  capacity,
  periodMs,
  used,
  nextFreeAt,
  clearAt: null,
});

describe('estimateCompletion', () => {
  it('counts whole windows of the jobs’ share after what is left of the current one', () => {
    const now = 10 * 60_000;
    // 48 of 50 an hour are the jobs'; 40 used, so 8 now, then 48 per hour from when the oldest call leaves.
    const usage = { limits: [window(50, HOUR, 40, HOUR), window(150, 24 * HOUR, 40, 24 * HOUR)], bannedUntil: null };
    expect(estimateCompletion(job({ chunksDone: 40 }), [usage], 0.96, now)).toBe(HOUR + HOUR);
    expect(estimateCompletion(job({ chunksDone: 40, chunkCount: 48 }), [usage], 0.96, now)).toBe(now);
  });

  it('counts calls, not chunks, where a chunk holds several calls', () => {
    const now = 10 * 60_000;
    const usage = { limits: [window(50, HOUR, 40, HOUR)], bannedUntil: null };
    // 32 chunks of 4 calls of 200 rules: 8,000 rules answered leave 85 calls, 8 now, then 48 an hour: two more hours.
    const counts = { ...emptyCounts(), settled: 8_000 };
    const multi = job({ chunkCount: 32, chunksDone: 10, callSize: 200, counts });
    expect(estimateCompletion(multi, [usage], 0.96, now)).toBe(HOUR + HOUR);
    // Counted by chunks, the 22 left would fit in the first hour.
    expect(estimateCompletion({ ...multi, callSize: undefined }, [usage], 0.96, now)).toBe(HOUR);
  });

  it('goes by the pace so far where nothing binds, waits out a ban, and says nothing for an ended job', () => {
    const inFlightOnly = {
      limits: [{ kind: 'in-flight' as const, key: 'k', capacity: 10, periodMs: 120_000, used: 10, nextFreeAt: null, clearAt: null }],
      bannedUntil: null,
    };
    expect(estimateCompletion(job({ chunksDone: 25, startedAt: 0 }), [inFlightOnly], 1, 10_000)).toBe(10_000 + (10_000 / 25) * 100);
    expect(estimateCompletion(job({}), [inFlightOnly], 1, 10_000)).toBeUndefined();
    const banned = { limits: [window(100, 60_000, 0, null)], bannedUntil: 50_000 };
    expect(estimateCompletion(job({ chunkCount: 10 }), [banned], 1, 10_000)).toBe(50_000);
    expect(estimateCompletion(job({ finishedAt: 5 }), [banned], 1, 10_000)).toBeUndefined();
  });
});
