import { describe, expect, it } from 'vitest';
import { GoalsDocument, GoalsUpsertDocument } from '../src/client/index.js';
import { PATHS } from '../src/providers/lingxing/wire.js';
import { calls, goalsInput, refusals, harnessPerTest, thisYear } from './support/harness.js';

const start = harnessPerTest();

describe('LingXing access tokens', () => {
  it('fetches one token for many concurrent requests', async () => {
    const h = await start();
    await Promise.all(Array.from({ length: 20 }, (_, i) => h.client.request(GoalsUpsertDocument, { input: goalsInput([104_000 + i]) })));
    expect(calls(h, PATHS.accessToken)).toBe(1);
  });

  it('refreshes the token with the refresh token before it expires, with no call refused', async () => {
    // A 4 s token is renewed once a quarter of its life is left, i.e. after 3 s.
    const h = await start({ emulators: { lingxing: { accessTokenTtlSec: 4 } } });
    await h.client.request(GoalsDocument, { year: thisYear, assessType: 'SALES_AMOUNT' });
    await new Promise((resolve) => setTimeout(resolve, 3_200));
    await h.client.request(GoalsDocument, { year: thisYear, assessType: 'SALES_AMOUNT' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(calls(h, PATHS.refreshToken)).toBe(1);
    // The renewed token serves the next call.
    await h.client.request(GoalsDocument, { year: thisYear, assessType: 'SALES_AMOUNT' });
    expect(calls(h, PATHS.accessToken)).toBe(1);
    expect(refusals(h, '2001003')).toBe(0);
  });

  it('replaces a token the gateway no longer accepts and retries the call once', async () => {
    const h = await start();
    await h.client.request(GoalsUpsertDocument, { input: goalsInput([105_001]) });
    h.lingxing.expireAccessTokens();
    const { goalsUpsert } = await h.client.request(GoalsUpsertDocument, { input: goalsInput([105_002]) });
    expect(goalsUpsert.results[0]?.__typename).toBe('GoalWritten');
    expect(refusals(h, '2001003')).toBe(1);
  });

  it('answers every item PROVIDER_MISCONFIGURED on a wrong app secret, and never echoes a secret', async () => {
    const wrongSecret = 'wrong-secret-4f1c9a';
    const h = await start({ lingxingSecret: wrongSecret });
    const response = await h.client.execute(GoalsUpsertDocument, { input: goalsInput([106_001, 106_002]) });
    const results = response.data!.goalsUpsert.results;
    for (const [index, result] of results.entries()) {
      expect(result).toMatchObject({
        __typename: 'ProviderRejected',
        index,
        code: 'PROVIDER_MISCONFIGURED',
        providerCode: '2001002',
        retryable: false,
      });
    }
    expect(calls(h, PATHS.batchOperate)).toBe(0);
    const text = JSON.stringify(response);
    expect(text).not.toContain(wrongSecret);
    expect(text).not.toContain(h.lingxing.appSecret);
  });
});
