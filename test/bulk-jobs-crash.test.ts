import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  AccountingRulesSyncJobStartDocument,
  createFacadeClient,
  GoalsUpsertJobResultsDocument,
  GoalsUpsertJobStartDocument,
  OpportunitiesUpdateJobResultsDocument,
  OpportunitiesUpdateJobStartDocument,
  TouchTasksSubmitJobResultsDocument,
  TouchTasksSubmitJobStartDocument,
} from '../src/client/index.js';
import { startEmulators, type Emulators } from '../src/emulators.js';
import { allPages, waitForJob } from './support/bulk.js';
import { goalsInput, rule, rules, startHarness, tasksInput, thisYear } from './support/harness.js';
import { startRedisServer } from './support/redis-server.js';
import { sleep } from '../src/core/emulation/faults.js';
import { deleteKeys } from './support/redis.js';
import { liveEnv, type Replica, startReplica } from './support/replica.js';

const REDIS_URL = 'redis://127.0.0.1:6379';
const prefix = `test-crash-${randomUUID()}:`;
let emulators: Emulators;
let replicas: Replica[] = [];

afterAll(async () => {
  await Promise.all(replicas.map((replica) => replica.stop()));
  await emulators?.close();
  await deleteKeys(prefix);
});

const pages = <E extends { cursor: string }>(
  page: (after: string | undefined) => Promise<{ edges: readonly E[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } }>,
) => allPages(page);

describe('bulk jobs on three replicas sharing one Redis', () => {
  it('finish when a worker is killed mid-job (SIGKILL): every item answered once, nothing sent twice that must not be', async () => {
    // Every call takes 150 ms, so the killed worker is caught with calls in flight.
    const slow = { faults: { latencyMs: 150 } };
    emulators = await startEmulators({ lingxing: slow, top: { ...slow, callLimit: 10_000 }, crm: slow });
    const env = {
      ...liveEnv(emulators),
      REDIS_URL,
      REDIS_KEY_PREFIX: prefix,
      FACADE_REPLICAS: '3',
      PROVIDER_CHECKS: 'false',
      TOP_CALL_LIMIT: '10000',
      LINGXING_CHUNK_SIZE: '20',
      LINGXING_MAX_IN_FLIGHT: '3',
      TOP_CHUNK_SIZE: '20',
      CRM_MAX_CONCURRENCY: '6',
      BULK_STALLED_MS: '1500',
    };
    replicas = await Promise.all([
      startReplica({ ...env, FACADE_ROLE: 'api' }),
      startReplica({ ...env, FACADE_ROLE: 'worker' }),
      startReplica({ ...env, FACADE_ROLE: 'worker' }),
    ]);
    const client = createFacadeClient({ url: replicas[0]!.url });

    const goals = goalsInput(
      Array.from({ length: 400 }, (_, i) => 116_001 + i),
      { mode: 'CREATE_ONLY' },
    );
    const tasks = tasksInput(400, { prefix: 'crash' });
    const updates = Array.from({ length: 200 }, (_, i) => ({
      opportunityCode: `OPP-20260401-${String(i + 1).padStart(3, '0')}`,
      opportunityName: `Renamed ${i + 1}`,
    }));
    const [{ goalsUpsertJobStart: goalJob }, { touchTasksSubmitJobStart: taskJob }, { opportunitiesUpdateJobStart: crmJob }] = await Promise.all([
      client.request(GoalsUpsertJobStartDocument, { input: goals }),
      client.request(TouchTasksSubmitJobStartDocument, { input: tasks }),
      client.request(OpportunitiesUpdateJobStartDocument, { input: { opportunities: updates } }),
    ]);

    // Mid-job: a quarter of the CRM updates answered.
    await waitForJob(client, crmJob.id, (job) => job.counts.settled >= 50);
    replicas[1]!.kill();

    const ended = await Promise.all([goalJob.id, taskJob.id, crmJob.id].map((id) => waitForJob(client, id, undefined, 90_000)));
    for (const job of ended) expect(job).toMatchObject({ state: 'COMPLETED', counts: { pending: 0 } });

    // TOP: each chunk resent (if at all) under its own task_unique_code, so every task exists once.
    const taskEdges = await pages(async (after) => {
      const { bulkJob } = await client.request(TouchTasksSubmitJobResultsDocument, { id: taskJob.id, first: 1_000, after });
      if (bulkJob.__typename !== 'TouchTasksSubmitJob') throw new Error(bulkJob.__typename);
      return bulkJob.results;
    });
    expect(taskEdges.map(({ node }) => node.__typename === 'TouchTaskSubmitted' && node.index)).toEqual(tasks.tasks.map((_, i) => i));
    const bizIds = emulators.top.store.tasks.map((task) => task.request.biz_id);
    expect(bizIds).toHaveLength(400);
    expect(new Set(bizIds).size).toBe(400);

    // CRM: never resent; an update cut off mid-call answers OutcomeUnknown, and the CRM applied each at most once.
    const crmEdges = await pages(async (after) => {
      const { bulkJob } = await client.request(OpportunitiesUpdateJobResultsDocument, { id: crmJob.id, first: 1_000, after });
      if (bulkJob.__typename !== 'OpportunitiesUpdateJob') throw new Error(bulkJob.__typename);
      return bulkJob.results;
    });
    expect(crmEdges.map(({ node }) => node.index)).toEqual(updates.map((_, i) => i));
    for (const { node } of crmEdges) {
      const applied = emulators.crm.applied.get(updates[node.index]!.opportunityCode) ?? 0;
      expect(applied).toBeLessThanOrEqual(1);
      if (node.__typename === 'OpportunityUpdated') expect(applied).toBe(1);
      else expect(node.__typename).toBe('OutcomeUnknown');
    }

    // Goals, CREATE_ONLY: never resent (a resend would answer GoalAlreadyExists), and what was cut off is read back.
    const goalEdges = await pages(async (after) => {
      const { bulkJob } = await client.request(GoalsUpsertJobResultsDocument, { id: goalJob.id, first: 1_000, after });
      if (bulkJob.__typename !== 'GoalsUpsertJob') throw new Error(bulkJob.__typename);
      return bulkJob.results;
    });
    expect(goalEdges.map(({ node }) => node.index)).toEqual(goals.goals.map((_, i) => i));
    // The kill did cut chunks off mid-call: some were taken over (a CRM update left unknown, a goal read back, a TOP chunk resent).
    const cutOff =
      crmEdges.filter(({ node }) => node.__typename === 'OutcomeUnknown').length +
      goalEdges.filter(({ reconciled }) => reconciled).length +
      (emulators.top.stats.calls - 20);
    expect(cutOff).toBeGreaterThan(0);
    for (const { node, reconciled } of goalEdges) {
      const held = emulators.lingxing.store.get(thisYear, 1, goals.goals[node.index]!.uid);
      if (node.__typename === 'GoalWritten') expect(held?.values).toEqual(goals.goals[node.index]!.monthlyValues);
      else if (reconciled) expect(held).toBeUndefined();
      else throw new Error(`goal ${node.index} answered ${node.__typename}`);
    }
  }, 150_000);

  it('resume when Redis restarts mid-job (a Redis that keeps an append-only file)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'facade-redis-'));
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    let redis = await startRedisServer(port, dir);
    const harness = await startHarness({
      emulators: { cloudpense: { faults: { latencyMs: 100 } } },
      env: { REDIS_URL: redis.url, REDIS_KEY_PREFIX: 'restart:', CLOUDPENSE_CHUNK_SIZE: '10', BULK_STALLED_MS: '1500' },
    });
    try {
      const { accountingRulesSyncJobStart: job } = await harness.client.request(AccountingRulesSyncJobStartDocument, { input: { rules: rules(300) } });
      await waitForJob(harness.client, job.id, (each) => each.counts.settled >= 40);
      await redis.stop();
      await sleep(1_000);
      redis = await startRedisServer(port, dir);
      const done = await waitForJob(harness.client, job.id, undefined, 60_000);
      expect(done).toMatchObject({ state: 'COMPLETED', counts: { total: 300, settled: 300 } });
      // Every rule is in CloudPense, and answered as synced (a chunk resent after the restart is an upsert by code: harmless).
      expect(done.counts.byOutcome).toEqual([{ type: 'AccountingRuleSynced', count: 300 }]);
      for (let n = 0; n < 300; n++) expect(harness.emulators.cloudpense.rules.has(rule(n).code)).toBe(true);
    } finally {
      await harness.close();
      await redis.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
