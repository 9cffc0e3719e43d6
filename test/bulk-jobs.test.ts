import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GoalsDeleteJobResultsDocument, GoalsDeleteJobStartDocument, GoalsUpsertJobResultsDocument, GoalsUpsertJobStartDocument } from '../src/client/index.js';
import { PATHS } from '../src/providers/lingxing/wire.js';
import { allPages, download, upload, waitForJob } from './support/bulk.js';
import { deleteKeys } from './support/redis.js';
import { calls, goalsInput, type Harness, harnessPerTest, startHarness, thisYear } from './support/harness.js';
import { sha256Hex } from '../src/auth/api-keys.js';
import { createFacadeClient } from '../src/client/index.js';

const KEY = 'etl-key-0123456789abcdef';

// The same behaviour from both engines: in memory (the embedded default) and BullMQ on the real Redis.
const ENGINES = {
  memory: {},
  redis: { REDIS_URL: 'redis://127.0.0.1:6379', REDIS_KEY_PREFIX: `test-bulk-${process.pid}-${Date.now()}:` },
};

describe.each(Object.entries(ENGINES))('bulk jobs (%s)', (_engine, engineEnv) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ env: { LINGXING_CHUNK_SIZE: '100', ...engineEnv } });
  });
  afterAll(async () => {
    await harness.close();
    if ('REDIS_KEY_PREFIX' in engineEnv) await deleteKeys(engineEnv.REDIS_KEY_PREFIX);
  });

  const resultsOf = (id: string, onlyFailed = false) =>
    allPages(async (after) => {
      const { bulkJob } = await harness.client.request(GoalsUpsertJobResultsDocument, { id, first: 300, after, onlyFailed });
      if (bulkJob.__typename !== 'GoalsUpsertJob') throw new Error(`a ${bulkJob.__typename}`);
      return bulkJob.results;
    });

  describe('bulk goals upsert', () => {
    it('answers rule breakers at once, runs the rest to the end, and pages every answer in input order', async () => {
      const input = goalsInput(Array.from({ length: 1_250 }, (_, i) => 110_001 + i));
      input.goals[3]!.monthlyValues[0] = -1;
      input.goals[900]!.uid = input.goals[10]!.uid;
      input.goals[1_000]!.uid = 999_999_999;
      const before = calls(harness, PATHS.batchOperate);

      const { goalsUpsertJobStart: started } = await harness.client.request(GoalsUpsertJobStartDocument, { input });
      expect(started.__typename).toBe('GoalsUpsertJob');
      expect(started.counts.total).toBe(1_250);
      // Known at once: the negative value and the repeated uid.
      expect(started.counts.settled).toBeGreaterThanOrEqual(2);

      const done = await waitForJob(harness.client, started.id);
      expect(done).toMatchObject({ state: 'COMPLETED', counts: { total: 1_250, settled: 1_250, pending: 0, succeeded: 1_247, failed: 3 } });
      expect(done.counts.byOutcome).toEqual([
        { type: 'GoalWritten', count: 1_247 },
        { type: 'UserNotFound', count: 1 },
        { type: 'ValidationError', count: 2 },
      ]);
      expect(done.startedAt).not.toBeNull();
      expect(Date.parse(done.finishedAt!)).toBeGreaterThanOrEqual(Date.parse(done.startedAt!));
      // 1,248 goals sent at 100 a call.
      expect(calls(harness, PATHS.batchOperate) - before).toBe(13);

      const edges = await resultsOf(started.id);
      expect(edges.map(({ node }) => node.index)).toEqual(input.goals.map((_, i) => i));
      expect(edges[3]!.node).toMatchObject({ __typename: 'ValidationError', field: 'goals[3].monthlyValues[0]' });
      expect(edges[900]!.node).toMatchObject({ __typename: 'ValidationError', field: 'goals[900].uid' });
      expect(edges[1_000]!.node).toMatchObject({ __typename: 'UserNotFound', uid: 999_999_999 });
      for (const { node } of edges) {
        if (node.__typename !== 'GoalWritten') continue;
        expect(harness.lingxing.store.get(thisYear, 1, node.uid)?.values).toEqual(input.goals[node.index]!.monthlyValues);
      }
      const failed = await resultsOf(started.id, true);
      expect(failed.map(({ node }) => node.index)).toEqual([3, 900, 1_000]);

      // The download holds the same answers, line for line.
      const { status, lines } = await download(harness.facade.url, started.id);
      expect(status).toBe(200);
      expect(lines).toHaveLength(1_250);
      lines.forEach((line, i) => expect(line).toMatchObject({ ...edges[i]!.node, reconciled: false }));
    });

    it('starts from an NDJSON upload; a line that does not read is that item’s ValidationError naming its line', async () => {
      const goals = goalsInput(Array.from({ length: 30 }, (_, i) => 112_001 + i)).goals.map((goal) => JSON.stringify(goal));
      goals[4] = '{"uid": 112005, "monthlyValues": [1, 2';
      goals[7] = JSON.stringify({ uid: 'eight', monthlyValues: [] });
      const uploaded = await upload(harness.facade.url, goals);
      expect(uploaded.status).toBe(201);
      expect(uploaded.body.items).toBe(30);

      const { goalsUpsertJobStart: started } = await harness.client.request(GoalsUpsertJobStartDocument, {
        input: { ...goalsInput([]), goals: [] },
        uploadId: uploaded.body.uploadId,
      });
      const done = await waitForJob(harness.client, started.id);
      expect(done.counts).toMatchObject({ total: 30, succeeded: 28, failed: 2 });
      const edges = await resultsOf(started.id, true);
      expect(edges.map(({ node }) => node)).toMatchObject([
        { __typename: 'ValidationError', index: 4, field: 'goals[4]', message: expect.stringMatching(/^line 5 is not JSON/) },
        { __typename: 'ValidationError', index: 7, field: 'goals[7].uid', message: expect.stringMatching(/^line 8: Int cannot represent/) },
      ]);
      // An upload starts one job.
      const again = await harness.client.execute(GoalsUpsertJobStartDocument, { input: { ...goalsInput([]), goals: [] }, uploadId: uploaded.body.uploadId });
      expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('runs a delete job, each uid answered', async () => {
      const uids = [110_001, 110_002, 0, 110_003];
      const { goalsDeleteJobStart: started } = await harness.client.request(GoalsDeleteJobStartDocument, {
        input: { year: thisYear, assessType: 'SALES_AMOUNT', uids },
      });
      await waitForJob(harness.client, started.id);
      const { bulkJob } = await harness.client.request(GoalsDeleteJobResultsDocument, { id: started.id });
      if (bulkJob.__typename !== 'GoalsDeleteJob') throw new Error(bulkJob.__typename);
      expect(bulkJob.results.edges.map(({ node }) => node.__typename)).toEqual(['GoalDeleted', 'GoalDeleted', 'ValidationError', 'GoalDeleted']);
      expect(harness.lingxing.store.get(thisYear, 1, 110_001)).toBeUndefined();
    });
  });
});

describe('bulk job limits', () => {
  const start = harnessPerTest();

  it('refuses an upload past BULK_MAX_ITEMS (413) and an inline job past it, naming the bound, and an upload without credentials (401)', async () => {
    const h = await start({
      env: { BULK_MAX_ITEMS: '5', AUTH_MODE: 'required', AUTH_API_KEYS: JSON.stringify([{ name: 'etl', sha256: sha256Hex(KEY), scopes: ['goals:write'] }]) },
    });
    const lines = goalsInput(Array.from({ length: 6 }, (_, i) => 118_001 + i)).goals.map((goal) => JSON.stringify(goal));
    const tooMany = await upload(h.facade.url, lines, { 'x-api-key': KEY });
    expect(tooMany.status).toBe(413);
    expect(tooMany.body.errors?.[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect((await upload(h.facade.url, lines.slice(0, 5))).status).toBe(401);
    const client = createFacadeClient({ url: h.facade.url, headers: { 'x-api-key': KEY } });
    const inline = await client.execute(GoalsUpsertJobStartDocument, { input: goalsInput(Array.from({ length: 6 }, (_, i) => 118_001 + i)) });
    expect(inline.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', max: 5 } });
    expect(calls(h, PATHS.batchOperate)).toBe(0);
  });

  it('reads a CRLF upload line for line, and refuses one past BULK_MAX_UPLOAD_BYTES (413), naming the bound', async () => {
    const h = await start({ env: { BULK_MAX_UPLOAD_BYTES: '2000' } });
    const lines = goalsInput(Array.from({ length: 12 }, (_, i) => 118_101 + i)).goals.map((goal) => JSON.stringify(goal));
    const post = (body: string) =>
      fetch(h.facade.url.replace(/\/graphql$/, '/uploads'), { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body }).then(
        async (response) => ({
          status: response.status,
          body: (await response.json()) as { uploadId: string; items: number; bytes: number; errors?: { message: string }[] },
        }),
      );
    const crlf = lines.slice(0, 3).join('\r\n') + '\r\n';
    const small = await post(crlf);
    expect(small).toMatchObject({ status: 201, body: { items: 3, bytes: Buffer.byteLength(crlf) } });
    const { goalsUpsertJobStart: started } = await h.client.request(GoalsUpsertJobStartDocument, {
      input: { ...goalsInput([]), goals: [] },
      uploadId: small.body.uploadId,
    });
    expect((await waitForJob(h.client, started.id)).counts).toMatchObject({ total: 3, succeeded: 3 });
    expect(h.lingxing.store.get(thisYear, 1, 118_103)?.values).toEqual(JSON.parse(lines[2]!).monthlyValues);
    const big = lines.join('\n').repeat(3);
    expect(Buffer.byteLength(big)).toBeGreaterThan(2000);
    const tooLarge = await post(big);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.errors?.[0]?.message).toBe('An upload takes at most 2000 bytes (BULK_MAX_UPLOAD_BYTES).');
  });
});
