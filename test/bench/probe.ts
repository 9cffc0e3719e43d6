import { LingxingEmulator } from '../../src/providers/lingxing/emulator.js';
import { signLingxing } from '../../src/providers/lingxing/signing.js';
import { PATHS } from '../../src/providers/lingxing/wire.js';
import { request } from 'undici';
const em = await LingxingEmulator.start({});
const year = new Date().getUTCFullYear();
em.store.operate({ assessYear: year, assessType: 1, operateType: 1, currencyCode: 'CNY', userGoalList: Array.from({ length: 200 }, (_, i) => ({ uid: 100001 + i, value1: 1, value2: 2, value3: 3, value4: 4, value5: 5, value6: 6, value7: 7, value8: 8, value9: 9, value10: 10, value11: 11, value12: 12 })) }, Date.now());
const t = await request(`${em.url}${PATHS.accessToken}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ appId: em.appId, appSecret: em.appSecret }).toString() });
const token = ((await t.body.json()) as any).data.access_token;
for (let round = 0; round < 3; round++) {
  const start = performance.now();
  for (let i = 0; i < 200; i++) {
    const body = { assessType: 1, assessYear: year };
    const query = { access_token: token, app_key: em.appId, timestamp: String(Math.floor(Date.now() / 1000)) };
    const sign = signLingxing({ ...body, ...query }, em.appId);
    const r = await request(`${em.url}${PATHS.batchSelect}?${new URLSearchParams({ ...query, sign })}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    await r.body.json();
  }
  console.log('per call ms', (performance.now() - start) / 200);
}
await em.close();
