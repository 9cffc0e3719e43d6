import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import {
  BulkJobDocument,
  createFacadeClient,
  GoalsUpsertDocument,
  GoalsUpsertJobStartDocument,
  TouchTasksSubmitJobStartDocument,
} from '../../src/client/index.js';
import { startEmulators } from '../../src/emulators.js';
import { arrivalMargin } from '../../src/core/quota/limits.js';
import { PATHS } from '../../src/providers/lingxing/wire.js';
import { goalsInput, tasksInput } from '../support/harness.js';
import { deleteKeys } from '../support/redis.js';
import { liveEnv, startReplica } from '../support/replica.js';
import { rssMiB, threadsCpuMs } from './processes.js';

/**
 * `npm run bench jobs`: bulk jobs run by the built facade (its own process), in memory and on
 * Redis (BullMQ), against emulators with 100 ms LingXing calls: how full a 100,000-goal job keeps
 * LingXing's bucket, how much of TOP's window a job uses, the facade's CPU per item (job against
 * inline), RSS over back-to-back jobs and Redis memory per item. Prints; asserts nothing.
 */
const REDIS_URL = 'redis://127.0.0.1:6379';
const GOALS = 100_000;
/** Rounds of a job and an inline run (BENCH_JOBS_ROUNDS): the first warms V8, the rest are measured. */
const ROUNDS = Math.max(2, Number(process.env.BENCH_JOBS_ROUNDS ?? 5));
const f = (n: number, digits = 2) => n.toFixed(digits);
/** How a client follows a job it waits on: its state and progress only, four times a second. */
const JOB_PROGRESS = 'query JobProgress($id: ID!) { bulkJob(id: $id) { state counts { settled } } }';
/** What jobs may take of each window (the default BULK_WINDOW_SHARE), set here so the figures below can say it. */
const JOBS_WINDOW_SHARE = 0.96;
const uids = (count: number) => Array.from({ length: count }, (_, i) => 100_001 + i);

async function engine(name: 'memory' | 'redis'): Promise<void> {
  const topLimit = 50;
  const topWindowMs = 2_000;
  const emulators = await startEmulators({ lingxing: { userCount: GOALS }, top: { callLimit: topLimit, callWindowMs: topWindowMs } });
  emulators.lingxing.setFaults({ latencyMs: 100 });
  const prefix = `bench-jobs-${randomUUID()}:`;
  const redis = new Redis(REDIS_URL);
  const env = {
    ...liveEnv(emulators),
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    TOP_CALL_LIMIT: String(topLimit),
    TOP_CALL_WINDOW_SECONDS: String(topWindowMs / 1000),
    TOP_CHUNK_SIZE: '20',
    BULK_WINDOW_SHARE: String(JOBS_WINDOW_SHARE),
    ...(name === 'redis' ? { REDIS_URL, REDIS_KEY_PREFIX: prefix } : {}),
  };
  const facade = await startReplica({ ...env, LOG_LEVEL: 'info' }, 'build');
  const pid = facade.process.pid!;
  const client = createFacadeClient({ url: facade.url });
  try {
    console.log(`\n${name === 'memory' ? 'in memory (the embedded default)' : 'BullMQ on Redis'}`);
    // Inline yardstick, beside each job in the same process (A/B): the same 100,000 goals as ten requests of 10,000.
    const inline = async (): Promise<number> => {
      const start = threadsCpuMs(pid);
      for (let part = 0; part < 10; part++)
        await client.request(GoalsUpsertDocument, { input: goalsInput(uids(GOALS).slice(part * 10_000, (part + 1) * 10_000)) });
      return (threadsCpuMs(pid) - start) / GOALS;
    };

    const memoryBefore = name === 'redis' ? Number(/used_memory:(\d+)/.exec(await redis.info('memory'))![1]) : 0;
    const job = async (): Promise<{ perItem: number; bucket: number }> => {
      const cpuBefore = threadsCpuMs(pid);
      const input = goalsInput(uids(GOALS));
      const upload = await fetch(facade.url.replace(/\/graphql$/, '/uploads'), {
        method: 'POST',
        headers: { 'content-type': 'application/x-ndjson' },
        body: input.goals.map((goal) => JSON.stringify(goal)).join('\n'),
      }).then((response) => response.json() as Promise<{ uploadId: string }>);
      const { goalsUpsertJobStart: started } = await client.request(GoalsUpsertJobStartDocument, { input: { ...input, goals: [] }, uploadId: upload.uploadId });
      let from: { area: number; at: number } | undefined;
      let to: { area: number; at: number } | undefined;
      for (;;) {
        const { bulkJob } = (await client.request(JOB_PROGRESS, { id: started.id })) as { bulkJob: { state: string; counts: { settled: number } } };
        const reading = { area: emulators.lingxing.inFlightAreaNow(PATHS.batchOperate), at: performance.now() };
        if (!from && bulkJob.counts.settled >= GOALS * 0.1) from = reading;
        if (!to && bulkJob.counts.settled >= GOALS * 0.9) to = reading;
        if (bulkJob.state === 'COMPLETED') break;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      return { perItem: (threadsCpuMs(pid) - cpuBefore) / GOALS, bucket: (to!.area - from!.area) / (10 * (to!.at - from!.at)) };
    };
    // Each job beside an inline run of the same goals, in turn first (ABBA): the GC a phase leaves
    // behind is paid in the next, and falls on jobs and inline runs alike. The first round warms V8.
    const totals = { job: 0, inline: 0 };
    const ratios: number[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const jobFirst = round % 2 === 0;
      const ran = jobFirst ? { job: await job(), inline: await inline() } : { inline: await inline(), job: await job() };
      const ratio = ran.job.perItem / ran.inline;
      if (round > 1) {
        totals.job += ran.job.perItem;
        totals.inline += ran.inline;
        ratios.push(ratio);
      }
      console.log(
        `  round ${round}: 100,000 goals as a job ${jobFirst ? 'then' : 'after'} inline: LingXing bucket ${f(ran.job.bucket * 100, 1)}% used from 10% to 90% done (target ≥ 95%); facade CPU ${f(ran.job.perItem * 1000, 1)} µs/goal = ${f(ratio)}× inline's ${f(ran.inline * 1000, 1)} µs; RSS ${f(rssMiB(pid), 0)} MiB`,
      );
    }
    ratios.sort((a, b) => a - b);
    console.log(
      `  facade CPU per goal, rounds 2–${ROUNDS}: job ${f((totals.job * 1000) / (ROUNDS - 1), 1)} µs ÷ inline ${f((totals.inline * 1000) / (ROUNDS - 1), 1)} µs = ${f(totals.job / totals.inline)}× (rounds ${f(ratios[0]!)}–${f(ratios.at(-1)!)}×; target ≤ 1.5×)`,
    );
    if (name === 'redis') {
      const memoryAfter = Number(/used_memory:(\d+)/.exec(await redis.info('memory'))![1]);
      console.log(`  Redis memory for the ${ROUNDS} settled jobs: ${f((memoryAfter - memoryBefore) / (ROUNDS * GOALS), 0)} bytes per item (target ≤ 1,024)`);
    }

    // A windowed provider: TOP's 50 calls per 2 s, a job of 300 calls (six windows and some).
    // The facade's readiness check at start-up made a call to TOP already: only the job's count.
    const callsBefore = emulators.top.stats.calls;
    const { touchTasksSubmitJobStart: tasks } = await client.request(TouchTasksSubmitJobStartDocument, { input: tasksInput(6_000, { prefix: randomUUID() }) });
    for (;;) {
      const { bulkJob } = await client.request(BulkJobDocument, { id: tasks.id });
      if (bulkJob.state === 'COMPLETED') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const jobCalls = emulators.top.stats.calls - callsBefore;
    const windows = windowsOfCalls(emulators.top.stats.callTimes.slice(-jobCalls), topWindowMs);
    // The last window holds what was left of the job: only full ones say how well a window was used.
    const full = windows.slice(0, -1);
    const uses = full.map((window) => window.calls / topLimit);
    // Sustained: calls from the second window's start to the last one's, per window of time. Its
    // ceiling is the jobs' share over the facade's window, which is TOP's plus the arrival margin.
    const sustained =
      full.slice(1).reduce((sum, window) => sum + window.calls, 0) / ((windows.at(-1)!.startsAt - windows[1]!.startsAt) / topWindowMs) / topLimit;
    const ceiling = JOBS_WINDOW_SHARE / (1 + arrivalMargin(topWindowMs) / topWindowMs);
    console.log(
      `  TOP job of ${jobCalls} calls: each of its ${full.length} full windows used ${f(Math.min(...uses) * 100, 1)}–${f(Math.max(...uses) * 100, 1)}% (jobs' share BULK_WINDOW_SHARE ${f(JOBS_WINDOW_SHARE * 100, 0)}%; target ≥ 95%); sustained ${f(sustained * 100, 1)}% of the limit (at most ${f(ceiling * 100, 1)}%: the share over a window ${arrivalMargin(topWindowMs)} ms longer than TOP's); code 7 answers: ${emulators.top.stats.errors.get('7') ?? 0}`,
    );
  } finally {
    await facade.stop();
    await emulators.close();
    await deleteKeys(prefix);
    redis.disconnect();
  }
}

/**
 * A rolling window's calls as the provider counts them: windows laid end to end, each opening at
 * the first call after the one before closed. A late wake-up of the facade moves the next window
 * (it shows in the sustained rate), not what a window holds.
 */
function windowsOfCalls(times: readonly number[], windowMs: number): { startsAt: number; calls: number }[] {
  const windows: { startsAt: number; calls: number }[] = [];
  for (const at of times) {
    const current = windows.at(-1);
    if (current && at < current.startsAt + windowMs) current.calls++;
    else windows.push({ startsAt: at, calls: 1 });
  }
  return windows;
}

/** BENCH_JOBS_ENGINE=memory|redis runs one engine only. */
export async function jobsBench(): Promise<void> {
  const only = process.env.BENCH_JOBS_ENGINE;
  if (!only || only === 'memory') await engine('memory');
  if (!only || only === 'redis') await engine('redis');
}
