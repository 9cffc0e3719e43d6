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
import { percentile, rssMiB } from './processes.js';

/**
 * `npm run soak` (SOAK_SECONDS, default 600): mixed traffic against the built facade in its own
 * process and the emulators, then error count, latency and the facade's RSS at start and end.
 * Target: 0 errors, RSS growth < 10%. Prints; asserts nothing.
 */
const seconds = Number(process.env.SOAK_SECONDS ?? 600);
const growth = (from: number, to: number) => `${to >= from ? '+' : ''}${(((to - from) / from) * 100).toFixed(1)}%`;
const SAMPLE_MS = Number(process.env.SOAK_SAMPLE_SECONDS ?? 60) * 1000;

/** The facade's V8 heap from its own /metrics: used (live and not yet collected) and total (reserved), in MB. */
async function heapMb(url: string): Promise<{ used: number; total: number; external: number; spaces: string }> {
  const text = await (await fetch(new URL('/metrics', url))).text();
  const value = (name: string) => Number(new RegExp(`^${name} (\\S+)`, 'm').exec(text)?.[1] ?? NaN) / 2 ** 20;
  const spaces = [...text.matchAll(/^facade_nodejs_heap_space_size_total_bytes\{space="(\w+)"\} (\S+)/gm)]
    .map(([, space, bytes]) => `${space} ${(Number(bytes) / 2 ** 20).toFixed(0)}`)
    .join(', ');
  return {
    used: value('facade_nodejs_heap_size_used_bytes'),
    total: value('facade_nodejs_heap_size_total_bytes'),
    external: value('facade_nodejs_external_memory_bytes'),
    spaces,
  };
}

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
  const rssStart = rssMiB(pid);
  const started = Date.now();
  console.log(
    `soak: ${seconds} s of mixed traffic (8 callers; goals, touch tasks, opportunities, accounting rules, quotas), facade RSS ${rssStart.toFixed(1)} MB after warm-up`,
  );
  // RSS swings by tens of MB with the collector's phase (large read answers wait for a major GC), so
  // one reading at each end says little: it is read every second and the first and last minutes compared.
  const rss: number[] = [];
  const reader = setInterval(() => rss.push(rssMiB(pid)), 1000);
  const sampler = setInterval(() => {
    void heapMb(replica.url).then((heap) =>
      console.log(
        `  ${Math.round((Date.now() - started) / 1000)} s: RSS ${rssMiB(pid).toFixed(1)} MB, heap used ${heap.used.toFixed(1)} of ${heap.total.toFixed(1)} MB, external ${heap.external.toFixed(1)} MB (spaces, MB: ${heap.spaces})`,
      ),
    );
  }, SAMPLE_MS);
  await run(started + seconds * 1000);
  clearInterval(reader);
  clearInterval(sampler);
  const rssEnd = rssMiB(pid);
  latencies.sort((a, b) => a - b);
  console.log(`  ${requests} requests (${(requests / seconds).toFixed(0)}/s), errors ${errors} (target 0)`);
  console.log(`  latency p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms`);
  console.log(`  facade RSS at start and end: ${rssStart.toFixed(1)} MB → ${rssEnd.toFixed(1)} MB (${growth(rssStart, rssEnd)})`);
  const span = Math.max(1, Math.min(60, Math.floor(rss.length / 4)));
  const first = rss.slice(0, span).sort((a, b) => a - b);
  const last = rss.slice(-span).sort((a, b) => a - b);
  const describe = (sorted: number[]) => `median ${percentile(sorted, 50).toFixed(1)}, peak ${sorted.at(-1)!.toFixed(1)} MB`;
  console.log(`  facade RSS, first ${span} s: ${describe(first)}; last ${span} s: ${describe(last)}`);
  console.log(`  growth: median ${growth(percentile(first, 50), percentile(last, 50))}, peak ${growth(first.at(-1)!, last.at(-1)!)} (target < 10%)`);
} finally {
  await replica.stop();
  await emulators.close();
}
