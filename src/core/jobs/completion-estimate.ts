import type { PolicyUsage } from '../quota/quota-store.js';
import type { JobRecord } from './job-record.js';

/**
 * When a job should be done, from what its provider's quota will admit: each rolling window lets
 * the jobs' share of its capacity through per period (what is left of it now, then a full share
 * per period, from when its oldest call leaves), and calls are no faster than the job has gone so
 * far. The latest of those times, for the calls still to make; undefined for an ended job or
 * one with nothing to go by yet (not started, no window). A ban holds everything until it ends.
 */
export function estimateCompletion(job: JobRecord, usages: readonly PolicyUsage[], windowShare: number, now: number): number | undefined {
  if (job.finishedAt !== undefined) return undefined;
  // Calls still to make: the items not answered yet, a call's worth at a time (a chunk may hold several calls).
  const calls = job.callSize ? Math.ceil((job.total - job.counts.settled) / job.callSize) : job.chunkCount - job.chunksDone;
  if (calls <= 0) return now;
  let estimate: number | undefined;
  const later = (at: number) => (estimate = estimate === undefined ? at : Math.max(estimate, at));
  for (const usage of usages) {
    const start = Math.max(now, usage.bannedUntil ?? 0);
    for (const limit of usage.limits) {
      if (limit.kind !== 'window') continue;
      const share = Math.max(1, Math.floor(limit.capacity * windowShare));
      const leftNow = Math.max(0, share - limit.used);
      if (calls <= leftNow) {
        later(start);
        continue;
      }
      const periods = Math.ceil((calls - leftNow) / share);
      later((limit.nextFreeAt ?? start) + (periods - 1) * limit.periodMs);
    }
  }
  // The pace so far: answered chunks over the time since the first was sent.
  if (job.startedAt !== undefined && job.chunksDone > 0) later(now + ((now - job.startedAt) / job.chunksDone) * (job.chunkCount - job.chunksDone));
  return estimate;
}
