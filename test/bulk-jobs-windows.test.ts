import { describe, expect, it } from 'vitest';
import { AccountingRulesSyncJobResultsDocument, AccountingRulesSyncJobStartDocument, BulkJobDocument } from '../src/client/index.js';
import { ManualClock } from '../src/core/clock.js';
import { allPages, download, upload, waitForJob } from './support/bulk.js';
import { harnessPerTest, rule } from './support/harness.js';

const start = harnessPerTest();
const TERMINAL_OR_WAITING = new Set(['COMPLETED', 'CANCELED', 'FAILED', 'WAITING_FOR_QUOTA']);

describe('a bulk job larger than a quota window', () => {
  it('syncs 25,000 CloudPense rules across hourly windows in exactly 125 calls, none refused, each rule answered once', async () => {
    const clock = new ManualClock(Date.UTC(2026, 10, 23, 0, 0, 0));
    const h = await start({ clock, emulators: { cloudpense: { clock } } });
    const lines = Array.from({ length: 25_000 }, (_, n) => JSON.stringify(rule(n)));
    const uploaded = await upload(h.facade.url, lines);
    expect(uploaded.body.items).toBe(25_000);

    const { accountingRulesSyncJobStart: job } = await h.client.request(AccountingRulesSyncJobStartDocument, {
      input: { rules: [] },
      uploadId: uploaded.body.uploadId,
    });
    expect(job.counts.total).toBe(25_000);
    const waits: number[] = [];
    const estimates: number[] = [];
    for (;;) {
      const now = await waitForJob(h.client, job.id, (each) => TERMINAL_OR_WAITING.has(each.state));
      if (now.state !== 'WAITING_FOR_QUOTA') break;
      // The job says when the window admits it again: the clock goes there, and the job carries on by itself.
      const until = Date.parse(now.waitingUntil!);
      expect(until).toBeGreaterThan(clock.now());
      // The job waits once a chunk is deferred; a chunk admitted just before it may still be on its way
      // to CloudPense: count once every call sent is answered and no other arrives.
      for (let seen = -1; seen !== h.emulators.cloudpense.stats.batchCalls;) {
        seen = h.emulators.cloudpense.stats.batchCalls;
        await waitForJob(h.client, job.id, (each) => each.counts.settled >= 200 * h.emulators.cloudpense.stats.batchCalls);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      waits.push(h.emulators.cloudpense.stats.batchCalls);
      estimates.push(Date.parse(now.estimatedCompletionAt!));
      clock.advance(until - clock.now());
      await waitForJob(h.client, job.id, (each) => each.state !== 'WAITING_FOR_QUOTA' || Date.parse(each.waitingUntil!) > until);
    }
    const { bulkJob: done } = await h.client.request(BulkJobDocument, { id: job.id });
    expect(done).toMatchObject({ state: 'COMPLETED', counts: { total: 25_000, settled: 25_000, succeeded: 25_000, failed: 0 } });
    expect(h.emulators.cloudpense.stats.batchCalls).toBe(125);
    expect(h.emulators.cloudpense.stats.rateLimited).toBe(0);
    expect(h.emulators.cloudpense.rules.size).toBe(25_000);
    // It waited for every window it filled: 48 calls an hour are the jobs' share (BULK_WINDOW_SHARE 0.96 of 50).
    expect(waits).toEqual([48, 96]);
    // From the first wait on, the estimate names the window it ends in: the third hour.
    for (const estimate of estimates) expect(Math.abs(estimate - Date.parse(done.finishedAt!))).toBeLessThan(60_000);

    const edges = await allPages(async (after) => {
      const { bulkJob } = await h.client.request(AccountingRulesSyncJobResultsDocument, { id: job.id, first: 1_000, after });
      if (bulkJob.__typename !== 'AccountingRulesSyncJob') throw new Error(bulkJob.__typename);
      return bulkJob.results;
    });
    expect(edges.map(({ node }) => node.__typename === 'AccountingRuleSynced' && node.ruleCode)).toEqual(lines.map((_, n) => rule(n).code));
    const { lines: downloaded } = await download(h.facade.url, job.id);
    expect(downloaded).toHaveLength(25_000);
    downloaded.forEach((line, i) => expect(line).toEqual({ ...edges[i]!.node, reconciled: false }));
  }, 120_000);
});
