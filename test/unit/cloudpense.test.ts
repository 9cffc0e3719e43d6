import { describe, expect, it } from 'vitest';
import { localeFromAcceptLanguage } from '../../src/modules/accounting-rules/accounting-rule.rules.js';
import { Locale } from '../../src/modules/accounting-rules/accounting-rule.types.js';
import { rowOutcomes } from '../../src/providers/cloudpense/rows.js';

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
