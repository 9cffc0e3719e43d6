import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GoalsUpsertDocument } from '../src/client/index.js';
import { goalsInput, type Harness, startHarness, thisYear } from './support/harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
  await harness.client.request(GoalsUpsertDocument, { input: goalsInput([100_001]) });
});
afterAll(() => harness.close());

/** The Cache-Control header of one operation sent with POST (or GET), and whether it answered errors. */
async function cacheControl(query: string, variables: Record<string, unknown> = {}, method: 'POST' | 'GET' = 'POST') {
  const response =
    method === 'POST'
      ? await fetch(harness.facade.url, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) })
      : await fetch(`${harness.facade.url}?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify(variables))}`, {
          headers: { 'apollo-require-preflight': 'true' },
        });
  const body = (await response.json()) as { errors?: unknown[] };
  return { header: response.headers.get('cache-control'), errors: body.errors?.length ?? 0 };
}

const goals = `{ goals(year: ${thisYear}, assessType: SALES_AMOUNT) { uid monthlyGoals } }`;
const rules = '{ accountingRules(pageSize: 20) { items { code } totalCount } }';

describe('Cache-Control from the @cacheControl hints an operation selects', () => {
  it('goals are fresh for a minute and rule pages for five, per caller; together the least', async () => {
    expect(await cacheControl(goals)).toEqual({ header: 'max-age=60, private', errors: 0 });
    expect(await cacheControl(rules)).toEqual({ header: 'max-age=300, private', errors: 0 });
    expect(await cacheControl(`{ a: ${goals.slice(2, -2)} b: ${rules.slice(2, -2)} }`)).toEqual({ header: 'max-age=60, private', errors: 0 });
    // A GET, which a cache in front of the facade can keep, says the same.
    expect(await cacheControl(goals, {}, 'GET')).toEqual({ header: 'max-age=60, private', errors: 0 });
  });

  it('live figures, mutations and any answer with errors are no-store', async () => {
    expect((await cacheControl('{ providerQuotas { provider waiting } }')).header).toBe('no-store');
    expect((await cacheControl(`{ providerQuotas { provider } goals(year: ${thisYear}, assessType: SALES_AMOUNT) { uid } }`)).header).toBe('no-store');
    expect((await cacheControl('{ __typename }')).header).toBe('no-store');
    const write = await cacheControl(`mutation ($input: GoalsUpsertInput!) { goalsUpsert(input: $input) { succeeded } }`, { input: goalsInput([100_002]) });
    expect(write).toEqual({ header: 'no-store', errors: 0 });
    // A year LingXing does not take: the read answers an error, which nobody should keep.
    expect(await cacheControl(`{ goals(year: ${thisYear + 5}, assessType: SALES_AMOUNT) { uid } }`)).toEqual({ header: 'no-store', errors: 1 });
  });

  it('a router’s entity fetch gets the least hint of the entities it selects', async () => {
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Goal { uid } ... on AccountingRule { code } } }`;
    const representations = [{ __typename: 'AccountingRule', code: 'R-NONE' }];
    expect(await cacheControl(query, { representations })).toEqual({ header: 'max-age=60, private', errors: 0 });
  });
});
