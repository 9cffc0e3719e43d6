import { createHash } from 'node:crypto';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { AccountingRulesSyncDocument, createFacadeClient, GoalsUpsertDocument, TouchTasksSubmitDocument } from '../src/client/index.js';
import { goalsInput, harnessPerTest, rule, tasksInput } from './support/harness.js';

// Hardening found by probing the facade as an attacker and an operator would (issue 22).
const start = harnessPerTest();
const post = (url: string, body: unknown | string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('/metrics', () => {
  it('names providers and limits, never a credential identifier', async () => {
    const h = await start();
    await h.client.request(GoalsUpsertDocument, { input: goalsInput([112_001]) });
    await h.client.request(AccountingRulesSyncDocument, { input: { rules: [rule(1)] } });
    await h.client.request(TouchTasksSubmitDocument, { input: tasksInput(1) });
    const text = await (await fetch(h.facade.url.replace('/graphql', '/metrics'))).text();
    expect(text).toContain('facade_quota_used{provider="cloudpense",policy="CloudPense batch quota",limit="window 3600s"} 1');
    for (const credential of [h.emulators.lingxing.appId, h.emulators.top.appKey, h.emulators.cloudpense.clientId]) expect(text).not.toContain(credential);
  });

  it('asks for METRICS_TOKEN as a bearer token when one is set', async () => {
    const h = await start({ env: { METRICS_TOKEN: 'scrape-token-0123456789' } });
    const metrics = h.facade.url.replace('/graphql', '/metrics');
    expect((await fetch(metrics)).status).toBe(401);
    expect((await fetch(metrics, { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(401);
    const scraped = await fetch(metrics, { headers: { authorization: 'Bearer scrape-token-0123456789' } });
    expect(scraped.status).toBe(200);
    expect(await scraped.text()).toContain('facade_provider_calls_total');
  });
});

describe('JWTs', () => {
  const SECRET = 'a-shared-secret-of-at-least-32-characters!';
  const env = {
    AUTH_MODE: 'required',
    AUTH_JWT_SECRET: SECRET,
    AUTH_JWT_ISSUER: 'https://issuer.example',
    AUTH_JWT_AUDIENCE: 'facade',
    AUTH_JWT_MAX_LIFETIME_SECONDS: '3600',
  };
  const sign = (lifetime: { exp?: number; iat?: number }) => {
    let jwt = new SignJWT({ scope: 'goals:write' }).setProtectedHeader({ alg: 'HS256' }).setIssuer(env.AUTH_JWT_ISSUER).setAudience('facade');
    if (lifetime.iat !== undefined) jwt = jwt.setIssuedAt(lifetime.iat);
    if (lifetime.exp !== undefined) jwt = jwt.setExpirationTime(lifetime.exp);
    return jwt.sign(new TextEncoder().encode(SECRET));
  };

  it('refuses a token without exp, and one that lives longer than AUTH_JWT_MAX_LIFETIME_SECONDS', async () => {
    const h = await start({ env });
    const now = Math.floor(Date.now() / 1000);
    const call = async (jwt: string) =>
      createFacadeClient({ url: h.facade.url, headers: { authorization: `Bearer ${jwt}` } }).execute(GoalsUpsertDocument, { input: goalsInput([112_002]) });
    const forever = await call(await sign({ iat: now }));
    expect(forever.status).toBe(401);
    expect(forever.errors?.[0]?.message).toContain('ERR_JWT_CLAIM_VALIDATION_FAILED');
    expect((await call(await sign({ iat: now, exp: now + 7_200 }))).status).toBe(401);
    expect((await call(await sign({ exp: now + 7_200 }))).status).toBe(401);
    expect((await call(await sign({ iat: now, exp: now + 600 }))).data?.goalsUpsert.succeeded).toBe(1);
  });

  it('tells the operator, once a minute at most, that the JWKS cannot be fetched', async () => {
    const lines: string[] = [];
    const h = await start({
      env: {
        AUTH_MODE: 'required',
        AUTH_JWKS_URL: 'http://127.0.0.1:9/jwks.json',
        AUTH_JWT_ISSUER: 'https://issuer.example',
        AUTH_JWT_AUDIENCE: 'facade',
        LOG_LEVEL: 'warn',
      },
      logs: { write: (line) => void lines.push(line) },
    });
    const jwt = await sign({ exp: Math.floor(Date.now() / 1000) + 60 });
    for (let n = 0; n < 3; n++) expect((await post(h.facade.url, { query: '{ __typename }' }, { authorization: `Bearer ${jwt}` })).status).toBe(401);
    expect(lines.filter((line) => line.includes('JWKS at http://127.0.0.1:9/jwks.json cannot be fetched'))).toHaveLength(1);
  });
});

describe('hostile values inside one item', () => {
  it('answer that item a ValidationError and let every other item through: a 100,000-deep inputParams, a 10 KB userName', async () => {
    const h = await start();
    const good = tasksInput(3).tasks;
    const deep = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    const task = (i: number, extra = '') =>
      JSON.stringify({ ...good[i], inputParams: {} }).replace('"inputParams":{}', extra || `"inputParams":${JSON.stringify(good[i]!.inputParams)}`);
    const tasks = [task(0, `"inputParams":${deep}`), task(1), JSON.stringify({ ...good[2], userName: 'x'.repeat(10_000) })];
    const body = `{"query":${JSON.stringify('mutation ($input: TouchTasksSubmitInput!) { touchTasksSubmit(input: $input) { succeeded results { __typename ... on ValidationError { field message } } } }')},"variables":{"input":{"planId":"1002","tasks":[${tasks.join(',')}]}}}`;
    const response = await post(h.facade.url, body);
    const { data } = (await response.json()) as {
      data: { touchTasksSubmit: { succeeded: number; results: { __typename: string; field?: string; message?: string }[] } };
    };
    expect(data.touchTasksSubmit.succeeded).toBe(1);
    expect(data.touchTasksSubmit.results[0]).toMatchObject({
      __typename: 'ValidationError',
      field: 'tasks[0].inputParams',
      message: 'inputParams nests deeper than 32 levels.',
    });
    expect(data.touchTasksSubmit.results[2]).toMatchObject({
      __typename: 'ValidationError',
      field: 'tasks[2].userName',
      message: 'must be at most 256 characters',
    });
  });

  it('and a deep ruleCondition fails that rule only', async () => {
    const h = await start();
    const deep = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    const rules = [JSON.stringify(rule(1)).replace(/"ruleCondition":\{[^}]*\}/, `"ruleCondition":${deep}`), JSON.stringify(rule(2))];
    const body = `{"query":${JSON.stringify('mutation ($input: AccountingRulesSyncInput!) { accountingRulesSync(input: $input) { succeeded results { __typename ... on ValidationError { field } } } }')},"variables":{"input":{"rules":[${rules.join(',')}]}}}`;
    const { data } = (await (await post(h.facade.url, body)).json()) as {
      data: { accountingRulesSync: { succeeded: number; results: { __typename: string; field?: string }[] } };
    };
    expect(data.accountingRulesSync.succeeded).toBe(1);
    expect(data.accountingRulesSync.results[0]).toEqual({ __typename: 'ValidationError', field: 'rules[0].ruleCondition' });
  });
});

describe("the caller's mistakes", () => {
  it('answer 400: an operationName the document lacks, an entity type this subgraph does not resolve', async () => {
    const h = await start();
    const unnamed = await post(h.facade.url, { query: 'query A { __typename } query B { __typename }', operationName: 'C' });
    expect(unnamed.status).toBe(400);
    expect(((await unnamed.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('OPERATION_RESOLUTION_FAILURE');
    const entities = await post(h.facade.url, {
      query: 'query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }',
      variables: { r: [{ __typename: 'Spaceship', id: 1 }] },
    });
    expect(entities.status).toBe(400);
    expect(JSON.stringify(await entities.json())).toContain('BAD_USER_INPUT');
  });

  it("never echo a contact field's value in a refused variable's message", async () => {
    const h = await start();
    const input = { ...tasksInput(1), tasks: [{ ...tasksInput(1).tasks[0], phoneNumber: 13800009999 }] };
    const response = await post(h.facade.url, {
      query: 'mutation ($input: TouchTasksSubmitInput!) { touchTasksSubmit(input: $input) { succeeded } }',
      variables: { input },
    });
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(text).toContain('phoneNumber');
    expect(text).not.toContain('13800009999');
  });

  it('FEDERATION=false serves the public schema only: no _service for a facade no router fronts', async () => {
    const h = await start({ env: { FEDERATION: 'false' } });
    const response = await post(h.facade.url, { query: '{ _service { sdl } }' });
    expect(response.status).toBe(400);
    expect((await h.client.request(GoalsUpsertDocument, { input: goalsInput([112_003]) })).goalsUpsert.succeeded).toBe(1);
  });
});

describe('fan-out', () => {
  const entities = (url: string, representations: unknown[], headers: Record<string, string> = {}) =>
    post(
      url,
      { query: 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on AccountingRule { code } } }', variables: { r: representations } },
      headers,
    );

  it('bounds _entities at 1,000 representations, refused before any provider call', async () => {
    const h = await start();
    const response = await entities(
      h.facade.url,
      Array.from({ length: 1_001 }, (_, i) => ({ __typename: 'AccountingRule', code: `R-${i}` })),
    );
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain('at most 1,000 representations');
    expect(h.emulators.cloudpense.stats.pageCalls).toBe(0);
  });

  it('reads CloudPense within its read quota: more codes than the quota admits cost no more calls, and the rest say why', async () => {
    const h = await start({ env: { CLOUDPENSE_READS_PER_MINUTE: '5' } });
    const started = Date.now();
    const response = await entities(
      h.facade.url,
      Array.from({ length: 30 }, (_, i) => ({ __typename: 'AccountingRule', code: `R-${i}` })),
    );
    const body = (await response.json()) as { data: { _entities: unknown[] }; errors?: { extensions: { code: string } }[] };
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(h.emulators.cloudpense.stats.pageCalls).toBe(5);
    expect(body.data._entities).toHaveLength(30);
    expect(body.errors).toHaveLength(25);
    for (const error of body.errors!) expect(error.extensions.code).toBe('QUOTA_EXHAUSTED');
  });

  it('bounds the uids of a goals read', async () => {
    const h = await start();
    const uids = Array.from({ length: 10_001 }, (_, i) => i + 1);
    const response = await post(h.facade.url, {
      query: 'query ($u: [Int!]) { goals(year: 2026, assessType: SALES_AMOUNT, uids: $u) { uid } }',
      variables: { u: uids },
    });
    expect(JSON.stringify(await response.json())).toContain('"max":10000');
    expect(h.lingxing.stats.calls.get('/bd/goal/management/open/user/batchSelect') ?? 0).toBe(0);
  });
});

describe('fairness between callers', () => {
  it("serves another caller's request after at most a couple of a caller's burst, not after all of it", async () => {
    const sha256 = (key: string) => createHash('sha256').update(key).digest('hex');
    const keys = [
      { name: 'etl', sha256: sha256('etl-key-0123456789'), scopes: ['goals:write'] },
      { name: 'app', sha256: sha256('app-key-0123456789'), scopes: ['goals:write'] },
    ];
    const h = await start({
      env: { AUTH_MODE: 'required', AUTH_API_KEYS: JSON.stringify(keys), LINGXING_MAX_IN_FLIGHT: '1' },
      emulators: { lingxing: { faults: { latencyMs: 50 } } },
    });
    const as = (key: string) => createFacadeClient({ url: h.facade.url, headers: { 'x-api-key': key } });
    await as('app-key-0123456789').request(GoalsUpsertDocument, { input: goalsInput([113_000]) }); // token fetched first
    const finished: string[] = [];
    const burst = Array.from({ length: 20 }, (_, i) =>
      as('etl-key-0123456789')
        .request(GoalsUpsertDocument, { input: goalsInput([113_001 + i]) })
        .then(() => finished.push(`etl-${i}`)),
    );
    await new Promise((resolve) => setTimeout(resolve, 30));
    const other = as('app-key-0123456789')
      .request(GoalsUpsertDocument, { input: goalsInput([113_100]) })
      .then(() => finished.push('app'));
    await Promise.all([...burst, other]);
    // First come first served would put it 21st; taking turns puts it within the first few.
    expect(finished.indexOf('app')).toBeLessThanOrEqual(3);
  });
});
