import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BulkJobDocument, createFacadeClient, GoalsUpsertDocument, GoalsUpsertJobStartDocument, ProviderQuotasDocument } from '../src/client/index.js';
import { waitForJob, upload } from './support/bulk.js';
import { goalsInput, type Harness, startHarness } from './support/harness.js';

let harness: Harness;
beforeAll(async () => {
  // 100,000 users, calls of 40 ms, 100 goals a call: a 100,000-goal job is 1,000 calls, ten in flight.
  harness = await startHarness({ env: { LINGXING_CHUNK_SIZE: '100' }, emulators: { lingxing: { userCount: 100_000, faults: { latencyMs: 40 } } } });
});
afterAll(() => harness.close());

const uids = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

describe('bulk jobs beside requests', () => {
  it('serves a 10-goal request within its deadline while a 100,000-goal job runs, and a later small job progresses as fast as the big one', async () => {
    const big = goalsInput(uids(100_001, 100_000));
    const uploaded = await upload(
      harness.facade.url,
      big.goals.map((goal) => JSON.stringify(goal)),
    );
    const { goalsUpsertJobStart: bigJob } = await harness.client.request(GoalsUpsertJobStartDocument, {
      input: { ...big, goals: [] },
      uploadId: uploaded.body.uploadId,
    });
    await waitForJob(harness.client, bigJob.id, (job) => job.counts.settled >= 5_000, 60_000);

    // A person at a screen: ten goals with a 2 s deadline, while the job keeps LingXing's ten slots busy.
    const hurried = createFacadeClient({ url: harness.facade.url, headers: { 'x-deadline-ms': '2000' } });
    const { goalsUpsert } = await hurried.request(GoalsUpsertDocument, { input: goalsInput(uids(100_001, 10)) });
    expect(goalsUpsert.results.map((result) => result.__typename)).toEqual(Array(10).fill('GoalWritten'));
    const { providerQuotas } = await harness.client.request(ProviderQuotasDocument, {});
    expect(providerQuotas.find((quota) => quota.provider === 'LINGXING')!.jobChunksWaiting).toBeGreaterThan(0);

    // A second, smaller job: it takes turns with the big one rather than waiting behind it. Long
    // enough (100 calls, 13 chunks of up to 8) that both jobs' counts, which move a chunk at a time, give rates.
    const before = (await harness.client.request(BulkJobDocument, { id: bigJob.id })).bulkJob.counts.settled;
    const started = Date.now();
    const { goalsUpsertJobStart: smallJob } = await harness.client.request(GoalsUpsertJobStartDocument, { input: goalsInput(uids(150_001, 10_000)) });
    const small = await waitForJob(harness.client, smallJob.id, undefined, 60_000);
    const smallRate = small.counts.settled / (Date.now() - started);
    const bigRate = ((await harness.client.request(BulkJobDocument, { id: bigJob.id })).bulkJob.counts.settled - before) / (Date.now() - started);
    expect(small.state).toBe('COMPLETED');
    expect(smallRate / bigRate).toBeGreaterThan(0.5);
    expect(smallRate / bigRate).toBeLessThan(2);
  }, 120_000);
});
