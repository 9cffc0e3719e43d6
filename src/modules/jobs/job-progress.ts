import { TERMINAL_STATES, type JobRecord } from '../../core/jobs/job-record.js';
import type { BulkJobs } from '../../core/jobs/bulk-jobs.js';

/**
 * A job's changes as an async iterator, for the bulkJobProgress subscription: the job as it is
 * now, then one change per settled chunk and state change, in order (a change that would show
 * fewer settled items than one already told is dropped), ending after a terminal state.
 */
export async function* jobProgress(bulkJobs: BulkJobs, first: JobRecord): AsyncGenerator<JobRecord> {
  const pending: JobRecord[] = [];
  let wake: (() => void) | undefined;
  const stop = bulkJobs.subscribe(first.id, (job) => {
    pending.push(job);
    wake?.();
  });
  try {
    let last = first;
    yield first;
    // A change between the read and the subscription is not missed: the job is read once more.
    const now = await bulkJobs.job(first.id);
    if (now) pending.unshift(now);
    while (!TERMINAL_STATES.has(last.state)) {
      if (pending.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
      const next = pending.shift();
      if (!next || !isNewer(next, last)) continue;
      last = next;
      yield next;
    }
  } finally {
    stop();
  }
}

function isNewer(next: JobRecord, last: JobRecord): boolean {
  if (next.counts.settled < last.counts.settled) return false;
  if (TERMINAL_STATES.has(next.state)) return true;
  return next.counts.settled > last.counts.settled || next.state !== last.state || next.waitingUntil !== last.waitingUntil;
}
