import { type Pool, request } from 'undici';
import { signLingxing } from '../../src/providers/lingxing/signing.js';
import { dateFromProvider, MONTHLY_KEYS, PATHS } from '../../src/providers/lingxing/wire.js';

/** An access token from the emulator's token endpoint, for calls the benchmarks send without the facade. */
export async function emulatorAccessToken(baseUrl: string, appId: string, appSecret: string): Promise<string> {
  const answer = await request(`${baseUrl}${PATHS.accessToken}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ appId, appSecret }).toString(),
  });
  return ((await answer.body.json()) as { data: { access_token: string } }).data.access_token;
}

/** The read the facade makes for `goals`, sent straight to LingXing: sign, POST, parse. Throws when refused. */
export async function directBatchSelect(
  pool: Pool,
  auth: { appId: string; accessToken: string },
  body: { assessType: 1 | 2; assessYear: number },
): Promise<Record<string, unknown>[]> {
  const query = { access_token: auth.accessToken, app_key: auth.appId, timestamp: String(Math.floor(Date.now() / 1000)) };
  const sign = signLingxing({ ...body, ...query }, auth.appId);
  const response = await pool.request({
    method: 'POST',
    path: `${PATHS.batchSelect}?${new URLSearchParams({ ...query, sign })}`,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = JSON.parse(await response.body.text()) as { code: unknown; data: Record<string, unknown>[] };
  if (answer.code !== 1) throw new Error(`direct call refused: ${JSON.stringify(answer)}`);
  return answer.data;
}

/** A LingXing row as the `Goals` operation selects it, every field, with no checks: what the yardsticks answer. */
export function goalOfRow<A extends string>(row: Record<string, any>, year: number, assessType: A) {
  return {
    uid: row.uid,
    realName: row.realName ?? null,
    organizations: row.orgs ?? [],
    year,
    assessType,
    currency: row.currencyCode ?? null,
    monthlyGoals: MONTHLY_KEYS.goalValue.map((key) => row[key] ?? 0),
    monthlyActuals: MONTHLY_KEYS.realValue.map((key) => row[key] ?? 0),
    monthlyCompletionRates: MONTHLY_KEYS.completeRate.map((key) => row[key] ?? 0),
    yearGoal: row.yearGoalValue ?? 0,
    yearActual: row.yearRealValue ?? 0,
    yearCompletion: row.completeProcess ?? 0,
    createdAt: dateFromProvider(row.gmtCreate, 'gmtCreate'),
    updatedAt: dateFromProvider(row.gmtModified, 'gmtModified'),
  };
}
