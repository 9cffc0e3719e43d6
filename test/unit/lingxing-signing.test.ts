import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { signLingxing, sortKeysDeep } from '../../src/providers/lingxing/signing.js';

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

  it('sorts nested keys at every depth', () => {
    expect(JSON.stringify(sortKeysDeep({ b: { d: 1, c: [{ f: 1, e: 2 }] }, a: 0 }))).toBe('{"a":0,"b":{"c":[{"e":2,"f":1}],"d":1}}');
  });
});
