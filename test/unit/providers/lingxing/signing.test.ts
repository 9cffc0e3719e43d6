import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { prepareBody, signLingxing, signParamTexts, sortKeysDeep } from '../../../../src/providers/lingxing/signing.js';
import { UnreadableField } from '../../../../src/core/unreadable-field.js';

/** The same recipe through openssl: an implementation that shares no code with ours. */
function opensslSign(text: string, appId: string): string {
  const md5 = execFileSync('openssl', ['dgst', '-md5', '-r'], { input: text }).toString().split(' ')[0]!.toUpperCase();
  const key = Buffer.from(appId).toString('hex');
  return execFileSync('openssl', ['enc', '-aes-128-ecb', '-K', key, '-nosalt', '-base64', '-A'], { input: md5 }).toString().trim();
}

describe('LingXing signing', () => {
  const appId = 'ak_0123456789abc';

  it('signs sorted k=v pairs: empties dropped, null as text, nested values as compact JSON', () => {
    const body = sortKeysDeep({
      userGoalList: [{ value2: 13, uid: 100109, value1: 33.5 }],
      assessYear: 2026,
      currencyCode: 'CNY',
      note: '',
      extra: null,
    });
    const params = { ...body, access_token: 'tok', app_key: appId, timestamp: '1700000000' };
    const text =
      'access_token=tok&app_key=ak_0123456789abc&assessYear=2026&currencyCode=CNY&extra=null&timestamp=1700000000' +
      '&userGoalList=[{"uid":100109,"value1":33.5,"value2":13}]';
    const sign = signLingxing(params, appId);
    expect(sign).toHaveLength(64);
    expect(sign).toBe(opensslSign(text, appId));
  });

  it('sends exactly the text it signs: one serialisation of the sorted body', () => {
    const body = { userGoalList: [{ value2: 2, uid: 7, value1: 1 }], assessYear: 2026, note: 'a "quoted" ü' };
    const prepared = prepareBody(body);
    expect(prepared.json).toBe(JSON.stringify(sortKeysDeep(body)));
    const query = { access_token: 't', app_key: appId, timestamp: '1' };
    expect(signParamTexts({ ...prepared.texts, ...query }, appId)).toBe(signLingxing({ ...JSON.parse(prepared.json), ...query }, appId));
  });

  it('returns an already-sorted value itself, without copying', () => {
    const sorted = { a: [{ b: 1, c: 2 }], d: 'x' };
    expect(sortKeysDeep(sorted)).toBe(sorted);
  });

  it('sorts nested keys at every depth', () => {
    expect(JSON.stringify(sortKeysDeep({ b: { d: 1, c: [{ f: 1, e: 2 }] }, a: 0 }))).toBe('{"a":0,"b":{"c":[{"e":2,"f":1}],"d":1}}');
  });

  it('copies an object in order whose nested value is not, leaving the input as it was', () => {
    const input = { a: { c: 1, b: 2 }, b: 1, c: { e: 1, d: 2 } };
    const sorted = sortKeysDeep(input);
    expect(JSON.stringify(sorted)).toBe('{"a":{"b":2,"c":1},"b":1,"c":{"d":2,"e":1}}');
    expect(JSON.stringify(input)).toBe('{"a":{"c":1,"b":2},"b":1,"c":{"e":1,"d":2}}');
  });
});

describe('LingXing wire times', () => {
  it('reads "yyyy-MM-dd HH:mm:ss" as GMT+8 and epoch milliseconds as they are', async () => {
    const { dateFromProvider } = await import('../../../../src/providers/lingxing/wire.js');
    expect((dateFromProvider('2026-01-01 07:30:05', 'gmtCreate') as Date).toISOString()).toBe('2025-12-31T23:30:05.000Z');
    expect((dateFromProvider(1_700_000_000_000, 'gmtCreate') as Date).getTime()).toBe(1_700_000_000_000);
    expect((dateFromProvider(1_700_000_000, 'gmtCreate') as Date).getTime()).toBe(1_700_000_000_000);
    expect((dateFromProvider('2026-01-01T07:30:05+08:00', 'gmtCreate') as Date).toISOString()).toBe('2025-12-31T23:30:05.000Z');
    // Present but no time: that field's error, never a silent null.
    expect(dateFromProvider('yesterday', 'gmtModified')).toBeInstanceOf(UnreadableField);
    expect((dateFromProvider({}, 'gmtModified') as Error).message).toBe('LingXing sent gmtModified as an object, which is not a time');
    expect(dateFromProvider(null, 'gmtCreate')).toBeNull();
  });
});
