import { describe, expect, it } from 'vitest';
import { AccountingRulesSyncDocument, createFacadeClient, GoalsUpsertDocument } from '../src/client/index.js';
import { loadConfig } from '../src/config.js';
import { startEmulators } from '../src/emulators.js';
import { startFacade } from '../src/facade.js';
import { PATHS } from '../src/providers/lingxing/wire.js';
import { sleep } from '../src/core/emulation/faults.js';
import { calls, goalsInput, harnessPerTest, rules } from './support/harness.js';
import { liveEnv } from './support/replica.js';

const start = harnessPerTest();
const CHECKS = { PROVIDER_CHECKS: 'true' };
const readyz = async (facadeUrl: string) => {
  const response = await fetch(facadeUrl.replace('/graphql', '/readyz'));
  return { status: response.status, body: (await response.json()) as { status: string; providers: Record<string, { status: string; message?: string }> } };
};

describe("/readyz checks every provider's credentials", () => {
  it('is ready when every provider accepts them, each check costing one call and no token wasted', async () => {
    const h = await start({ env: CHECKS });
    const { status, body } = await readyz(h.facade.url);
    expect(status).toBe(200);
    expect(Object.fromEntries(Object.entries(body.providers).map(([provider, state]) => [provider, state.status]))).toEqual({
      lingxing: 'accepted',
      top: 'accepted',
      crm: 'accepted',
      cloudpense: 'accepted',
    });
    expect(h.emulators.top.stats.calls).toBe(1);
    expect(h.emulators.top.store.tasks).toHaveLength(0);
    expect(h.emulators.crm.calls).toBe(1);
    expect(h.emulators.cloudpense.stats).toMatchObject({ tokenCalls: 1, batchCalls: 0 });
    // The checks' tokens serve the first calls: no second token is fetched.
    await h.client.request(GoalsUpsertDocument, { input: goalsInput([111_001]) });
    await h.client.request(AccountingRulesSyncDocument, { input: { rules: rules(1) } });
    expect(calls(h, PATHS.accessToken)).toBe(1);
    expect(h.emulators.cloudpense.stats.tokenCalls).toBe(1);
  });

  it('answers 503 naming each provider that refuses them and what to check, echoing no secret', async () => {
    const h = await start({ env: CHECKS, lingxingSecret: 'wrong-lx-secret-1', topSecret: 'wrong-top-secret-2', crmSecret: 'wrong-crm-secret-3' });
    const { status, body } = await readyz(h.facade.url);
    expect(status).toBe(503);
    expect(body.providers.lingxing).toMatchObject({ status: 'refused', message: expect.stringContaining('LINGXING_APP_SECRET') });
    expect(body.providers.top).toMatchObject({ status: 'refused', message: expect.stringContaining('TOP_APP_SECRET') });
    expect(body.providers.crm).toMatchObject({ status: 'refused', message: expect.stringContaining('CRM_INTERNAL_SECRET') });
    expect(body.providers.cloudpense?.status).toBe('accepted');
    expect(JSON.stringify(body)).not.toMatch(/wrong-(lx|top|crm)-secret/);
  });

  it('checks again periodically: a secret changed under a running replica makes it unready', async () => {
    const h = await start({ env: { ...CHECKS, PROVIDER_CHECK_INTERVAL_MS: '1000' } });
    expect((await readyz(h.facade.url)).status).toBe(200);
    h.emulators.cloudpense.rotateClientSecret();
    await sleep(1_600);
    const { status, body } = await readyz(h.facade.url);
    expect(status).toBe(503);
    expect(body.providers.cloudpense).toMatchObject({ status: 'refused', message: expect.stringContaining('CLOUDPENSE_CLIENT_SECRET') });
  });

  it('stays ready while a provider is merely unreachable, and says so', async () => {
    const h = await start({ env: CHECKS, connections: (given) => ({ ...given, crm: { ...given.crm, baseUrl: 'http://127.0.0.1:9' } }) });
    const { status, body } = await readyz(h.facade.url);
    expect(status).toBe(200);
    expect(body.providers.crm?.status).toBe('unreachable');
  });
});

describe('PROVIDERS=live', () => {
  it('runs with production defaults: no stack traces, no Sandbox, no introspection', async () => {
    const emulators = await startEmulators();
    const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', ...liveEnv(emulators) });
    const facade = await startFacade(config, emulators.connections);
    try {
      const client = createFacadeClient({ url: facade.url });
      const bad = await client.execute(GoalsUpsertDocument, { input: { ...goalsInput([111_002]), assessType: 'NOT_A_TYPE' as never } });
      expect(bad.status).toBe(400);
      expect(JSON.stringify(bad.errors)).not.toContain('stacktrace');
      const introspection = await fetch(facade.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __schema { types { name } } }"}',
      });
      expect(introspection.status).toBe(400);
      const page = await fetch(facade.url, { headers: { accept: 'text/html' } });
      expect(await page.text()).not.toContain('embeddable-sandbox');
      const { goalsUpsert } = await client.request(GoalsUpsertDocument, { input: goalsInput([111_003]) });
      expect(goalsUpsert.succeeded).toBe(1);
    } finally {
      await facade.close();
      await emulators.close();
    }
  });
});
