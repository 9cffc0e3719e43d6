import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { derivedId as chunkCode } from '../../../../src/core/batch/derived-id.js';
import { banSeconds, failureFromGateway } from '../../../../src/providers/top/failures.js';
import { signTop } from '../../../../src/providers/top/signing.js';
import { echoDiffers } from '../../../../src/providers/top/echo.js';

const openssl = (args: string[], input: string) => execFileSync('openssl', args, { input }).toString().split(' ')[0]!.trim().toUpperCase();

describe('TOP signing', () => {
  const params = { method: 'm', app_key: '12345678', timestamp: '2026-01-01 08:00:00', v: '2.0', empty: '', json: '{"订单":1}' };
  const text = 'app_key12345678json{"订单":1}methodmtimestamp2026-01-01 08:00:00v2.0';
  const secret = 'top-secret';

  it('md5 is MD5(secret + sorted key+value pairs + secret)', () => {
    expect(signTop(params, secret, 'md5')).toBe(openssl(['dgst', '-md5', '-r'], `${secret}${text}${secret}`));
  });

  it('hmac is HMAC-MD5 keyed by the secret', () => {
    expect(signTop(params, secret, 'hmac')).toBe(openssl(['dgst', '-md5', '-hmac', secret, '-r'], text));
  });

  it('hmac-sha256 is HMAC-SHA256 keyed by the secret', () => {
    expect(signTop(params, secret, 'hmac-sha256')).toBe(openssl(['dgst', '-sha256', '-hmac', secret, '-r'], text));
  });
});

describe('TOP failures', () => {
  it("reads code 7's ban length and holds until then", () => {
    const error = { code: 7, msg: 'App Call Limited', sub_msg: 'This ban will last for 17 more seconds' };
    expect(banSeconds(error)).toBe(17);
    const failure = failureFromGateway(error, 1_000_000, 60_000);
    expect(failure).toMatchObject({ kind: 'rate-limited', retryAt: 1_017_000 });
  });

  it('maps gateway codes to misconfigured, parameter codes and isv to rejected, isp to outcome unknown', () => {
    for (const code of [21, 22, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34]) {
      expect(failureFromGateway({ code, msg: 'x' }, 0, 0).kind).toBe('misconfigured');
    }
    // A missing or invalid argument is the batch's data (one task without its plan's contact), not our credentials.
    for (const code of [40, 41]) expect(failureFromGateway({ code, msg: 'x', sub_code: 'isv.missing-parameter' }, 0, 0).kind).toBe('rejected');
    expect(failureFromGateway({ code: 15, msg: 'Remote service error', sub_code: 'isv.invalid-parameter', sub_msg: '非法参数' }, 0, 0)).toMatchObject({
      kind: 'rejected',
      providerCode: 'isv.invalid-parameter',
      providerMessage: '非法参数',
    });
    expect(failureFromGateway({ code: 15, msg: 'Remote service error', sub_code: 'isp.remote-service-timeout' }, 0, 0).kind).toBe('outcome-unknown');
    expect(failureFromGateway({ code: 10, msg: 'Service Currently Unavailable' }, 0, 0).kind).toBe('not-sent');
  });
});

describe('derived chunk ids', () => {
  it('derive the same code for the same batch and position, and differ otherwise', () => {
    expect(chunkCode('campaign-42', 0)).toBe(chunkCode('campaign-42', 0));
    expect(chunkCode('campaign-42', 0)).not.toBe(chunkCode('campaign-42', 1));
    expect(chunkCode('campaign-42', 0)).not.toBe(chunkCode('campaign-43', 0));
    expect(chunkCode('campaign-42', 0)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });
});

describe("TOP's echo of a task", () => {
  const sent = { input_params: '{"name":"Alice","订单":1}', output_params: '{"answer":""}', phone_number: '13800000000', source_id: 42 };

  it('matches the task sent however TOP encodes it: JSON text parsed or reordered, ids as text, empty fields, fields left out', () => {
    expect(echoDiffers(sent, { ...sent })).toBeUndefined();
    expect(
      echoDiffers(sent, { input_params: { 订单: 1, name: 'Alice' }, output_params: '{ "answer": "" }', phone_number: '13800000000', source_id: '42' }),
    ).toBeUndefined();
    expect(echoDiffers(sent, { input_params: sent.input_params, email: null, biz_id: '', department_id: 0 })).toBeUndefined();
    expect(echoDiffers(sent, {})).toBeUndefined();
  });

  it('names the first field that shows the echo is of another task', () => {
    expect(echoDiffers(sent, { ...sent, input_params: '{"name":"Bob","订单":1}' })).toBe('input_params');
    expect(echoDiffers(sent, { ...sent, phone_number: '13900000000' })).toBe('phone_number');
    expect(echoDiffers(sent, { ...sent, biz_id: 'other-7' })).toBe('biz_id');
    expect(echoDiffers({ ...sent, biz_id: 'mine-1' }, { ...sent })).toBeUndefined();
    expect(echoDiffers({ ...sent, biz_id: 'mine-1' }, { ...sent, biz_id: null })).toBe('biz_id');
  });
});
