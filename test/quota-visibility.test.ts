import { describe, expect, it } from 'vitest';
import { AccountingRulesSyncDocument, createFacadeClient, GoalsUpsertDocument, ProviderQuotasDocument } from '../src/client/index.js';
import { DEADLINE_HEADER } from '../src/server.js';
import { goalsInput, harnessPerTest, rule, thisYear } from './support/harness.js';

const start = harnessPerTest();
const HOUR = 3_600_000;

describe('providerQuotas', () => {
  it('reports every limit from the ledger the calls use: capacity, use, when it frees, and bans', async () => {
    const h = await start();
    await h.client.request(AccountingRulesSyncDocument, { input: { rules: [rule(1)] } });
    const synced = Date.now();
    const topGate = h.facade.quotas.all().find(({ provider }) => provider === 'top')!.gate;
    const bannedUntil = Date.now() + 30_000;
    await topGate.ban(bannedUntil);

    const { providerQuotas } = await h.client.request(ProviderQuotasDocument);
    expect(providerQuotas.map((quota) => quota.provider)).toEqual(['LINGXING', 'TOP', 'CRM', 'CLOUDPENSE']);
    for (const quota of providerQuotas) expect(quota.ledger).toBe('MEMORY');

    const cloudpense = providerQuotas.find((quota) => quota.provider === 'CLOUDPENSE')!;
    const hour = cloudpense.limits.find((limit) => limit.periodSeconds === 3600)!;
    expect(hour).toMatchObject({ kind: 'ROLLING_WINDOW', capacity: 50, used: 1, remaining: 49 });
    expect(Date.parse(hour.resetsAt!)).toBeGreaterThan(synced - 1_000 + HOUR);
    expect(Date.parse(hour.resetsAt!)).toBeLessThanOrEqual(synced + HOUR);
    expect(cloudpense.limits.find((limit) => limit.periodSeconds === 86_400)).toMatchObject({ capacity: 150, used: 1, remaining: 149 });

    const lingxing = providerQuotas.find((quota) => quota.provider === 'LINGXING')!;
    const batchOperate = lingxing.limits.find((limit) => limit.appliesTo.endsWith('/batchOperate'))!;
    expect(batchOperate).toMatchObject({ kind: 'IN_FLIGHT', capacity: 10, used: 0, remaining: 10, nextFreeAt: null, resetsAt: null });

    const top = providerQuotas.find((quota) => quota.provider === 'TOP')!;
    expect(Date.parse(top.bannedUntil!)).toBe(bannedUntil);
    expect(top.limits[0]).toMatchObject({ kind: 'ROLLING_WINDOW', capacity: 100, used: 0 });
  });
});

describe('admission', () => {
  it('lets a client give a request less time with the x-deadline-ms header, and refuses a malformed one or one above the maximum', async () => {
    const h = await start({ env: { LINGXING_MAX_IN_FLIGHT: '1' }, emulators: { lingxing: { faults: { latencyMs: 1_500 } } } });
    const holding = h.client.request(GoalsUpsertDocument, { input: goalsInput([100_001]) });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = Date.now();
    const hurried = await h.client.execute(GoalsUpsertDocument, { input: goalsInput([100_002]) });
    const patientMs = Date.now() - started; // the default deadline waits for the slot
    expect(hurried.data?.goalsUpsert.results[0]?.__typename).toBe('GoalWritten');
    expect(patientMs).toBeGreaterThan(1_000);

    const blocker = h.client.request(GoalsUpsertDocument, { input: goalsInput([100_003]) });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const hurriedStart = Date.now();
    const quick = createFacadeClient({ url: h.facade.url, headers: { [DEADLINE_HEADER]: '300' } });
    const answered = await quick.request(GoalsUpsertDocument, { input: goalsInput([100_004]) });
    // The only slot was busy for the whole 300 ms: the deadline ran out, not the quota.
    expect(answered.goalsUpsert.results[0]).toMatchObject({ __typename: 'DeadlineExceeded', code: 'DEADLINE_EXCEEDED', retryable: true, deadlineMs: 300 });
    expect(Date.now() - hurriedStart).toBeLessThan(1_000);

    for (const header of ['soon', '10001']) {
      const refused = await createFacadeClient({ url: h.facade.url, headers: { [DEADLINE_HEADER]: header } }).execute(GoalsUpsertDocument, {
        input: goalsInput([100_005]),
      });
      expect(refused.status).toBe(400);
      expect(refused.errors?.[0]?.message).toBe(`${DEADLINE_HEADER} must be a whole number of milliseconds from 1 to 10000`);
    }
    expect(h.lingxing.store.get(thisYear, 1, 100_005)).toBeUndefined();
    await Promise.all([holding, blocker]);
  });

  it('answers QuotaExhausted at once past the bound of the waiting queue instead of piling up', async () => {
    const h = await start({
      env: { LINGXING_MAX_IN_FLIGHT: '1', LINGXING_CHUNK_SIZE: '1', QUOTA_MAX_WAITING: '3' },
      emulators: { lingxing: { faults: { latencyMs: 400 } } },
    });
    // Six calls of one goal: one in flight, two waiting (the queue of 3 counts the one at its head), three refused at once.
    const { goalsUpsert } = await h.client.request(GoalsUpsertDocument, { input: goalsInput([100_011, 100_012, 100_013, 100_014, 100_015, 100_016]) });
    const types = goalsUpsert.results.map((result) => result.__typename);
    expect(types.filter((type) => type === 'GoalWritten')).toHaveLength(3);
    expect(types.filter((type) => type === 'QuotaExhausted')).toHaveLength(3);
    expect(h.lingxing.stats.calls.get('/bd/goal/management/open/user/batchOperate')).toBe(3);
  });
});

describe('/metrics', () => {
  it('exposes provider calls, latencies, item outcomes, quota use and the ledger mode in Prometheus format', async () => {
    const h = await start();
    const input = goalsInput([100_021, 100_022, 100_023]);
    input.goals[1]!.monthlyValues = [1, 2, 3]; // not 12 values: a ValidationError
    await h.client.request(GoalsUpsertDocument, { input });
    const response = await fetch(h.facade.url.replace('/graphql', '/metrics'));
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/facade_provider_calls_total\{provider="lingxing",operation="batchOperate",outcome="ok"\} 1\n/);
    expect(text).toMatch(/facade_provider_call_duration_seconds_count\{provider="lingxing",operation="batchOperate"\} 1\n/);
    expect(text).toMatch(/facade_item_outcomes_total\{operation="goalsUpsert",result="GoalWritten"\} 2\n/);
    expect(text).toMatch(/facade_item_outcomes_total\{operation="goalsUpsert",result="ValidationError"\} 1\n/);
    // The limit is named by its kind and period, never by its ledger key (which carries the client id).
    expect(text).toMatch(/facade_quota_remaining\{provider="cloudpense",policy="CloudPense batch quota",limit="window 3600s"\} 50\n/);
    expect(text).toMatch(/facade_quota_waiting\{provider="lingxing",policy="lingxing \/bd\/goal\/management\/open\/user\/batchOperate"\} 0\n/);
    expect(text).toMatch(/facade_quota_ledger_mode\{mode="memory"\} 1\n/);
    expect(text).toMatch(/facade_quota_ledger_mode\{mode="redis"\} 0\n/);
  });
});
