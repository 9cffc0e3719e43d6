import { describe, expect, it } from 'vitest';
import { AccountingRulesDocument, AccountingRulesSyncDocument, createFacadeClient } from '../src/client/index.js';
import { ManualClock } from '../src/core/clock.js';
import { harnessPerTest, rule, rules } from './support/harness.js';

const start = harnessPerTest();
const HOUR = 3_600_000;

describe('accountingRulesSync', () => {
  it('refuses a batch over 10,000 rules as a whole, before any call', async () => {
    const h = await start();
    const response = await h.client.execute(AccountingRulesSyncDocument, { input: { rules: rules(10_001) } });
    expect(response.data).toBeNull();
    expect(response.errors?.[0]).toMatchObject({
      message: 'accountingRulesSync takes at most 10,000 items in input.rules; got 10,001. Split the batch.',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.rules', max: 10_000 },
    });
    expect(h.emulators.cloudpense.stats.batchCalls).toBe(0);
  });

  it('syncs 10,000 rules in exactly 50 calls', async () => {
    const h = await start();
    const { accountingRulesSync } = await h.client.request(AccountingRulesSyncDocument, { input: { rules: rules(10_000) } });
    expect(accountingRulesSync).toMatchObject({ succeeded: 10_000, failed: 0, created: 10_000, updated: 0 });
    expect(h.emulators.cloudpense.stats.batchCalls).toBe(50);
    expect(h.emulators.cloudpense.rules.size).toBe(10_000);
    expect(new Set(accountingRulesSync.traceIds).size).toBe(50);
  });

  it('never sends the 51st call of an hour: the rest answer QuotaExhausted until the oldest call leaves the window', async () => {
    const clock = new ManualClock(Date.UTC(2026, 10, 23, 9, 0, 0));
    const h = await start({ clock, emulators: { cloudpense: { clock } }, env: { CLOUDPENSE_CHUNK_SIZE: '100' } });
    const first = await h.client.request(AccountingRulesSyncDocument, { input: { rules: rules(5_100) } });
    expect(first.accountingRulesSync).toMatchObject({ succeeded: 5_000, failed: 100 });
    expect(h.emulators.cloudpense.stats.batchCalls).toBe(50);
    expect(h.emulators.cloudpense.stats.rateLimited).toBe(0);
    const late = first.accountingRulesSync.results[5_000]!;
    if (late.__typename !== 'QuotaExhausted') throw new Error(`expected QuotaExhausted, got ${late.__typename}`);
    expect(Date.parse(late.retryAfter)).toBe(clock.now() + HOUR);
    for (const result of first.accountingRulesSync.results.slice(5_000)) expect(result).toMatchObject({ __typename: 'QuotaExhausted', retryable: true });

    // 11 s before the window frees, a 10 s deadline cannot wait for it: answered at once, nothing sent.
    clock.advance(HOUR - 11_000);
    const stillFull = await h.client.request(AccountingRulesSyncDocument, { input: { rules: rules(1, 20_000) } });
    expect(stillFull.accountingRulesSync.results[0]?.__typename).toBe('QuotaExhausted');
    expect(h.emulators.cloudpense.stats.batchCalls).toBe(50);

    clock.advance(11_000);
    const next = await h.client.request(AccountingRulesSyncDocument, { input: { rules: rules(100, 10_000) } });
    expect(next.accountingRulesSync.succeeded).toBe(100);
    expect(h.emulators.cloudpense.stats.batchCalls).toBe(51);
  });

  it('binds on the day window after 150 calls, naming when the day frees', async () => {
    const clock = new ManualClock(Date.UTC(2026, 10, 23, 0, 0, 0));
    const h = await start({ clock, emulators: { cloudpense: { clock } }, env: { CLOUDPENSE_CHUNK_SIZE: '1' } });
    const dayStart = clock.now();
    for (let hour = 0; hour < 3; hour++) {
      const { accountingRulesSync } = await h.client.request(AccountingRulesSyncDocument, { input: { rules: rules(50, hour * 50) } });
      expect(accountingRulesSync.succeeded).toBe(50);
      clock.advance(HOUR);
    }
    const { accountingRulesSync } = await h.client.request(AccountingRulesSyncDocument, { input: { rules: rules(1, 500) } });
    const refused = accountingRulesSync.results[0]!;
    if (refused.__typename !== 'QuotaExhausted') throw new Error(`expected QuotaExhausted, got ${refused.__typename}`);
    expect(Date.parse(refused.retryAfter)).toBe(dayStart + 24 * HOUR);
    expect(h.emulators.cloudpense.stats.batchCalls).toBe(150);
    expect(h.emulators.cloudpense.stats.rateLimited).toBe(0);
  });

  it('maps persistence errors and warnings back to the right input indexes', async () => {
    const h = await start({ env: { CLOUDPENSE_CHUNK_SIZE: '3' } });
    const input = rules(7);
    input[1] = rule(1, { accountCode: '999999' }); // not in the chart of accounts: dbErrors
    input[4] = rule(4, { accountEventCode: 'ODD_EVENT' }); // weak rule: warning, still synced
    input[6] = rule(6, { accountCode: '888888' });
    const { accountingRulesSync } = await h.client.request(AccountingRulesSyncDocument, { input: { rules: input } });
    expect(accountingRulesSync.results.map((result) => result.__typename)).toEqual([
      'AccountingRuleSynced',
      'ProviderRejected',
      'AccountingRuleSynced',
      'AccountingRuleSynced',
      'AccountingRuleSynced',
      'AccountingRuleSynced',
      'ProviderRejected',
    ]);
    expect(accountingRulesSync.results[1]).toMatchObject({ index: 1, providerCode: 'dbErrors', providerMessage: expect.stringContaining('999999') });
    expect(accountingRulesSync.results[6]).toMatchObject({ index: 6, providerCode: 'dbErrors', providerMessage: expect.stringContaining('888888') });
    expect(accountingRulesSync.results[4]).toMatchObject({ ruleCode: 'R-00004', warnings: [expect.stringContaining('ODD_EVENT')] });
    expect(accountingRulesSync.results[3]).toMatchObject({ warnings: [] });
    expect(accountingRulesSync).toMatchObject({ created: 5, updated: 0, succeeded: 5, failed: 2 });
    expect(h.emulators.cloudpense.rules.has('R-00001')).toBe(false);
    expect(h.emulators.cloudpense.rules.has('R-00004')).toBe(true);
  });

  it('counts length limits in UTF-8 bytes, so Chinese text counts three per character', async () => {
    const h = await start();
    const fits = '会'.repeat(21); // 63 bytes
    const tooLong = '会'.repeat(22); // 66 bytes, though only 22 characters
    const { accountingRulesSync } = await h.client.request(AccountingRulesSyncDocument, {
      input: {
        rules: [
          rule(1, { code: fits }),
          rule(2, { code: tooLong }),
          rule(3, { ruleCondition: { 部门: '研发中心', 项目: '数字化转型一期工程建设' } }), // 32 characters of JSON, 70 bytes
          rule(4, { priority: 12345 }),
        ],
      },
    });
    expect(accountingRulesSync.results.map((result) => result.__typename)).toEqual([
      'AccountingRuleSynced',
      'ValidationError',
      'ValidationError',
      'ValidationError',
    ]);
    expect(accountingRulesSync.results[1]).toMatchObject({ field: 'rules[1].code', message: expect.stringContaining('64 bytes') });
    expect(accountingRulesSync.results[2]).toMatchObject({ field: 'rules[2].ruleCondition' });
    expect(accountingRulesSync.results[3]).toMatchObject({ field: 'rules[3].priority' });
    expect(h.emulators.cloudpense.rules.has(fits)).toBe(true);
  });

  it('refuses a code repeated within one sync for the later rule', async () => {
    const h = await start();
    const { accountingRulesSync } = await h.client.request(AccountingRulesSyncDocument, { input: { rules: [rule(1), rule(2), rule(1, { priority: 9 })] } });
    expect(accountingRulesSync.results[2]).toMatchObject({
      __typename: 'ValidationError',
      field: 'rules[2].code',
      message: expect.stringContaining('index 0'),
    });
  });

  it("answers in the caller's language: Accept-Language, or the locale argument", async () => {
    const h = await start();
    const odd = { rules: [rule(1, { accountEventCode: 'ODD' }), rule(2, { accountCode: 'NOPE' })] };
    const japanese = createFacadeClient({ url: h.facade.url, headers: { 'accept-language': 'ja-JP,ja;q=0.9,en;q=0.5' } });
    const ja = (await japanese.request(AccountingRulesSyncDocument, { input: odd })).accountingRulesSync;
    expect(ja.results[0]).toMatchObject({ warnings: [expect.stringContaining('未設定')] });
    expect(ja.results[1]).toMatchObject({ providerMessage: expect.stringContaining('存在しません') });
    const tw = (await japanese.request(AccountingRulesSyncDocument, { input: { ...odd, locale: 'ZH_TW' } })).accountingRulesSync;
    expect(tw.results[1]).toMatchObject({ providerMessage: expect.stringContaining('會計科目') });
    const en = (await h.client.request(AccountingRulesSyncDocument, { input: odd })).accountingRulesSync;
    expect(en.results[1]).toMatchObject({ providerMessage: 'Account NOPE does not exist' });
  });

  it('resubmits a sync safely: every call has a bizId of its own, and upsert by code changes nothing twice', async () => {
    const h = await start();
    const first = await h.client.request(AccountingRulesSyncDocument, { input: { syncId: 'nightly-2026-11-23', rules: rules(450) } });
    const again = await h.client.request(AccountingRulesSyncDocument, { input: { syncId: 'nightly-2026-11-23', rules: rules(450) } });
    // CloudPense documents nothing of a repeated bizId, so none is ever repeated (see the live-mode tests).
    const bizIds = [...first.accountingRulesSync.traceIds, ...again.accountingRulesSync.traceIds];
    expect(new Set(bizIds).size).toBe(6);
    expect(again.accountingRulesSync.syncId).toBe('nightly-2026-11-23');
    expect(again.accountingRulesSync.succeeded).toBe(450);
    expect(again.accountingRulesSync.created).toBe(0);
    expect(again.accountingRulesSync.updated).toBe(450);
    expect(h.emulators.cloudpense.rules.size).toBe(450);
    expect(bizIds.every((bizId) => Buffer.byteLength(bizId) <= 36)).toBe(true);
  });

  it('answers every rule PROVIDER_MISCONFIGURED when CloudPense refuses the client credentials', async () => {
    const h = await start();
    await h.facade.close();
    const { loadConfig } = await import('../src/config.js');
    const { startFacade } = await import('../src/facade.js');
    const facade = await startFacade(loadConfig({ PORT: '0', LOG_LEVEL: 'silent' }), {
      ...h.emulators.connections,
      cloudpense: { ...h.emulators.connections.cloudpense, clientSecret: 'wrong-cloudpense-secret' },
    });
    try {
      const response = await createFacadeClient({ url: facade.url }).execute(AccountingRulesSyncDocument, { input: { rules: rules(2) } });
      for (const result of response.data!.accountingRulesSync.results) {
        expect(result).toMatchObject({
          __typename: 'ProviderRejected',
          code: 'PROVIDER_MISCONFIGURED',
          message: expect.stringContaining('CLOUDPENSE_CLIENT_SECRET'),
        });
      }
      expect(JSON.stringify(response)).not.toContain('wrong-cloudpense-secret');
      expect(h.emulators.cloudpense.stats.batchCalls).toBe(0);
    } finally {
      await facade.close();
    }
  });
});

describe('accountingRules query', () => {
  it('pages through the rules with filters', async () => {
    const h = await start();
    const input = rules(45).map((r, i) => (i % 3 === 0 ? { ...r, accountCode: '6601' } : r));
    await h.client.request(AccountingRulesSyncDocument, { input: { rules: input } });
    const first = (await h.client.request(AccountingRulesDocument, { pageSize: 20 })).accountingRules;
    expect(first).toMatchObject({ page: 1, pageSize: 20, totalPages: 3, totalCount: 45 });
    expect(first.items[0]).toMatchObject({
      code: 'R-00000',
      structureCode: 'default',
      accountEventCode: 'EXP_DR',
      priority: 1,
      deleted: false,
      ruleCondition: { header_column22: 'claim' },
    });
    const last = (await h.client.request(AccountingRulesDocument, { page: 3, pageSize: 20 })).accountingRules;
    expect(last.items.map((item) => item.code)).toEqual(['R-00040', 'R-00041', 'R-00042', 'R-00043', 'R-00044']);
    const filtered = (await h.client.request(AccountingRulesDocument, { filter: { accountCode: '6601' }, pageSize: 50 })).accountingRules;
    expect(filtered.totalCount).toBe(15);
    expect(filtered.items.every((item) => item.accountCode === '6601')).toBe(true);
    const none = (await h.client.request(AccountingRulesDocument, { filter: { updatedFrom: new Date(Date.now() + HOUR).toISOString() } })).accountingRules;
    expect(none.totalCount).toBe(0);
  });

  it('refuses a page size CloudPense does not offer', async () => {
    const h = await start();
    const response = await h.client.execute(AccountingRulesDocument, { pageSize: 30 });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'pageSize' });
    expect(h.emulators.cloudpense.stats.pageCalls).toBe(0);
  });
});
