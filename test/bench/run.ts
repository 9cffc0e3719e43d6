import { randomBytes } from 'node:crypto';
import { print } from 'graphql';
import { Pool, request } from 'undici';
import { GoalsDocument, GoalsUpsertDocument } from '../../src/client/index.js';
import { signLingxing } from '../../src/providers/lingxing/signing.js';
import { PATHS } from '../../src/providers/lingxing/wire.js';
import { cpuMs, freePort, percentile, startProcess } from './processes.js';

/**
 * `npm run bench`: the built facade (own process, NODE_ENV=production, PROVIDERS=live) against
 * the LingXing emulator (own process). Prints figures; asserts nothing.
 */
const appId = 'ak_benchmark0001';
const appSecret = randomBytes(16).toString('hex');
const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
const credentials = { LINGXING_APP_ID: appId, LINGXING_APP_SECRET: appSecret };
const LATENCY_SAMPLES = 2_000;
const THROUGHPUT_REQUESTS = 4_000;
const CONCURRENCY = 8; // under LingXing's bucket of 10, so the direct calls are never refused
const BATCH = 10_000;

const emulator = await startProcess('dist/cli/emulators.js', credentials, (out) => /LingXing emulator at (\S+)/.exec(out)?.[1]);
const emulatorUrl = emulator.value;
const port = await freePort();
const facadeUrl = `http://127.0.0.1:${port}/graphql`;
const facade = await startProcess(
  'dist/main.js',
  {
    ...credentials,
    PROVIDERS: 'live',
    LINGXING_BASE_URL: emulatorUrl,
    PORT: String(port),
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
  },
  async () => (await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false)) || undefined,
  // e.g. BENCH_FACADE_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the facade.
  process.env.BENCH_FACADE_NODE_ARGS?.split(' ').filter(Boolean),
);

const facadePool = new Pool(`http://127.0.0.1:${port}`, { connections: CONCURRENCY });
const emulatorPool = new Pool(emulatorUrl, { connections: CONCURRENCY });

async function graphqlCall(document: Parameters<typeof print>[0], variables: unknown): Promise<unknown> {
  const response = await facadePool.request({
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.body.json()) as { data?: unknown; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const tokenAnswer = await request(`${emulatorUrl}${PATHS.accessToken}`, {
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams({ appId, appSecret }).toString(),
});
const accessToken = ((await tokenAnswer.body.json()) as { data: { access_token: string } }).data.access_token;

/** The same read the facade makes, sent straight to the emulator: sign, POST, parse. */
async function directSelect(): Promise<unknown> {
  const body = { assessType: 1, assessYear: year };
  const query = { access_token: accessToken, app_key: appId, timestamp: String(Math.floor(Date.now() / 1000)) };
  const sign = signLingxing({ ...body, ...query }, appId);
  const response = await emulatorPool.request({
    method: 'POST',
    path: `${PATHS.batchSelect}?${new URLSearchParams({ ...query, sign })}`,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await response.body.json()) as { code: unknown };
  if (json.code !== 1) throw new Error(`direct call refused: ${JSON.stringify(json)}`);
  return json;
}

const facadeSelect = () => graphqlCall(GoalsDocument, { year, assessType: 'SALES_AMOUNT' });

async function latency(call: () => Promise<unknown>): Promise<{ p50: number; p99: number }> {
  for (let i = 0; i < 200; i++) await call();
  const samples: number[] = [];
  for (let i = 0; i < LATENCY_SAMPLES; i++) {
    const start = performance.now();
    await call();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

async function throughput(call: () => Promise<unknown>): Promise<number> {
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < THROUGHPUT_REQUESTS) await call();
    }),
  );
  return THROUGHPUT_REQUESTS / ((performance.now() - start) / 1000);
}

const admin = (path: string, method: 'GET' | 'PUT' | 'POST', body?: unknown) =>
  request(`${emulatorUrl}/__emulator/${path}`, {
    method,
    ...(body ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}),
  }).then((response) => response.body.json() as Promise<Record<string, Record<string, number>>>);

const goals = (count: number, first: number) =>
  Array.from({ length: count }, (_, i) => ({ uid: first + i, monthlyValues: Array.from({ length: 12 }, (_, m) => 1000 + m + i) }));

// `npm run bench -- upsert` runs only that part (handy with BENCH_FACADE_NODE_ARGS profiling).
const only = process.argv[2];

// 1. A goals read: facade vs direct.
await graphqlCall(GoalsUpsertDocument, { input: { year, assessType: 'SALES_AMOUNT', currency: 'CNY', goals: goals(200, 100_001) } });
const direct = only === 'upsert' ? undefined : { ...(await latency(directSelect)), rps: await throughput(directSelect) };
const viaFacade = only === 'upsert' ? undefined : { ...(await latency(facadeSelect)), rps: await throughput(facadeSelect) };

// 2. A 10,000-goal upsert: facade CPU per item, and the bucket's use under a 20 ms provider.
await admin('faults', 'PUT', { latencyMs: 20 });
const runs: { cpuPerItemUs: number; wallMs: number; utilisation: number; refused: number }[] = [];
for (let run = 0; run < 3; run++) {
  await admin('reset', 'POST');
  const cpuBefore = cpuMs(facade.child.pid!);
  const start = performance.now();
  const data = (await graphqlCall(GoalsUpsertDocument, {
    input: { year, assessType: 'SALES_AMOUNT', currency: 'CNY', goals: goals(BATCH, 100_001) },
  })) as { goalsUpsert: { succeeded: number } };
  const wallMs = performance.now() - start;
  const cpu = cpuMs(facade.child.pid!) - cpuBefore;
  if (data.goalsUpsert.succeeded !== BATCH) throw new Error(`only ${data.goalsUpsert.succeeded} of ${BATCH} succeeded`);
  const stats = await admin('stats', 'GET');
  const area = stats.inFlightArea?.[PATHS.batchOperate] ?? 0;
  const span = stats.inFlightSpan?.[PATHS.batchOperate] ?? wallMs;
  runs.push({
    cpuPerItemUs: (cpu * 1000) / BATCH,
    wallMs,
    utilisation: area / (10 * span),
    refused: stats.refusals?.['3001008'] ?? 0,
  });
}
runs.sort((a, b) => a.cpuPerItemUs - b.cpuPerItemUs);
const median = runs[1]!;

const f = (n: number, digits = 2) => n.toFixed(digits);
if (direct && viaFacade) {
console.log('\nLingXing goals read (200 rows), sequential latency and throughput at concurrency', CONCURRENCY);
console.log(`  direct to emulator  p50 ${f(direct.p50)} ms  p99 ${f(direct.p99)} ms  ${f(direct.rps, 0)} req/s`);
console.log(`  through the facade  p50 ${f(viaFacade.p50)} ms  p99 ${f(viaFacade.p99)} ms  ${f(viaFacade.rps, 0)} req/s`);
console.log(
  `  facade overhead     p50 +${f(viaFacade.p50 - direct.p50)} ms (target ≤ 1 ms)  ratio ${f(viaFacade.p50 / direct.p50)}× p50, ${f(direct.rps / viaFacade.rps)}× req/s`,
);
}
console.log(`\ngoalsUpsert of ${BATCH} goals (chunks of 100, provider latency 20 ms), median of 3 runs`);
console.log(`  facade CPU per item ${f(median.cpuPerItemUs, 1)} µs (target ≤ 20 µs; /proc resolution 10 ms = ${f(10_000 / BATCH, 1)} µs/item)`);
console.log(`  wall time ${f(median.wallMs, 0)} ms; ideal ${f((BATCH / 100 / 10) * 20, 0)} ms (100 calls, 10 in flight, 20 ms each)`);
console.log(`  in-flight bucket used ${f(median.utilisation * 100, 1)}% of 10 over the mutation (target ≥ 90%), 3001008 answers: ${median.refused}`);

await facadePool.close();
await emulatorPool.close();
facade.child.kill('SIGTERM');
emulator.child.kill('SIGTERM');
