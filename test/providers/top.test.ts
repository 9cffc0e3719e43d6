import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { TopEmulator } from '../../src/providers/top/emulator.js';
import { signTop } from '../../src/providers/top/signing.js';
import { gmt8, METHOD, RESPONSE_KEY } from '../../src/providers/top/wire.js';

// The emulator must refuse what TOP refuses, the way TOP does: checked here over raw HTTP.
let top: TopEmulator;
beforeAll(async () => {
  top = await TopEmulator.start({ sessions: ['good-session'] });
});
afterAll(() => top.close());

const batch = (code: string) =>
  JSON.stringify({ task_unique_code: code, plan_id: 1002, task_list: [{ input_params: '{}', output_params: '{}', phone_number: '13800000000' }] });

function params(overrides: Record<string, string | undefined> = {}, sign = true): Record<string, string> {
  const base: Record<string, string | undefined> = {
    method: METHOD,
    app_key: top.appKey,
    timestamp: gmt8(Date.now()),
    v: '2.0',
    sign_method: 'hmac-sha256',
    format: 'json',
    initiative_batch_task_request: batch(`code-${Math.random()}`),
    ...overrides,
  };
  const defined = Object.fromEntries(Object.entries(base).filter(([, value]) => value !== undefined)) as Record<string, string>;
  if (sign) defined.sign = signTop(defined, top.appSecret, (defined.sign_method ?? 'md5') as 'md5');
  return defined;
}

async function post(form: Record<string, string>): Promise<any> {
  const response = await request(top.url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
  return response.body.json();
}

const code = async (form: Record<string, string>) => (await post(form)).error_response?.code;

describe('TOP emulator gateway checks', () => {
  it('accepts a well-formed call, with request_id, for every sign method', async () => {
    for (const method of ['md5', 'hmac', 'hmac-sha256']) {
      const answer = await post(params({ sign_method: method }));
      expect(answer[RESPONSE_KEY].result.success).toBe(true);
      expect(answer[RESPONSE_KEY].request_id).toBeTruthy();
    }
  });

  it('refuses missing and invalid system parameters with their codes', async () => {
    expect(await code(params({ method: undefined }))).toBe(21);
    expect(await code(params({ method: 'taobao.other.method' }))).toBe(22);
    expect(await code(params({ app_key: undefined }))).toBe(28);
    expect(await code(params({ app_key: '999' }))).toBe(29);
    expect(await code(params({ timestamp: undefined }))).toBe(30);
    expect(await code(params({ timestamp: '2026/01/01 00:00:00' }))).toBe(31);
    expect(await code(params({ timestamp: gmt8(Date.now() - 11 * 60_000) }))).toBe(31);
    expect(await code(params({ timestamp: gmt8(Date.now() + 11 * 60_000) }))).toBe(31);
    expect(await code(params({ v: undefined }))).toBe(32);
    expect(await code(params({ v: '1.0' }))).toBe(33);
    expect(await code(params({}, false))).toBe(24);
    expect(await code({ ...params(), sign: 'A'.repeat(64) })).toBe(25);
    expect(await code(params({ session: 'bad-session' }))).toBe(27);
    expect((await post(params({ session: 'good-session' })))[RESPONSE_KEY]).toBeDefined();
  });

  it('answers 41 for JSON that does not parse and 40 for missing required fields', async () => {
    expect(await code(params({ initiative_batch_task_request: '{not json' }))).toBe(41);
    expect(await code(params({ initiative_batch_task_request: undefined }))).toBe(40);
    expect(await code(params({ initiative_batch_task_request: JSON.stringify({ plan_id: 1002, task_list: [] }) }))).toBe(40);
    const noOutput = JSON.stringify({ task_unique_code: 'x', plan_id: 1002, task_list: [{ input_params: '{}' }] });
    expect(await code(params({ initiative_batch_task_request: noOutput }))).toBe(40);
    const partialBook = JSON.stringify({
      task_unique_code: 'y',
      plan_id: 1002,
      use_book_info: { use_platform: 'P' },
      task_list: [{ input_params: '{}', output_params: '{}' }],
    });
    expect(await code(params({ initiative_batch_task_request: partialBook }))).toBe(40);
  });

  it('answers the same task_unique_code with the first answer and creates nothing new', async () => {
    const before = top.store.tasks.length;
    const first = await post(params({ initiative_batch_task_request: batch('same-code') }));
    const again = await post(params({ initiative_batch_task_request: batch('same-code') }));
    expect(again[RESPONSE_KEY].result.data).toEqual(first[RESPONSE_KEY].result.data);
    expect(top.store.tasks.length).toBe(before + 1);
  });
});

describe('TOP emulator call quota', () => {
  it('bans the app past its quota with code 7 naming the seconds left', async () => {
    const limited = await TopEmulator.start({ callLimit: 2, callWindowMs: 60_000, banSeconds: 40 });
    try {
      const form = () => {
        const values: Record<string, string> = {
          method: METHOD,
          app_key: limited.appKey,
          timestamp: gmt8(Date.now()),
          v: '2.0',
          sign_method: 'hmac',
          format: 'json',
          initiative_batch_task_request: batch(`c-${Math.random()}`),
        };
        return { ...values, sign: signTop(values, limited.appSecret, 'hmac') };
      };
      const send = async () =>
        (
          await request(limited.url, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams(form()).toString(),
          })
        ).body.json() as Promise<any>;
      await send();
      await send();
      const banned = (await send()).error_response;
      expect(banned).toMatchObject({ code: 7, msg: 'App Call Limited', sub_code: 'accesscontrol.limited-by-app-api-access-count' });
      expect(banned.sub_msg).toMatch(/^This ban will last for (39|40) more seconds$/);
      expect(banned.request_id).toBeTruthy();
    } finally {
      await limited.close();
    }
  });
});
