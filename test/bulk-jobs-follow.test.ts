import { createClient } from 'graphql-ws';
import { documentText } from '../src/client/index.js';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../src/auth/api-keys.js';
import {
  BulkJobCancelDocument,
  BulkJobDocument,
  type BulkJobFieldsFragment,
  BulkJobProgressDocument,
  BulkJobsDocument,
  createFacadeClient,
  GoalsUpsertJobResultsDocument,
  GoalsUpsertJobStartDocument,
} from '../src/client/index.js';
import { PATHS } from '../src/providers/lingxing/wire.js';
import { allPages, download, waitForJob } from './support/bulk.js';
import { calls, goalsInput, type Harness, startHarness, thisYear } from './support/harness.js';

const OWNER_KEY = 'owner-key-0123456789';
const OTHER_KEY = 'other-key-0123456789';
const OPERATOR_KEY = 'operator-key-0123456789';
const API_KEYS = JSON.stringify([
  { name: 'owner', sha256: sha256Hex(OWNER_KEY), scopes: ['goals:write'] },
  { name: 'other', sha256: sha256Hex(OTHER_KEY), scopes: ['goals:write'] },
  { name: 'operator', sha256: sha256Hex(OPERATOR_KEY), scopes: ['jobs:read'] },
]);

let harness: Harness;
const as = (key: string) => createFacadeClient({ url: harness.facade.url, headers: { 'x-api-key': key } });

beforeAll(async () => {
  // Slow calls, two at a time, ten goals each, two calls a chunk: a 300-goal job takes 30 calls of 60 ms in 15 chunks, long enough to follow and cancel.
  harness = await startHarness({
    env: { AUTH_MODE: 'required', AUTH_API_KEYS: API_KEYS, LINGXING_CHUNK_SIZE: '10', LINGXING_MAX_IN_FLIGHT: '2', BULK_CALLS_PER_CHUNK: '2' },
    emulators: { lingxing: { faults: { latencyMs: 60 } } },
  });
});
afterAll(() => harness.close());

const uids = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

describe('following a bulk job', () => {
  it('tells its progress over graphql-ws: in order, counts only growing, the last event terminal', async () => {
    const owner = as(OWNER_KEY);
    const { goalsUpsertJobStart: started } = await owner.request(GoalsUpsertJobStartDocument, { input: goalsInput(uids(113_001, 300)) });
    const ws = createClient({ url: harness.facade.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { 'x-api-key': OWNER_KEY } });
    const events: BulkJobFieldsFragment[] = [];
    try {
      for await (const event of ws.iterate<{ bulkJobProgress: BulkJobFieldsFragment }>({
        query: documentText(BulkJobProgressDocument),
        variables: { id: started.id },
      })) {
        expect(event.errors).toBeUndefined();
        events.push(event.data!.bulkJobProgress);
      }
    } finally {
      await ws.dispose();
    }
    expect(events.length).toBeGreaterThan(5);
    for (let i = 1; i < events.length; i++) expect(events[i]!.counts.settled).toBeGreaterThanOrEqual(events[i - 1]!.counts.settled);
    expect(events.slice(0, -1).every((event) => event.state !== 'COMPLETED')).toBe(true);
    expect(events.at(-1)).toMatchObject({ state: 'COMPLETED', counts: { settled: 300, succeeded: 300 } });
    expect(new Set(events.map((event) => event.state))).toContain('RUNNING');
  });

  it('takes only subscriptions over WebSocket: a query or mutation goes over HTTP, through its limits', async () => {
    const ws = createClient({ url: harness.facade.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { 'x-api-key': OWNER_KEY } });
    const seen: unknown[] = [];
    try {
      for await (const event of ws.iterate({ query: documentText(BulkJobsDocument) })) seen.push(event);
    } catch (error) {
      seen.push(error);
    } finally {
      await ws.dispose();
    }
    expect(JSON.stringify(seen)).toContain('Only one subscription per WebSocket operation');
  });

  it('refuses a subscription without credentials', async () => {
    const ws = createClient({ url: harness.facade.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0 });
    const failure = await (async () => {
      try {
        for await (const _event of ws.iterate({ query: documentText(BulkJobProgressDocument), variables: { id: 'x' } })) return 'an event';
        return 'completed';
      } catch (error) {
        return error as { code?: number };
      }
    })();
    await ws.dispose();
    expect(failure).toMatchObject({ code: 4403 });
  });

  it('cancels mid-job: unsent items answer Canceled, sent ones their real answer, nothing sent after', async () => {
    const owner = as(OWNER_KEY);
    const input = goalsInput(uids(114_001, 300));
    const { goalsUpsertJobStart: started } = await owner.request(GoalsUpsertJobStartDocument, { input });
    await waitForJob(owner, started.id, (job) => job.counts.settled >= 40);
    const { bulkJobCancel } = await owner.request(BulkJobCancelDocument, { id: started.id });
    expect(bulkJobCancel.counts.byOutcome.map(({ type }) => type)).toContain('Canceled');
    const done = await waitForJob(owner, started.id);
    const sentAfter = calls(harness, PATHS.batchOperate);
    expect(done.state).toBe('CANCELED');
    expect(done.counts.settled).toBe(300);
    const edges = await allPages(async (after) => {
      const { bulkJob } = await owner.request(GoalsUpsertJobResultsDocument, { id: started.id, first: 100, after });
      if (bulkJob.__typename !== 'GoalsUpsertJob') throw new Error(bulkJob.__typename);
      return bulkJob.results;
    });
    const written = edges.filter(({ node }) => node.__typename === 'GoalWritten');
    const canceled = edges.filter(({ node }) => node.__typename === 'Canceled');
    expect(written.length).toBeGreaterThanOrEqual(40);
    expect(canceled.length).toBeGreaterThan(0);
    expect(written.length + canceled.length).toBe(300);
    // What the job says is what LingXing holds.
    for (const { node } of edges) {
      const held = harness.lingxing.store.get(thisYear, 1, input.goals[node.index]!.uid);
      if (node.__typename === 'GoalWritten') expect(held?.values).toEqual(input.goals[node.index]!.monthlyValues);
      else expect(held).toBeUndefined();
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(calls(harness, PATHS.batchOperate)).toBe(sentAfter);
  });

  it('belongs to its owner: another principal gets NOT_FOUND for reading, paging, downloading and canceling; jobs:read may read', async () => {
    const owner = as(OWNER_KEY);
    const other = as(OTHER_KEY);
    const { goalsUpsertJobStart: started } = await owner.request(GoalsUpsertJobStartDocument, { input: goalsInput(uids(115_001, 5)) });
    await waitForJob(owner, started.id);

    const read = await other.execute(BulkJobDocument, { id: started.id });
    expect(read.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const unknown = await other.execute(BulkJobDocument, { id: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.errors?.[0]?.message).toBe(read.errors?.[0]?.message.replace(started.id, '00000000-0000-4000-8000-000000000000'));
    expect((await other.execute(BulkJobCancelDocument, { id: started.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await download(harness.facade.url, started.id, { 'x-api-key': OTHER_KEY })).status).toBe(404);
    const { bulkJobs } = await other.request(BulkJobsDocument, {});
    expect(bulkJobs.edges.map(({ node }) => node.id)).not.toContain(started.id);
    const ws = createClient({ url: harness.facade.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { 'x-api-key': OTHER_KEY } });
    const [event] = await (async () => {
      const seen = [];
      for await (const each of ws.iterate({ query: documentText(BulkJobProgressDocument), variables: { id: started.id } })) seen.push(each);
      return seen;
    })();
    await ws.dispose();
    expect(event?.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const { bulkJob } = await as(OPERATOR_KEY).request(BulkJobDocument, { id: started.id });
    expect(bulkJob.id).toBe(started.id);
    const mine = await owner.request(BulkJobsDocument, { first: 50 });
    expect(mine.bulkJobs.edges.map(({ node }) => node.id)).toContain(started.id);
  });
});
