import { describe, expect, it } from 'vitest';
import { Deadline } from '../../../../src/core/deadline.js';
import type { AccountingRulesSyncInput } from '../../../../src/modules/accounting-rules/accounting-rule.inputs.js';
import { AccountingRuleService } from '../../../../src/modules/accounting-rules/accounting-rule.service.js';
import { Locale } from '../../../../src/modules/accounting-rules/accounting-rule.types.js';
import { FakeAccountingRulesPort } from '../../../../src/providers/cloudpense/fake.js';

const rule = (code: string, accountCode = '540101') => ({ code, structureCode: 's', accountEventCode: 'e', accountCode, deleted: false });

function service() {
  const port = new FakeAccountingRulesPort(new Set(['540101']));
  return { port, rules: new AccountingRuleService({ port, chunkSize: 2, splitCalls: 0 }) };
}

describe('AccountingRuleService', () => {
  it('syncs rules in chunks, counting created and updated, and answers a refused rule with its stage', async () => {
    const { port, rules } = service();
    await rules.sync({ rules: [rule('A')] } as AccountingRulesSyncInput, Locale.EN_US, Deadline.in(1_000));
    const payload = await rules.sync(
      { syncId: 'nightly', rules: [rule('A'), rule('B', '9999'), rule('C'), rule('A')] } as AccountingRulesSyncInput,
      Locale.EN_US,
      Deadline.in(1_000),
    );
    expect(payload.results.map((result) => result.constructor.name)).toEqual([
      'AccountingRuleSynced',
      'ProviderRejected',
      'AccountingRuleSynced',
      'ValidationError',
    ]);
    expect(payload.results[1]).toMatchObject({ providerCode: 'dbErrors', providerTraceId: 'biz-2' });
    expect(payload).toMatchObject({ syncId: 'nightly', created: 1, updated: 1, traceIds: ['biz-2', 'biz-3'] });
    expect(port.syncs.map((sent) => sent.map((written) => written.code))).toEqual([['A'], ['A', 'B'], ['C']]);
  });

  it('refuses every rule of a sync with a bad syncId, sending nothing, and pages what CloudPense holds', async () => {
    const { port, rules } = service();
    const refused = await rules.sync({ syncId: 'bad id!', rules: [rule('A')] } as AccountingRulesSyncInput, Locale.EN_US, Deadline.in(1_000));
    expect(refused.results[0]).toMatchObject({ field: 'syncId' });
    expect(port.syncs).toHaveLength(0);
    await rules.sync({ rules: [rule('B'), rule('A')] } as AccountingRulesSyncInput, Locale.EN_US, Deadline.in(1_000));
    const page = await rules.page(null, 1, 20, Locale.EN_US, Deadline.in(1_000));
    expect(page).toMatchObject({ totalCount: 2, items: [{ code: 'A' }, { code: 'B' }] });
  });
});
