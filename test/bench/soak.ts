import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import {
  AccountingRulesSyncDocument,
  createFacadeClient,
  GoalsDocument,
  GoalsUpsertDocument,
  OpportunitiesUpdateDocument,
  ProviderQuotasDocument,
  TouchTasksSubmitDocument,
} from '../../src/client/index.js';
import { startEmulators } from '../../src/emulators.js';
import { goalsInput, rule, tasksInput, thisYear } from '../support/harness.js';
import { liveEnv, startReplica } from '../support/replica.js';
import { percentile } from './processes.js';

/**
 * `npm run soak` (SOAK_SECONDS, default 600): mixed traffic against the built facade in its own
 * process and the emulators, then error count, latency and the facade's RSS at start and end.
 * Target: 0 errors, RSS growth < 10%. Prints; asserts nothing.
 */
const seconds = Number(process.env.SOAK_SECONDS ?? 600);
const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

const emulators = await startEmulators({ top: { callLimit: 1_000, callWindowMs: 1_000 } });
emulators.lingxing.setFaults({ latencyMs: 20 });
emulators.crm.setFaults({ latencyMs: 10 });
const replica = await startReplica(
  { ...liveEnv(emulators), NODE_ENV: 'production', TOP_CALL_LIMIT: '1000', TOP_CALL_WINDOW_SECONDS: '1', CRM_RATE_PER_SECOND: '10000' },
  'build',
);
const client = createFacadeClient({ url: replica.url });
const pid = replica.process.pid!;

let rule_ = 0;
const mix: (() => Promise<unknown>)[] = [
  () => client.request(GoalsUpsertDocument, { input: goalsInput([100_001 + Math.floor(Math.random() * 1_000)]) }),
  () => client.request(GoalsDocument, { year: thisYear, assessType: 'SALES_AMOUNT' }),
  () => client.request(TouchTasksSubmitDocument, { input: tasksInput(5, { prefix: randomUUID() }) }),
  () => client.request(OpportunitiesUpdateDocument, { input: { opportunities: [{ opportunityCode: 'OPP-20260401-042', amount: Math.random() * 1000 }] } }),
  // CloudPense allows 50 calls an hour: past them these answer QuotaExhausted, which is not an error.
  () => client.request(AccountingRulesSyncDocument, { input: { rules: [rule(rule_++ % 500)] } }),
  () => client.request(ProviderQuotasDocument),
];

const latencies: number[] = [];
let errors = 0;
let requests = 0;
const run = async (until: number) =>
  Promise.all(
    Array.from({ length: 8 }, async (_, worker) => {
      for (let turn = worker; Date.now() < until; turn++) {
        const started = performance.now();
        try {
          await mix[turn % mix.length]!();
        } catch (error) {
          errors++;
          if (errors <= 5) console.error(`  error: ${(error as Error).message}`);
        }
        latencies.push(performance.now() - started);
        requests++;
      }
    }),
  );

try {
  await run(Date.now() + 15_000); // warm-up: JIT, pools, tokens
  latencies.length = 0;
  requests = 0;
  errors = 0;
  const rssStart = rssMb(pid);
  const started = Date.now();
  console.log(`soak: ${seconds} s of mixed traffic (8 callers; goals, touch tasks, opportunities, accounting rules, quotas), facade RSS ${rssStart.toFixed(1)} MB after warm-up`);
  await run(started + seconds * 1000);
  const rssEnd = rssMb(pid);
  latencies.sort((a, b) => a - b);
  console.log(`  ${requests} requests (${(requests / seconds).toFixed(0)}/s), errors ${errors} (target 0)`);
  console.log(`  latency p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms`);
  console.log(`  facade RSS ${rssStart.toFixed(1)} MB → ${rssEnd.toFixed(1)} MB (${(((rssEnd - rssStart) / rssStart) * 100).toFixed(1)}%; target < 10%)`);
} finally {
  await replica.stop();
  await emulators.close();
}
