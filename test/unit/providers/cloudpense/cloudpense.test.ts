import { describe, expect, it } from 'vitest';
import { localeFromAcceptLanguage } from '../../../../src/modules/accounting-rules/accounting-rule.rules.js';
import { Locale } from '../../../../src/modules/accounting-rules/accounting-rule.types.js';
import { UnreadableField } from '../../../../src/core/unreadable-field.js';
import { rowOutcomes } from '../../../../src/providers/cloudpense/rows.js';
import { readStoredRule } from '../../../../src/providers/cloudpense/stored-rule.js';

describe('CloudPense row outcomes', () => {
  it('reads counts from the sentences and rows by code, strong failures first', () => {
    const rows = rowOutcomes({
      created: '此次请求新建成功了12条数据',
      updated: '3 records were updated by this request',
      validatorErrors: [{ code: 'A', errorMsg: 'code 不能为空' }],
      dbErrors: [
        { code: 'A', errorMsg: 'later' },
        { code: 'B', errorMsg: '会计科目 X 不存在' },
      ],
      warnings: [
        { code: 'C', errorMsg: 'w1' },
        { code: 'C', errorMsg: 'w2' },
      ],
    });
    expect(rows.created).toBe(12);
    expect(rows.updated).toBe(3);
    expect(rows.refused.get('A')).toEqual({ stage: 'validation', message: 'code 不能为空' });
    expect(rows.refused.get('B')).toEqual({ stage: 'persistence', message: '会计科目 X 不存在' });
    expect(rows.warnings.get('C')).toEqual(['w1', 'w2']);
  });
});

describe('locale from Accept-Language', () => {
  it('picks the first supported language', () => {
    expect(localeFromAcceptLanguage('ja-JP,ja;q=0.9')).toBe(Locale.JA_JP);
    expect(localeFromAcceptLanguage('zh-TW')).toBe(Locale.ZH_TW);
    expect(localeFromAcceptLanguage('zh-Hant-HK,en;q=0.5')).toBe(Locale.ZH_TW);
    expect(localeFromAcceptLanguage('zh-CN,zh;q=0.9')).toBe(Locale.ZH_CN);
    expect(localeFromAcceptLanguage('fr-FR,de;q=0.8')).toBe(Locale.EN_US);
    expect(localeFromAcceptLanguage(undefined)).toBe(Locale.EN_US);
  });
});

describe('CloudPense stored rules', () => {
  const row = { code: 'R-1', structure_code: 'default', account_event_code: 'EXP_DR', account_code: '540101' };

  it('reads each field in every plausible encoding', () => {
    expect(readStoredRule({ ...row, priority: '7', rule_condition: '{"type_id":"T026"}', deleted_flag: 'y', last_update_date: 1764518709000 })).toEqual({
      code: 'R-1',
      structureCode: 'default',
      accountEventCode: 'EXP_DR',
      accountCode: '540101',
      priority: 7,
      ruleCondition: { type_id: 'T026' },
      deleted: true,
      updatedAt: new Date(1764518709000),
    });
    expect(readStoredRule({ ...row, account_code: 540101, priority: null, rule_condition: '', last_update_date: '2025-12-01 00:05:09' })).toMatchObject({
      accountCode: '540101',
      priority: null,
      ruleCondition: null,
      deleted: false,
      updatedAt: new Date(Date.UTC(2025, 10, 30, 16, 5, 9)),
    });
  });

  it('puts an UnreadableField in the place of each field it cannot read, and reads the others', () => {
    const read = readStoredRule({ ...row, priority: 'high', rule_condition: '[1]', deleted_flag: 'maybe', last_update_date: 'last tuesday' });
    for (const field of ['priority', 'ruleCondition', 'deleted', 'updatedAt'] as const) expect(read[field]).toBeInstanceOf(UnreadableField);
    expect((read.updatedAt as Error).message).toBe(
      'CloudPense sent last_update_date as "last tuesday", which is not a time (GMT+8 text, ISO 8601, or epoch seconds or milliseconds)',
    );
    expect(read.code).toBe('R-1');
    expect(readStoredRule(null).code).toBeInstanceOf(UnreadableField);
  });
});
