import { describe, expect, it } from 'vitest';
import {
  GoalsUpsertDocument,
  AccountingRulesSyncJobResultsDocument,
  AccountingRulesSyncJobStartDocument,
  GoalsUpsertJobResultsDocument,
  GoalsUpsertJobStartDocument,
} from '../src/client/index.js';
import { waitForJob } from './support/bulk.js';
import { goalsInput, harnessPerTest, rules, thisYear } from './support/harness.js';

const start = harnessPerTest();
const uids = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

describe('a bulk job reads back the answers it lost', () => {
  it('answers CREATE_ONLY goals whose answer was lost (applied, then the connection dropped) as written, marked reconciled', async () => {
    const h = await start({ env: { LINGXING_CHUNK_SIZE: '10' }, emulators: { lingxing: { faults: { errorRate: 1, kinds: ['drop-after'], limit: 1 } } } });
    const input = goalsInput(uids(117_001, 30), { mode: 'CREATE_ONLY' });
    const { goalsUpsertJobStart: job } = await h.client.request(GoalsUpsertJobStartDocument, { input });
    const done = await waitForJob(h.client, job.id);
    expect(done.counts).toMatchObject({ settled: 30, succeeded: 30, reconciled: 10, byOutcome: [{ type: 'GoalWritten', count: 30 }] });
    const { bulkJob } = await h.client.request(GoalsUpsertJobResultsDocument, { id: job.id });
    if (bulkJob.__typename !== 'GoalsUpsertJob') throw new Error(bulkJob.__typename);
    const reconciled = bulkJob.results.edges.filter((edge) => edge.reconciled);
    expect(reconciled).toHaveLength(10);
    for (const { node } of reconciled) {
      expect(node).toMatchObject({ __typename: 'GoalWritten', traceId: '' });
      expect(h.lingxing.store.get(thisYear, 1, input.goals[node.index]!.uid)?.values).toEqual(input.goals[node.index]!.monthlyValues);
    }
  });

  it('answers goals whose call timed out unapplied as not applied (safe to send again), marked reconciled', async () => {
    const h = await start({
      env: { LINGXING_CHUNK_SIZE: '10', LINGXING_TIMEOUT_MS: '300' },
      emulators: { lingxing: { faults: { errorRate: 1, kinds: ['timeout-before'], limit: 1, hangMs: 1_000 } } },
    });
    const input = goalsInput(uids(117_101, 20), { mode: 'CREATE_ONLY' });
    const { goalsUpsertJobStart: job } = await h.client.request(GoalsUpsertJobStartDocument, { input });
    const done = await waitForJob(h.client, job.id);
    expect(done.counts).toMatchObject({ settled: 20, succeeded: 10, failed: 10, reconciled: 10 });
    const { bulkJob } = await h.client.request(GoalsUpsertJobResultsDocument, { id: job.id, onlyFailed: true });
    if (bulkJob.__typename !== 'GoalsUpsertJob') throw new Error(bulkJob.__typename);
    for (const { node, reconciled } of bulkJob.results.edges) {
      expect(reconciled).toBe(true);
      expect(node).toMatchObject({ __typename: 'ProviderUnavailable', retryable: true, message: expect.stringContaining('not applied') });
      expect(h.lingxing.store.get(thisYear, 1, input.goals[node.index]!.uid)).toBeUndefined();
    }
  });

  it('answers accounting rules whose every attempt lost its answer as synced, read back by code', async () => {
    const h = await start({
      env: { CLOUDPENSE_CHUNK_SIZE: '5', PROVIDER_RETRY_ATTEMPTS: '2' },
      emulators: { cloudpense: { faults: { errorRate: 1, kinds: ['drop-after'], limit: 2 } } },
    });
    // One chunk, so both of its attempts meet the two faults.
    const { accountingRulesSyncJobStart: job } = await h.client.request(AccountingRulesSyncJobStartDocument, { input: { rules: rules(5) } });
    const done = await waitForJob(h.client, job.id);
    expect(h.emulators.cloudpense.faultsInjected).toBe(2);
    expect(done.counts).toMatchObject({ settled: 5, succeeded: 5, reconciled: 5, byOutcome: [{ type: 'AccountingRuleSynced', count: 5 }] });
    const { bulkJob } = await h.client.request(AccountingRulesSyncJobResultsDocument, { id: job.id });
    if (bulkJob.__typename !== 'AccountingRulesSyncJob') throw new Error(bulkJob.__typename);
    expect(bulkJob.results.edges.filter((edge) => edge.reconciled).map(({ node }) => node.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it('inline too: a CREATE_ONLY upsert whose answer was lost is read back within the request and answered as written', async () => {
    const h = await start({ emulators: { lingxing: { faults: { errorRate: 1, kinds: ['drop-after'], limit: 1 } } } });
    const input = goalsInput(uids(117_201, 3), { mode: 'CREATE_ONLY' });
    const { goalsUpsert } = await h.client.request(GoalsUpsertDocument, { input });
    expect(goalsUpsert.results.map((result) => result.__typename)).toEqual(['GoalWritten', 'GoalWritten', 'GoalWritten']);
    expect(h.lingxing.faultsInjected).toBe(1);
  });
});
