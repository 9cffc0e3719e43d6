import { describe, expect, it } from 'vitest';
import {
  AccountingRulesDocument,
  AccountingRulesSyncDocument,
  createFacadeClient,
  GoalsDocument,
  GoalsUpsertDocument,
  OpportunityUpdateDocument,
  TouchTasksSubmitDocument,
} from '../src/client/index.js';
import { parseGmt8 } from '../src/core/gmt8.js';
import { DEADLINE_HEADER } from '../src/server.js';
import { PATHS } from '../src/providers/lingxing/wire.js';
import { calls, goalsInput, harnessPerTest, rules, tasksInput, thisYear } from './support/harness.js';

// Defects found by running the facade against provider servers written from the providers' pages,
// each reproduced here against an emulator set to behave the way the real provider may.
const start = harnessPerTest();

describe('base URLs keep their path', () => {
  for (const slash of ['', '/']) {
    it(`serves every provider from under a tenant path${slash ? ', given with a trailing slash' : ''}`, async () => {
      const h = await start({
        emulators: { pathPrefix: '/tenant-x' },
        connections: ({ lingxing, top, crm, cloudpense }) => ({
          lingxing: { ...lingxing, baseUrl: `${lingxing.baseUrl}${slash}` },
          top,
          crm: { ...crm, baseUrl: `${crm.baseUrl}${slash}` },
          cloudpense: { ...cloudpense, baseUrl: `${cloudpense.baseUrl}${slash}` },
        }),
      });
      expect(h.emulators.connections.cloudpense.baseUrl).toMatch(/\/tenant-x$/);
      const goals = await h.client.request(GoalsUpsertDocument, { input: goalsInput([109_001]) });
      expect(goals.goalsUpsert.results[0]?.__typename).toBe('GoalWritten');
      const read = await h.client.request(GoalsDocument, { year: thisYear, assessType: 'SALES_AMOUNT' });
      expect(read.goals.map((goal) => goal.uid)).toContain(109_001);
      const tasks = await h.client.request(TouchTasksSubmitDocument, { input: tasksInput(2) });
      expect(tasks.touchTasksSubmit.succeeded).toBe(2);
      const opportunity = await h.client.request(OpportunityUpdateDocument, { input: { opportunityCode: 'OPP-20260401-001', amount: 5 } });
      expect(opportunity.opportunityUpdate.__typename).toBe('OpportunityUpdated');
      const synced = await h.client.request(AccountingRulesSyncDocument, { input: { rules: rules(3) } });
      expect(synced.accountingRulesSync.succeeded).toBe(3);
      const page = await h.client.request(AccountingRulesDocument, {});
      expect(page.accountingRules.totalCount).toBe(3);
    });
  }

  it('names the base URL setting when a provider serves nothing at the path the facade calls', async () => {
    // The tenant path left out of every base URL: each provider answers 404, and nothing was applied.
    const h = await start({
      emulators: { pathPrefix: '/tenant-x' },
      connections: ({ lingxing, top, crm, cloudpense }) => ({
        lingxing: { ...lingxing, baseUrl: lingxing.baseUrl.replace('/tenant-x', '') },
        top: { ...top, gatewayUrl: top.gatewayUrl.replace('/tenant-x', '') },
        crm: { ...crm, baseUrl: crm.baseUrl.replace('/tenant-x', '') },
        cloudpense: { ...cloudpense, baseUrl: cloudpense.baseUrl.replace('/tenant-x', '') },
      }),
    });
    const misconfigured = (setting: string) => ({ __typename: 'ProviderRejected', code: 'PROVIDER_MISCONFIGURED', message: expect.stringContaining(setting) });
    const goals = await h.client.request(GoalsUpsertDocument, { input: goalsInput([109_003]) });
    expect(goals.goalsUpsert.results[0]).toMatchObject(misconfigured('LINGXING_BASE_URL'));
    const tasks = await h.client.request(TouchTasksSubmitDocument, { input: tasksInput(1) });
    expect(tasks.touchTasksSubmit.results[0]).toMatchObject(misconfigured('TOP_GATEWAY_URL'));
    const opportunity = await h.client.request(OpportunityUpdateDocument, { input: { opportunityCode: 'OPP-20260401-001', amount: 5 } });
    expect(opportunity.opportunityUpdate).toMatchObject(misconfigured('CRM_BASE_URL'));
    const { accountingRulesSync } = await h.client.request(AccountingRulesSyncDocument, { input: { rules: rules(2) } });
    for (const result of accountingRulesSync.results) expect(result).toMatchObject(misconfigured('CLOUDPENSE_BASE_URL'));
    const read = await h.client.execute(GoalsDocument, { year: thisYear, assessType: 'SALES_AMOUNT' });
    expect(read.errors?.[0]).toMatchObject({ extensions: { code: 'PROVIDER_MISCONFIGURED' }, message: expect.stringContaining('LINGXING_BASE_URL') });
  });
});

describe('a TOP replay', () => {
  it('answers TASK_UNIQUE_CODE_REUSED for tasks without a bizId that differ from the batch TOP holds under the code', async () => {
    const h = await start();
    const withoutBizIds = (prefix: string) => ({
      ...tasksInput(3, { taskUniqueCode: 'replay-1' }),
      tasks: tasksInput(3).tasks.map((task, i) => ({ ...task, bizId: null, inputParams: { name: `${prefix} ${i}` } })),
    });
    const first = await h.client.request(TouchTasksSubmitDocument, { input: withoutBizIds('Alice') });
    expect(first.touchTasksSubmit.succeeded).toBe(3);
    const other = await h.client.request(TouchTasksSubmitDocument, { input: withoutBizIds('Bob') });
    for (const result of other.touchTasksSubmit.results) {
      expect(result).toMatchObject({ __typename: 'ProviderRejected', code: 'PROVIDER_REJECTED', providerCode: 'TASK_UNIQUE_CODE_REUSED' });
    }
    // The same tasks again are TOP's own replay: the same task ids, nothing created twice.
    const same = await h.client.request(TouchTasksSubmitDocument, { input: withoutBizIds('Alice') });
    const ids = (payload: typeof first) =>
      payload.touchTasksSubmit.results.map((result) => (result.__typename === 'TouchTaskSubmitted' ? result.taskId : result.__typename));
    expect(ids(same)).toEqual(ids(first));
    expect(h.emulators.top.store.tasks).toHaveLength(3);
  });
});

describe('a refused access token', () => {
  it('is renewed once and the call resent, whatever 401-class code CloudPense uses, and for HTTP 401', async () => {
    for (const emulator of [{ tokenInvalidResCode: 401_777 }, { tokenRefusalHttpStatus: 401 }]) {
      const h = await start({ emulators: { cloudpense: emulator } });
      await h.client.request(AccountingRulesSyncDocument, { input: { rules: rules(1) } });
      h.emulators.cloudpense.expireTokens();
      const { accountingRulesSync } = await h.client.request(AccountingRulesSyncDocument, { input: { rules: rules(2, 10) } });
      expect(accountingRulesSync.results.map((result) => result.__typename)).toEqual(['AccountingRuleSynced', 'AccountingRuleSynced']);
      expect(h.emulators.cloudpense.stats).toMatchObject({ tokenCalls: 2, tokensRefused: 1, batchCalls: 3 });
      await h.close();
    }
  });

  it('answers PROVIDER_MISCONFIGURED naming the credentials when a new token is refused too, after one resend', async () => {
    const cloudpense = await start({ emulators: { cloudpense: { refuseAccessTokens: true } } });
    const synced = await cloudpense.client.request(AccountingRulesSyncDocument, { input: { rules: rules(2) } });
    for (const result of synced.accountingRulesSync.results) {
      expect(result).toMatchObject({ code: 'PROVIDER_MISCONFIGURED', message: expect.stringContaining('CLOUDPENSE_CLIENT_ID and CLOUDPENSE_CLIENT_SECRET') });
    }
    expect(cloudpense.emulators.cloudpense.stats).toMatchObject({ tokenCalls: 2, batchCalls: 2 });
    await cloudpense.close();

    const lingxing = await start({ emulators: { lingxing: { refuseAccessTokens: true } } });
    const written = await lingxing.client.request(GoalsUpsertDocument, { input: goalsInput([109_002]) });
    expect(written.goalsUpsert.results[0]).toMatchObject({
      code: 'PROVIDER_MISCONFIGURED',
      providerCode: '2001005',
      message: expect.stringContaining('LINGXING_APP_ID'),
    });
    expect(calls(lingxing, PATHS.accessToken)).toBe(2);
    expect(calls(lingxing, PATHS.batchOperate)).toBe(2);
  });
});

describe('a CloudPense that refuses a repeated bizId', () => {
  it('still syncs a resend after a lost answer, and a resubmitted sync', async () => {
    const h = await start({ emulators: { cloudpense: { repeatedBizId: 'refuse', faults: { errorRate: 1, kinds: ['drop-after'], limit: 1 } } } });
    const first = await h.client.request(AccountingRulesSyncDocument, { input: { syncId: 'migration-7', rules: rules(3) } });
    expect(first.accountingRulesSync.results.map((result) => result.__typename)).toEqual([
      'AccountingRuleSynced',
      'AccountingRuleSynced',
      'AccountingRuleSynced',
    ]);
    expect(h.emulators.cloudpense.faultsInjected).toBe(1);
    const again = await h.client.request(AccountingRulesSyncDocument, { input: { syncId: 'migration-7', rules: rules(3) } });
    expect(again.accountingRulesSync.succeeded).toBe(3);
    expect(h.emulators.cloudpense.rules.size).toBe(3);
  });
});

describe('reads of a row format nobody documents', () => {
  it('reads last_update_date as GMT+8 text, epoch milliseconds, epoch seconds or ISO 8601, to the same instant', async () => {
    for (const lastUpdateDate of ['gmt8-text', 'epoch-ms', 'epoch-s', 'iso-8601'] as const) {
      const h = await start({ emulators: { cloudpense: { lastUpdateDate } } });
      await h.client.request(AccountingRulesSyncDocument, { input: { rules: rules(2) } });
      const stored = parseGmt8(h.emulators.cloudpense.rules.get('R-00000')!.last_update_date)!;
      const { accountingRules } = await h.client.request(AccountingRulesDocument, {});
      expect(accountingRules.items.map((rule) => rule.updatedAt)).toEqual([new Date(stored).toISOString(), expect.any(String)]);
      await h.close();
    }
  });

  it('fails only the field it cannot read: the page and every other field are answered', async () => {
    const h = await start({ emulators: { cloudpense: { lastUpdateDate: 'unreadable' } } });
    await h.client.request(AccountingRulesSyncDocument, { input: { rules: rules(3) } });
    const response = await h.client.execute(AccountingRulesDocument, {});
    expect(response.status).toBe(200);
    const items = response.data!.accountingRules.items;
    expect(items.map((rule) => [rule.code, rule.accountCode, rule.updatedAt])).toEqual([
      ['R-00000', '540101', null],
      ['R-00001', '540101', null],
      ['R-00002', '540101', null],
    ]);
    expect(response.errors?.map((error) => error.path)).toEqual([0, 1, 2].map((i) => ['accountingRules', 'items', i, 'updatedAt']));
    expect(response.errors?.[0]?.message).toContain('last_update_date');
  });

  it('never counts an unreadable answer towards opening the circuit', async () => {
    const h = await start({
      env: { BREAKER_FAILURES: '2', PROVIDER_RETRY_ATTEMPTS: '1' },
      emulators: { cloudpense: { faults: { errorRate: 1, kinds: ['malformed-after'], limit: 3 } } },
    });
    for (let n = 0; n < 3; n++) {
      // Applied, its answer unreadable: the facade reads the rule back (through a circuit still closed) and answers it synced.
      const { accountingRulesSync } = await h.client.request(AccountingRulesSyncDocument, { input: { rules: rules(1, n) } });
      expect(accountingRulesSync.results[0]?.__typename).toBe('AccountingRuleSynced');
    }
    expect(h.emulators.cloudpense.faultsInjected).toBe(3);
    const { accountingRulesSync } = await h.client.request(AccountingRulesSyncDocument, { input: { rules: rules(1, 10) } });
    expect(accountingRulesSync.results[0]?.__typename).toBe('AccountingRuleSynced');
  });
});

describe('a batch TOP refuses whole for one task', () => {
  it('is split until only that task fails, as ProviderRejected, and every other task is submitted', async () => {
    const h = await start({ emulators: { top: { refuseBatchForOneTask: true } } });
    const input = tasksInput(100);
    // Plan 1002 reaches people by SMS: this task has no phone, which only TOP knows it needs.
    input.tasks[37] = { ...input.tasks[37]!, phoneNumber: null as unknown as string };
    const { touchTasksSubmit } = await h.client.request(TouchTasksSubmitDocument, { input });
    expect(touchTasksSubmit.succeeded).toBe(99);
    expect(touchTasksSubmit.results[37]).toMatchObject({ __typename: 'ProviderRejected', code: 'PROVIDER_REJECTED', providerCode: 'isv.missing-parameter' });
    expect(h.emulators.top.store.tasks).toHaveLength(99);
    // One call of 100, then two per halving on the way to task 37 (50, 25, 13, 6, 3, 1).
    expect(h.emulators.top.stats.calls).toBe(13);

    // Resubmitted, the split calls map onto the same task_unique_codes: nothing is created twice.
    const again = await h.client.request(TouchTasksSubmitDocument, { input: { ...input, taskUniqueCode: touchTasksSubmit.taskUniqueCode } });
    expect(again.touchTasksSubmit.succeeded).toBe(99);
    expect(h.emulators.top.store.tasks).toHaveLength(99);
  });
});

describe('deadlines', () => {
  it('bound only the wait for admission: a sent call finishes, so no unknown outcome is made, and the rest say the deadline passed', async () => {
    // 50 calls, 10 in flight, 200 ms each, a 500 ms deadline: whatever parsing the request costs
    // (P < 500 ms), the first ten are admitted and the last twenty never are, and a call admitted
    // before the deadline ends after it (at P + 400 or P + 600 ms).
    const h = await start({ emulators: { lingxing: { faults: { latencyMs: 200 } } } });
    await h.client.request(GoalsUpsertDocument, { input: goalsInput([119_999]) }); // token fetched outside the timed request
    const uids = Array.from({ length: 5_000 }, (_, i) => 100_001 + i);
    const hurried = createFacadeClient({ url: h.facade.url, headers: { [DEADLINE_HEADER]: '500' } });
    const started = Date.now();
    const { goalsUpsert } = await hurried.request(GoalsUpsertDocument, { input: goalsInput(uids) });
    expect(Date.now() - started).toBeGreaterThan(500);
    const byType = new Map<string, number>();
    for (const [index, result] of goalsUpsert.results.entries()) {
      byType.set(result.__typename, (byType.get(result.__typename) ?? 0) + 1);
      expect(h.lingxing.store.get(thisYear, 1, uids[index]!) !== undefined).toBe(result.__typename === 'GoalWritten');
    }
    expect([...byType.keys()].sort()).toEqual(['DeadlineExceeded', 'GoalWritten']);
    expect(byType.get('GoalWritten')).toBeGreaterThanOrEqual(1_000);
    expect(byType.get('DeadlineExceeded')).toBeGreaterThanOrEqual(2_000);
    const late = goalsUpsert.results.find((result) => result.__typename === 'DeadlineExceeded');
    expect(late).toMatchObject({ code: 'DEADLINE_EXCEEDED', retryable: true, deadlineMs: 500, message: expect.stringContaining('deadline of 500 ms') });
  });

  it('that pass before anything is admitted say so, not that the quota is exhausted', async () => {
    const h = await start();
    const { goalsUpsert } = await createFacadeClient({ url: h.facade.url, headers: { [DEADLINE_HEADER]: '1' } }).request(GoalsUpsertDocument, {
      input: goalsInput(Array.from({ length: 1_000 }, (_, i) => 110_001 + i)),
    });
    const types = new Set(goalsUpsert.results.map((result) => result.__typename));
    expect(types.has('DeadlineExceeded')).toBe(true);
    expect(types.has('QuotaExhausted')).toBe(false);
    expect(types.has('OutcomeUnknown')).toBe(false);
  });
});
