import { randomUUID } from 'node:crypto';
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { Redis } from 'ioredis';
import { createFacadeClient, GoalsUpsertDocument, GoalsUpsertJobStartDocument } from './src/client/index.js';
import { startEmulators } from './src/emulators.js';
import { goalsInput } from './test/support/harness.js';
import { deleteKeys } from './test/support/redis.js';
import { liveEnv, startReplica } from './test/support/replica.js';
const REDIS_URL = 'redis://127.0.0.1:6379';
const GOALS = 100_000;
const uids = (count: number) => Array.from({ length: count }, (_, i) => 100_001 + i);
const emulators = await startEmulators({ lingxing: { userCount: GOALS } });
emulators.lingxing.setFaults({ latencyMs: 100 });
const prefix = `count-${randomUUID()}:`;
const redis = new Redis(REDIS_URL);
const facade = await startReplica({ ...liveEnv(emulators), NODE_ENV: 'production', LOG_LEVEL: 'info', REDIS_URL, REDIS_KEY_PREFIX: prefix }, 'build');
const client = createFacadeClient({ url: facade.url });
const phase = process.argv[2] ?? 'job';
for (let w = 0; w < Number(process.env.WARM ?? 0); w++) for (let part = 0; part < 10; part++) await client.request(GoalsUpsertDocument, { input: goalsInput(uids(GOALS).slice(part * 10_000, (part + 1) * 10_000)) });
const mon = process.env.MON ? spawn('redis-cli', ['monitor']) : undefined; if (mon) mon.stdout.pipe(createWriteStream('/tmp/mon.txt'));
await new Promise((r) => setTimeout(r, 500));
if (phase === 'inline') for (let part = 0; part < 10; part++) await client.request(GoalsUpsertDocument, { input: goalsInput(uids(GOALS).slice(part * 10_000, (part + 1) * 10_000)) });
else {
const input = goalsInput(uids(GOALS));
const upload = await fetch(facade.url.replace(/\/graphql$/, '/uploads'), { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: input.goals.map((g) => JSON.stringify(g)).join('\n') }).then((r) => r.json() as Promise<{ uploadId: string }>);
const { goalsUpsertJobStart: job } = await client.request(GoalsUpsertJobStartDocument, { input: { ...input, goals: [] }, uploadId: upload.uploadId });
for (;;) { const r = (await client.request('query P($id: ID!) { bulkJob(id: $id) { state } }', { id: job.id })) as { bulkJob: { state: string } }; if (r.bulkJob.state === 'COMPLETED') break; await new Promise((r) => setTimeout(r, 250)); }
}
await new Promise((r) => setTimeout(r, 500));
mon?.kill();
await facade.stop(); await emulators.close(); await deleteKeys(prefix); redis.disconnect();
