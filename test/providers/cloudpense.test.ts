import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.js';
import { CloudpenseEmulator } from '../../src/providers/cloudpense/emulator.js';
import { PATHS } from '../../src/providers/cloudpense/wire.js';

// The emulator must refuse what CloudPense's page says: checked here over raw HTTP.
const clock = new ManualClock(Date.UTC(2026, 10, 23, 1, 0, 0));
let cp: CloudpenseEmulator;
let token = '';
/** Tokens live 2 h on the emulator's clock: fetch a new one after moving it. */
async function freshToken(): Promise<void> {
  token = (await post(PATHS.token, { client_id: cp.clientId, client_secret: cp.clientSecret })).data.access_token;
}
beforeAll(async () => {
  cp = await CloudpenseEmulator.start({ clock });
  await freshToken();
});
afterAll(() => cp.close());

async function post(path: string, body: unknown, locale = 'zh_CN'): Promise<any> {
  const response = await request(`${cp.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', locale }, body: JSON.stringify(body) });
  return response.body.json();
}
const batch = (data: unknown[], extra: Record<string, unknown> = {}, locale?: string) =>
  post(`${PATHS.batch}?access_token=${token}`, { bizId: `b-${Math.random()}`, timestamp: clock.now(), data, ...extra }, locale);
const row = (extra: Record<string, unknown> = {}) => ({
  code: 'E-1',
  structure_code: 'default',
  account_event_code: 'EXP_DR',
  account_code: '540101',
  ...extra,
});

describe('CloudPense emulator', () => {
  it('issues tokens only for the right client secret', async () => {
    expect((await post(PATHS.token, { client_id: cp.clientId, client_secret: 'nope' })).resCode).not.toBe(200000);
    expect((await post(`${PATHS.batch}?access_token=bogus`, { bizId: 'x', timestamp: clock.now(), data: [row()] })).resCode).toBe(401001);
  });

  it('refuses a bizId over 36 bytes and a timestamp that is not 13 digits', async () => {
    expect((await batch([row()], { bizId: '一'.repeat(13) })).resCode).toBe(400000); // 39 bytes
    expect((await batch([row()], { timestamp: 1591261960 })).resCode).toBe(400000);
  });

  it('answers strong failures, persistence errors and warnings per row, and counts as sentences', async () => {
    const answer = await batch([
      row({ code: 'S-1' }),
      row({ code: 'S-2', deleted_flag: 'X' }),
      row({ code: 'S-3', account_code: 'NOPE' }),
      row({ code: 'S-4', account_event_code: 'ODD' }),
      row({ code: 'S-5', structure_code: '' }),
    ]);
    expect(answer.resCode).toBe(200000);
    expect(answer.data.created).toBe('此次请求新建成功了2条数据');
    expect(answer.data.updated).toBe('此次请求更新成功了0条数据');
    expect(answer.data.validatorErrors.map((e: any) => e.code)).toEqual(['S-2', 'S-5']);
    expect(answer.data.dbErrors).toEqual([{ code: 'S-3', errorMsg: '会计科目 NOPE 不存在' }]);
    expect(answer.data.warnings.map((e: any) => e.code)).toEqual(['S-4']);
    const again = await batch([row({ code: 'S-1' })], {}, 'en_US');
    expect(again.data.updated).toBe('1 records were updated by this request');
  });

  it('answers the distinct rate-limit resCode past 50 calls in a rolling hour', async () => {
    clock.advance(25 * 3_600_000); // a fresh day
    await freshToken();
    for (let call = 0; call < 50; call++) expect((await batch([row({ code: `Q-${call}` })])).resCode).toBe(200000);
    expect((await batch([row({ code: 'Q-50' })])).resCode).toBe(429001);
    clock.advance(3_600_000);
    await freshToken();
    expect((await batch([row({ code: 'Q-51' })])).resCode).toBe(200000);
  });

  it('pages with the documented page sizes only', async () => {
    await freshToken();
    const page = async (size: number) =>
      (
        await request(`${cp.url}${PATHS.findByPage}?access_token=${token}&page_num=1&page_size=${size}`, { headers: { locale: 'en_US' } })
      ).body.json() as Promise<any>;
    expect((await page(20)).data).toMatchObject({ page_num: 1, page_size: 20 });
    expect((await page(25)).resCode).toBe(400000);
  });
});
