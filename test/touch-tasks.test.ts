import { describe, expect, it } from 'vitest';
import { TouchTasksSubmitDocument } from '../src/client/index.js';
import { harnessPerTest, tasksInput } from './support/harness.js';

const start = harnessPerTest();

describe('touchTasksSubmit', () => {
  it('answers a mixed batch per task, in order, creating only the valid tasks', async () => {
    const h = await start();
    const input = tasksInput(6);
    input.tasks[1]!.phoneNumber = null as never; // the SMS plan needs a phone: TOP refuses this task
    input.tasks[2]!.email = 'not-an-email';
    input.tasks[3]!.bizId = 'biz-0'; // same bizId as task 0
    (input.tasks[4] as Record<string, unknown>).sourceId = '12a';
    input.tasks[5]!.inputParams = { nested: { deep: [1, 2, 3] }, text: '外呼' };
    const { touchTasksSubmit } = await h.client.request(TouchTasksSubmitDocument, { input });

    expect(touchTasksSubmit.results.map((result) => result.__typename)).toEqual([
      'TouchTaskSubmitted',
      'ProviderRejected',
      'ValidationError',
      'ValidationError',
      'ValidationError',
      'TouchTaskSubmitted',
    ]);
    touchTasksSubmit.results.forEach((result, index) => expect(result.index).toBe(index));
    expect(touchTasksSubmit).toMatchObject({ succeeded: 2, failed: 4 });
    expect(touchTasksSubmit.results[1]).toMatchObject({ code: 'PROVIDER_REJECTED', providerMessage: expect.stringContaining('phone_number') });
    expect(touchTasksSubmit.results[2]).toMatchObject({ field: 'tasks[2].email' });
    expect(touchTasksSubmit.results[3]).toMatchObject({ field: 'tasks[3].bizId', message: expect.stringContaining('index 0') });
    expect(touchTasksSubmit.results[4]).toMatchObject({ field: 'tasks[4].sourceId' });
    const created = h.emulators.top.store.tasks;
    expect(created.map((task) => task.request.biz_id)).toEqual(['biz-0', 'biz-5']);
    const first = touchTasksSubmit.results[0]!;
    if (first.__typename !== 'TouchTaskSubmitted') throw new Error('unreachable');
    expect(first.taskId).toBe(String(created[0]!.taskId));
    expect(first.bizId).toBe('biz-0');
    // Parameters travel as JSON text, as TOP wants them.
    expect(JSON.parse(created[1]!.request.input_params)).toEqual({ nested: { deep: [1, 2, 3] }, text: '外呼' });
    expect(touchTasksSubmit.taskUniqueCode).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("checks each task against its plan's channel: phone for smart call, email for email", async () => {
    const h = await start();
    const tasks = tasksInput(2).tasks;
    const phoneOnly = { ...tasks[0]!, email: null };
    const emailOnly = { ...tasks[1]!, phoneNumber: null };
    const byEmail = await h.client.request(TouchTasksSubmitDocument, { input: { planId: '1003', tasks: [phoneOnly, emailOnly] } });
    expect(byEmail.touchTasksSubmit.results.map((result) => result.__typename)).toEqual(['ProviderRejected', 'TouchTaskSubmitted']);
    const byCall = await h.client.request(TouchTasksSubmitDocument, { input: { planId: '1001', tasks: [phoneOnly, emailOnly] } });
    expect(byCall.touchTasksSubmit.results.map((result) => result.__typename)).toEqual(['TouchTaskSubmitted', 'ProviderRejected']);
  });

  it('sends plan_execute_start_time in GMT+8', async () => {
    const h = await start();
    const input = tasksInput(1);
    const { touchTasksSubmit } = await h.client.request(TouchTasksSubmitDocument, {
      input: { ...input, tasks: [{ ...input.tasks[0]!, planExecuteStartTime: '2026-03-12T06:05:56Z' }] },
    });
    expect(touchTasksSubmit.succeeded).toBe(1);
    expect(h.emulators.top.store.tasks[0]!.request.plan_execute_start_time).toBe('2026-03-12 14:05:56');
  });

  it('refuses every task of an unknown plan with the provider reason', async () => {
    const h = await start();
    const { touchTasksSubmit } = await h.client.request(TouchTasksSubmitDocument, { input: tasksInput(2, { planId: '999' }) });
    for (const result of touchTasksSubmit.results) {
      expect(result).toMatchObject({ __typename: 'ProviderRejected', providerCode: 'isv.invalid-parameter', providerMessage: expect.stringContaining('999') });
    }
  });

  it('refuses a planId that is not a long, without calling TOP', async () => {
    const h = await start();
    const { touchTasksSubmit } = await h.client.request(TouchTasksSubmitDocument, { input: tasksInput(2, { planId: '12x' }) });
    for (const result of touchTasksSubmit.results) expect(result).toMatchObject({ __typename: 'ValidationError', field: 'planId' });
    expect(h.emulators.top.stats.calls).toBe(0);
  });

  it('submits 2,000 tasks in 20 calls', async () => {
    const h = await start();
    const { touchTasksSubmit } = await h.client.request(TouchTasksSubmitDocument, { input: tasksInput(2_000) });
    expect(touchTasksSubmit.succeeded).toBe(2_000);
    expect(h.emulators.top.stats.calls).toBe(20);
    expect(h.emulators.top.store.tasks).toHaveLength(2_000);
    expect(new Set(touchTasksSubmit.traceIds).size).toBe(20);
  });
});

describe('TOP signing and credentials', () => {
  for (const signMethod of ['md5', 'hmac', 'hmac-sha256'] as const) {
    it(`is accepted by the gateway with sign_method ${signMethod}`, async () => {
      const h = await start({ emulators: { top: { signMethod } } });
      const { touchTasksSubmit } = await h.client.request(TouchTasksSubmitDocument, { input: tasksInput(3) });
      expect(touchTasksSubmit.succeeded).toBe(3);
      expect(h.emulators.top.errors(25)).toBe(0);
    });
  }

  it('answers every task PROVIDER_MISCONFIGURED on a wrong app secret, naming what to check, echoing no secret', async () => {
    const h = await start({ topSecret: 'wrong-top-secret-99' });
    const response = await h.client.execute(TouchTasksSubmitDocument, { input: tasksInput(2) });
    for (const result of response.data!.touchTasksSubmit.results) {
      expect(result).toMatchObject({
        __typename: 'ProviderRejected',
        code: 'PROVIDER_MISCONFIGURED',
        providerCode: '25',
        message: expect.stringContaining('TOP_APP_SECRET'),
        retryable: false,
      });
    }
    expect(h.emulators.top.errors(25)).toBe(1); // refused once, never retried
    const text = JSON.stringify(response);
    expect(text).not.toContain('wrong-top-secret-99');
    expect(text).not.toContain(h.emulators.top.appSecret);
  });
});

describe('TOP app call quota', () => {
  it('keeps within the configured quota: well past it, TOP never answers code 7', async () => {
    const quota = { TOP_CHUNK_SIZE: '1', TOP_CALL_LIMIT: '5', TOP_CALL_WINDOW_SECONDS: '1' };
    const h = await start({ env: quota, emulators: { top: { callLimit: 5, callWindowMs: 1_000 } } });
    const started = Date.now();
    const { touchTasksSubmit } = await h.client.request(TouchTasksSubmitDocument, { input: tasksInput(12) });
    expect(touchTasksSubmit.succeeded).toBe(12);
    expect(h.emulators.top.errors(7)).toBe(0);
    expect(h.emulators.top.stats.calls).toBe(12);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2_000); // 5 + 5 + 2 calls: three windows
  });

  it('honours a ban: no call while it lasts, then the waiting tasks go through', async () => {
    // TOP allows 3 calls a second; the facade is (wrongly) configured for more, so TOP bans the app.
    const h = await start({
      env: { TOP_CHUNK_SIZE: '1', TOP_CALL_LIMIT: '100', TOP_CALL_WINDOW_SECONDS: '1' },
      emulators: { top: { callLimit: 3, callWindowMs: 1_000, banSeconds: 2 } },
    });
    const started = Date.now();
    const { touchTasksSubmit } = await h.client.request(TouchTasksSubmitDocument, { input: tasksInput(6) });
    expect(touchTasksSubmit.succeeded).toBe(6);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_900);
    // The three calls in flight when the ban began were answered code 7; nothing else was sent during it.
    expect(h.emulators.top.errors(7)).toBe(3);
    expect(h.emulators.top.stats.calls).toBe(9);
  });

  it('answers QuotaExhausted with the ban end when the ban outlasts the deadline, sending nothing more', async () => {
    const h = await start({
      env: { TOP_CHUNK_SIZE: '1', TOP_CALL_LIMIT: '100', TOP_CALL_WINDOW_SECONDS: '1', REQUEST_DEADLINE_MS: '1000' },
      emulators: { top: { callLimit: 1, callWindowMs: 1_000, banSeconds: 30 } },
    });
    const first = await h.client.request(TouchTasksSubmitDocument, { input: tasksInput(2) });
    expect(first.touchTasksSubmit.results.map((result) => result.__typename).sort()).toEqual(['QuotaExhausted', 'TouchTaskSubmitted']);
    const callsAfterBan = h.emulators.top.stats.calls;
    const second = await h.client.request(TouchTasksSubmitDocument, { input: tasksInput(1, { prefix: 'later' }) });
    const result = second.touchTasksSubmit.results[0]!;
    if (result.__typename !== 'QuotaExhausted') throw new Error(`expected QuotaExhausted, got ${result.__typename}`);
    expect(Date.parse(result.retryAfter) - Date.now()).toBeGreaterThan(25_000);
    expect(h.emulators.top.stats.calls).toBe(callsAfterBan);
  });
});

describe('TOP idempotency', () => {
  it('resubmitting after lost answers creates no duplicate task', async () => {
    const h = await start({ env: { TOP_CHUNK_SIZE: '2', PROVIDER_RETRY_ATTEMPTS: '1' } });
    h.emulators.top.setFaults({ errorRate: 1, kinds: ['drop-after'] });
    const input = tasksInput(4);
    const lost = await h.client.request(TouchTasksSubmitDocument, { input });
    for (const result of lost.touchTasksSubmit.results) expect(result).toMatchObject({ __typename: 'OutcomeUnknown', retryable: true });
    expect(h.emulators.top.store.tasks).toHaveLength(4); // applied, answers lost

    h.emulators.top.setFaults({});
    const again = await h.client.request(TouchTasksSubmitDocument, { input: { ...input, taskUniqueCode: lost.touchTasksSubmit.taskUniqueCode } });
    expect(again.touchTasksSubmit.succeeded).toBe(4);
    expect(h.emulators.top.store.tasks).toHaveLength(4);
    const ids = again.touchTasksSubmit.results.map((result) => (result.__typename === 'TouchTaskSubmitted' ? result.taskId : ''));
    expect(ids).toEqual(h.emulators.top.store.tasks.map((task) => String(task.taskId)));
  });

  it('retries a chunk whose answer was lost by itself, without duplicates', async () => {
    const h = await start({ env: { TOP_CHUNK_SIZE: '5' } });
    h.emulators.top.setFaults({ errorRate: 0.5, kinds: ['drop-after', 'malformed-after', 'http-500'], seed: 3 });
    const { touchTasksSubmit } = await h.client.request(TouchTasksSubmitDocument, { input: tasksInput(50) });
    const stored = h.emulators.top.store.tasks;
    expect(new Set(stored.map((task) => task.request.biz_id)).size).toBe(stored.length);
    for (const result of touchTasksSubmit.results) {
      if (result.__typename === 'TouchTaskSubmitted') expect(stored.some((task) => String(task.taskId) === result.taskId)).toBe(true);
    }
    expect(touchTasksSubmit.succeeded).toBeGreaterThan(0);
    expect(h.emulators.top.stats.calls).toBeGreaterThan(10);
  });

  it('refuses tasks whose taskUniqueCode TOP already holds for other tasks', async () => {
    const h = await start();
    await h.client.request(TouchTasksSubmitDocument, { input: tasksInput(2, { taskUniqueCode: 'campaign-42' }) });
    const { touchTasksSubmit } = await h.client.request(TouchTasksSubmitDocument, {
      input: tasksInput(2, { taskUniqueCode: 'campaign-42', prefix: 'other' }),
    });
    for (const result of touchTasksSubmit.results) expect(result).toMatchObject({ __typename: 'ProviderRejected', providerCode: 'TASK_UNIQUE_CODE_REUSED' });
    expect(h.emulators.top.store.tasks).toHaveLength(2);
  });
});
