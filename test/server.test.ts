import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFacadeClient, GoalsUpsertDocument } from '../src/client/index.js';
import { goalsInput, type Harness, startHarness } from './support/harness.js';
import { startReplica } from './support/replica.js';

describe('HTTP surface', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness.close());

  it('answers /healthz and /readyz', async () => {
    const base = harness.facade.url.replace('/graphql', '');
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
  });

  it('serves Apollo Sandbox to a browser on GET /graphql, with an example operation', async () => {
    const page = await fetch(harness.facade.url, { headers: { accept: 'text/html' } });
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('embeddable-sandbox');
    expect(html).toContain('goalsUpsert');
  });

  it('answers queries sent with GET', async () => {
    const url = `${harness.facade.url}?query=${encodeURIComponent('{ __typename }')}`;
    const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it("answers a body Fastify refuses (a __proto__ key) in GraphQL's error shape", async () => {
    const response = await fetch(harness.facade.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __typename }","variables":{"a":{"__proto__":{}}}}',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
  });

  it("tells each answer the facade's own time in a Server-Timing header", async () => {
    const response = await fetch(harness.facade.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    const duration = Number(/^facade;dur=(\d+\.\d\d)$/.exec(response.headers.get('server-timing') ?? '')?.[1]);
    expect(duration).toBeGreaterThanOrEqual(0);
  });
});

describe('graceful shutdown', () => {
  it('finishes a mutation in flight before closing, and stops being ready', async () => {
    const harness = await startHarness({ emulators: { lingxing: { faults: { latencyMs: 400 } } } });
    const base = harness.facade.url.replace('/graphql', '');
    const inFlight = harness.client.request(GoalsUpsertDocument, { input: goalsInput([119_001]) });
    await new Promise((resolve) => setTimeout(resolve, 150));
    const closing = harness.facade.close();
    const readyWhileClosing = await fetch(`${base}/readyz`).then(
      (response) => response.status,
      () => 'refused',
    );
    const { goalsUpsert } = await inFlight;
    await closing;
    await harness.emulators.close();
    expect(goalsUpsert.results[0]?.__typename).toBe('GoalWritten');
    expect([503, 'refused']).toContain(readyWhileClosing);
  });

  it('exits 0 on SIGTERM in production after serving, with the emulators started by main.ts', async () => {
    // In production Apollo would also catch SIGTERM; two owners of the signal left the process hanging.
    const replica = await startReplica({ PROVIDERS: 'emulated', NODE_ENV: 'production' });
    const { goalsUpsert } = await createFacadeClient({ url: replica.url }).request(GoalsUpsertDocument, { input: goalsInput([119_002]) });
    expect(goalsUpsert.succeeded).toBe(1);
    const exited = once(replica.process, 'exit');
    replica.process.kill('SIGTERM');
    const [code] = await exited;
    expect(code).toBe(0);
    expect(replica.logs.some((line) => String(line.msg).startsWith('SIGTERM'))).toBe(true);
  });
});
