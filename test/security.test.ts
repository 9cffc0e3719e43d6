import { createServer, type Server } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import { createFacadeClient, GoalsDocument, GoalsUpsertDocument, TouchTasksSubmitDocument } from '../src/client/index.js';
import { sha256Hex } from '../src/auth/api-keys.js';
import { PATHS } from '../src/providers/lingxing/wire.js';
import { goalsInput, harnessPerTest, tasksInput, thisYear } from './support/harness.js';

const start = harnessPerTest();
const ISSUER = 'https://id.example.test';
const AUDIENCE = 'provider-facade';
const SECRET = 'a-shared-secret-of-at-least-32-characters!';
const READER_KEY = 'reader-key-0123456789';
const WRITER_KEY = 'writer-key-9876543210';
const API_KEYS = JSON.stringify([
  { name: 'dashboard', sha256: sha256Hex(READER_KEY), scopes: ['goals:read'] },
  { name: 'etl', sha256: sha256Hex(WRITER_KEY), scopes: ['goals:read', 'goals:write'] },
]);
const batchOperates = (h: Awaited<ReturnType<typeof start>>) => h.lingxing.stats.calls.get(PATHS.batchOperate) ?? 0;

describe('client authentication with API keys and scopes', () => {
  it('refuses a request without a credential or with an unknown key as UNAUTHENTICATED (401)', async () => {
    const h = await start({ env: { AUTH_MODE: 'required', AUTH_API_KEYS: API_KEYS } });
    for (const headers of [{}, { 'x-api-key': 'not-a-key' }, { authorization: 'Bearer not.a.jwt' }] as Record<string, string>[]) {
      const response = await createFacadeClient({ url: h.facade.url, headers }).execute(GoalsUpsertDocument, { input: goalsInput([100_001]) });
      expect(response.status).toBe(401);
      expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(JSON.stringify(response.errors)).not.toContain('not-a-key');
    }
    expect(batchOperates(h)).toBe(0);
  });

  it('answers FORBIDDEN naming the missing scope, before any provider call; the right scope gets through', async () => {
    const h = await start({ env: { AUTH_MODE: 'required', AUTH_API_KEYS: API_KEYS } });
    const reader = createFacadeClient({ url: h.facade.url, headers: { 'x-api-key': READER_KEY } });
    const refused = await reader.execute(GoalsUpsertDocument, { input: goalsInput([100_001]) });
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', scope: 'goals:write' } });
    expect(refused.errors?.[0]?.message).toContain('goals:write');
    expect(batchOperates(h)).toBe(0);
    await expect(reader.request(GoalsDocument, { year: thisYear, assessType: 'SALES_AMOUNT' })).resolves.toBeDefined();

    const writer = createFacadeClient({ url: h.facade.url, headers: { authorization: `ApiKey ${WRITER_KEY}` } });
    const { goalsUpsert } = await writer.request(GoalsUpsertDocument, { input: goalsInput([100_001]) });
    expect(goalsUpsert.succeeded).toBe(1);
  });
});

describe('client authentication with JWTs', () => {
  const token = (claims: Record<string, unknown>, options: { audience?: string; expiresAt?: number } = {}) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setAudience(options.audience ?? AUDIENCE)
      .setSubject('user-42')
      .setExpirationTime(options.expiresAt ?? Math.floor(Date.now() / 1000) + 300)
      .sign(new TextEncoder().encode(SECRET));
  const env = { AUTH_MODE: 'required', AUTH_JWT_SECRET: SECRET, AUTH_JWT_ISSUER: ISSUER, AUTH_JWT_AUDIENCE: AUDIENCE, AUTH_JWT_CLOCK_TOLERANCE_SECONDS: '30' };

  it('checks signature, issuer, audience and expiry (with the clock tolerance), and takes scopes from the scope claim', async () => {
    const h = await start({ env });
    const call = async (jwt: string) =>
      createFacadeClient({ url: h.facade.url, headers: { authorization: `Bearer ${jwt}` } }).execute(GoalsUpsertDocument, { input: goalsInput([100_002]) });
    const now = Math.floor(Date.now() / 1000);
    expect((await call(await token({ scope: 'goals:write' }))).data?.goalsUpsert.succeeded).toBe(1);
    expect((await call(await token({ scope: 'goals:write' }, { expiresAt: now - 10 }))).data?.goalsUpsert.succeeded).toBe(1); // within 30 s
    expect((await call(await token({ scope: 'goals:write' }, { expiresAt: now - 120 }))).status).toBe(401);
    expect((await call(await token({ scope: 'goals:write' }, { audience: 'someone-else' }))).status).toBe(401);
    const forged = (await token({ scope: 'goals:write' })).replace(/\.[^.]+$/, '.AAAA');
    expect((await call(forged)).status).toBe(401);
    const readOnly = await call(await token({ scope: 'goals:read quotas:read' }));
    expect(readOnly.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', scope: 'goals:write' });
  });

  describe('from a JWKS URL', () => {
    let jwks: Server;
    let jwksUrl: string;
    let privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
    beforeAll(async () => {
      const pair = await generateKeyPair('RS256');
      privateKey = pair.privateKey;
      const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
      jwks = createServer((_request, response) => response.setHeader('content-type', 'application/json').end(JSON.stringify({ keys: [jwk] })));
      await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
      jwksUrl = `http://127.0.0.1:${(jwks.address() as { port: number }).port}/.well-known/jwks.json`;
    });
    afterAll(() => new Promise<void>((resolve) => jwks.close(() => resolve())));

    it('verifies RS256 tokens against the published keys', async () => {
      const h = await start({ env: { AUTH_MODE: 'required', AUTH_JWKS_URL: jwksUrl, AUTH_JWT_ISSUER: ISSUER, AUTH_JWT_AUDIENCE: AUDIENCE } });
      const jwt = await new SignJWT({ scp: ['goals:read'] })
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setExpirationTime('5m')
        .sign(privateKey);
      const client = createFacadeClient({ url: h.facade.url, headers: { authorization: `Bearer ${jwt}` } });
      await expect(client.request(GoalsDocument, { year: thisYear, assessType: 'SALES_AMOUNT' })).resolves.toBeDefined();
    });
  });
});

describe('browser callers and request limits', () => {
  it('answers CORS preflights for the configured origins only, and keeps CSRF prevention on', async () => {
    const h = await start({ env: { CORS_ORIGINS: 'https://app.example.com' } });
    const preflight = (origin: string) =>
      fetch(h.facade.url, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    expect((await preflight('https://app.example.com')).headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    expect((await preflight('https://evil.example.net')).headers.get('access-control-allow-origin')).toBeNull();
    // A "simple" cross-site GET without Apollo's preflight header is refused (CSRF prevention).
    const simple = await fetch(`${h.facade.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(simple.status).toBe(400);
  });

  it('refuses aliased, long or oversized queries before executing them', async () => {
    const h = await start();
    const post = (query: string) => fetch(h.facade.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const firstError = async (response: Response) => ((await response.json()) as { errors: { message: string; extensions: { code: string } }[] }).errors[0]!;
    const manyTokens = await post(`{ ${'__typename '.repeat(3_100)}}`);
    expect(manyTokens.status).toBe(400);
    // A limit is not a syntax error: its own code, and no "Syntax Error:" in front.
    expect(await firstError(manyTokens)).toMatchObject({
      message: "Document has more than 3000 tokens, this facade's limit.",
      extensions: { code: 'QUERY_LIMIT_EXCEEDED' },
    });
    // A syntax error is the caller's: 400, never a 500.
    const syntax = await post('{');
    expect(syntax.status).toBe(400);
    expect(await firstError(syntax)).toMatchObject({ message: expect.stringMatching(/^Syntax Error: /), extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: providerQuotas { provider }`).join(' ');
    expect(await firstError(await post(`{ ${aliases} }`))).toMatchObject({
      message: 'Aliases limit of 15 exceeded, found 40.',
      extensions: { code: 'QUERY_LIMIT_EXCEEDED' },
    });
    const huge = 'x'.repeat(9 * 1024 * 1024);
    const tooLarge = await post(`{ __typename } # ${huge}`);
    expect(tooLarge.status).toBe(413);
    expect(await firstError(tooLarge)).toMatchObject({
      message: expect.stringContaining('MAX_BODY_BYTES: 8388608'),
      extensions: { code: 'PAYLOAD_TOO_LARGE' },
    });
  });

  it('refuses a batch over its documented maximum as one top-level error, before any work', async () => {
    const h = await start();
    const uids = Array.from({ length: 10_001 }, (_, i) => 100_001 + (i % 19_000));
    const response = await h.client.execute(GoalsUpsertDocument, { input: goalsInput(uids) });
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.goals', max: 10_000 } });
    expect(batchOperates(h)).toBe(0);
  });
});

describe('production defaults', () => {
  it('logs one audit line per mutation and no credential or personal data; introspection and Sandbox are off', async () => {
    const lines: string[] = [];
    const key = 'outreach-key-0123456789';
    const h = await start({
      logs: { write: (line) => lines.push(line) },
      env: {
        NODE_ENV: 'production',
        LOG_LEVEL: 'info',
        AUTH_MODE: 'required',
        AUTH_API_KEYS: JSON.stringify([{ name: 'outreach', sha256: sha256Hex(key), scopes: ['touch-tasks:write'] }]),
      },
    });
    const client = createFacadeClient({ url: h.facade.url, headers: { 'x-api-key': key } });
    const input = tasksInput(3, { prefix: 'audit' });
    const { touchTasksSubmit } = await client.request(TouchTasksSubmitDocument, { input });

    const audits = lines.map((line) => JSON.parse(line) as { audit?: Record<string, unknown> }).filter((line) => line.audit);
    expect(audits).toHaveLength(1);
    expect(audits[0]!.audit).toEqual({
      principal: 'api-key:outreach',
      operation: 'touchTasksSubmit',
      items: 3,
      succeeded: touchTasksSubmit.succeeded,
      failed: touchTasksSubmit.failed,
      traceIds: touchTasksSubmit.traceIds,
    });
    // Whatever object a log line carries, its credentials and contact details are censored.
    h.facade.app.log.info({ task: { phoneNumber: '13800001111', email: 'probe@example.com' }, req: { headers: { 'x-api-key': key } } }, 'probe');
    expect(lines.at(-1)).toContain('[redacted]');
    const everything = lines.join('\n');
    expect(everything).not.toContain('13800001111');
    expect(everything).not.toContain('probe@example.com');
    for (const secret of [key, ...input.tasks.flatMap((task) => [task.phoneNumber, task.email])]) expect(everything).not.toContain(secret);

    const introspection = await client.execute(parse('{ __schema { types { name } } }') as never);
    expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
    const landing = await fetch(h.facade.url, { headers: { accept: 'text/html' } });
    expect(await landing.text()).not.toContain('embeddable-sandbox');
    expect((await fetch(h.facade.url.replace(/graphql$/, 'graphiql'))).status).toBe(404);
    await h.close();
    const development = await start();
    const sandbox = await (await fetch(development.facade.url, { headers: { accept: 'text/html' } })).text();
    expect(sandbox).toContain('embeddable-sandbox');
    // Apollo's telemetry stays off unless asked for; offline, the page points to the explorer served here.
    expect(sandbox).toContain('"runTelemetry":false');
    expect(sandbox).toContain('<a href="graphiql">GraphiQL</a>');
    const graphiql = await fetch(development.facade.url.replace(/graphql$/, 'graphiql'));
    expect(graphiql.status).toBe(200);
    expect(await graphiql.text()).toMatch(/<script type="module" src="graphiql\/assets\/explorer-\w+\.js">/);
    await development.close();
    const telemetry = await start({ env: { SANDBOX_TELEMETRY: 'true' } });
    expect(await (await fetch(telemetry.facade.url, { headers: { accept: 'text/html' } })).text()).toContain('"runTelemetry":true');
  });
});

describe('trusted documents', () => {
  const listedHash = (GoalsDocument as unknown as { __meta__: { hash: string } }).__meta__.hash;
  const byHash = (url: string) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        variables: { year: thisYear, assessType: 'SALES_AMOUNT' },
        extensions: { persistedQuery: { version: 1, sha256Hash: listedHash } },
      }),
    }).then(async (response) => ({
      status: response.status,
      body: (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] },
    }));

  it('accepts automatic persisted queries: an unknown hash once, then the hash alone', async () => {
    const h = await start();
    expect((await byHash(h.facade.url)).body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const client = createFacadeClient({ url: h.facade.url, persisted: true });
    await expect(client.request(GoalsDocument, { year: thisYear, assessType: 'SALES_AMOUNT' })).resolves.toEqual({ goals: [] });
    expect((await byHash(h.facade.url)).body).toEqual({ data: { goals: [] } });
  });

  it('in safelist mode runs only the operations of schema/operations/, by hash', async () => {
    const h = await start({ env: { TRUSTED_DOCUMENTS: 'safelist' } });
    expect((await byHash(h.facade.url)).body).toEqual({ data: { goals: [] } });
    const client = createFacadeClient({ url: h.facade.url, persisted: true });
    const { goalsUpsert } = await client.request(GoalsUpsertDocument, { input: goalsInput([100_031]) });
    expect(goalsUpsert.succeeded).toBe(1);
    const arbitrary = await h.client.execute(parse('{ providerQuotas { provider } }') as never);
    expect(arbitrary.status).toBe(400);
    expect(arbitrary.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_LISTED');
  });
});
