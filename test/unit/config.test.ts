import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

/** Every variable `live` mode requires. */
const live = {
  PROVIDERS: 'live',
  LINGXING_BASE_URL: 'https://openapi.lingxing.com',
  LINGXING_APP_ID: 'ak_0123456789abc',
  LINGXING_APP_SECRET: 's3cret',
  TOP_GATEWAY_URL: 'https://gw.api.taobao.com/router/rest',
  TOP_APP_KEY: '12345678',
  TOP_APP_SECRET: 'top-s3cret',
  CRM_BASE_URL: 'http://crm.internal:8080',
  CRM_INTERNAL_SECRET: 'crm-s3cret',
  CLOUDPENSE_BASE_URL: 'https://tenant.cloudpense.example',
  CLOUDPENSE_CLIENT_ID: 'cp-id',
  CLOUDPENSE_CLIENT_SECRET: 'cp-secret',
};

describe('loadConfig', () => {
  it('defaults to emulated providers on port 4000 with no variables at all', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, providers: 'emulated', lingxing: { chunkSize: 100, maxInFlight: 10, connection: undefined } });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('in live mode lists every missing or malformed variable in one message', () => {
    let error: unknown;
    try {
      loadConfig({ PROVIDERS: 'live', PORT: 'eighty', LINGXING_APP_ID: 'too-short' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    for (const name of [
      'PORT',
      'LINGXING_APP_ID',
      'LINGXING_BASE_URL',
      'LINGXING_APP_SECRET',
      'TOP_GATEWAY_URL',
      'TOP_APP_KEY',
      'TOP_APP_SECRET',
      'CRM_BASE_URL',
      'CRM_INTERNAL_SECRET',
      'CLOUDPENSE_BASE_URL',
      'CLOUDPENSE_CLIENT_ID',
      'CLOUDPENSE_CLIENT_SECRET',
    ]) {
      expect(message).toContain(name);
    }
    expect(message).toContain('16 bytes');
  });

  it('accepts a complete live configuration and never needs the secret outside the connection', () => {
    const config = loadConfig({
      ...live,
      TOP_SIGN_METHOD: 'md5',
      CRM_STAGES: 'lead,won',
      AUTH_MODE: 'required',
      AUTH_API_KEYS: JSON.stringify([{ name: 'etl', sha256: 'a'.repeat(64), scopes: ['goals:write'] }]),
    });
    expect(config.auth).toMatchObject({ mode: 'required', apiKeys: [{ name: 'etl', scopes: ['goals:write'] }], jwt: undefined });
    expect(config.corsOrigins).toBe(false); // live: no browser origin unless listed
    expect(config.cloudpense).toMatchObject({
      connection: { baseUrl: 'https://tenant.cloudpense.example', clientId: 'cp-id', clientSecret: 'cp-secret' },
      chunkSize: 200,
    });
    expect(config.crm).toMatchObject({
      connection: { baseUrl: 'http://crm.internal:8080', internalSecret: 'crm-s3cret' },
      stages: ['lead', 'won'],
      maxConcurrency: 8,
      ratePerSecond: 50,
    });
    expect(config.lingxing.connection).toEqual({ baseUrl: 'https://openapi.lingxing.com', appId: 'ak_0123456789abc', appSecret: 's3cret' });
    expect(config.top).toMatchObject({
      connection: { gatewayUrl: 'https://gw.api.taobao.com/router/rest', appKey: '12345678', appSecret: 'top-s3cret', signMethod: 'md5' },
      chunkSize: 100,
      callLimit: 100,
      callWindowMs: 60_000,
    });
  });
});

describe('loadConfig: the shared quota ledger', () => {
  it('takes a Redis URL and the number of replicas, and refuses more replicas than the smallest limit can share', () => {
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379', FACADE_REPLICAS: '3' }).quota).toMatchObject({
      redisUrl: 'redis://127.0.0.1:6379',
      replicas: 3,
      redisKeyPrefix: 'facade:',
      maxWaiting: 1_000,
    });
    expect(() => loadConfig({ REDIS_URL: 'http://127.0.0.1:6379' })).toThrow(/REDIS_URL/);
    // LingXing's bucket of 4 cannot be shared by 5 replicas: one would get no token at all.
    expect(() => loadConfig({ FACADE_REPLICAS: '5', LINGXING_MAX_IN_FLIGHT: '4' })).toThrow(/FACADE_REPLICAS: must be at most 4/);
  });
});

describe('loadConfig: who may call', () => {
  it('refuses to start live without an auth decision, and accepts an explicit AUTH_MODE=none', () => {
    expect(() => loadConfig(live)).toThrow(/AUTH_MODE: required when PROVIDERS=live/);
    expect(loadConfig({ ...live, AUTH_MODE: 'none' }).auth.mode).toBe('none');
    expect(() => loadConfig({ ...live, AUTH_MODE: 'required' })).toThrow(/configure AUTH_JWKS_URL/);
  });

  it('needs an issuer and audience to verify JWTs, and one key source only', () => {
    const secret = 'x'.repeat(32);
    expect(() => loadConfig({ ...live, AUTH_MODE: 'required', AUTH_JWT_SECRET: secret })).toThrow(/AUTH_JWT_ISSUER and AUTH_JWT_AUDIENCE/);
    expect(() => loadConfig({ ...live, AUTH_MODE: 'required', AUTH_JWT_SECRET: secret, AUTH_JWKS_URL: 'https://id.example/jwks' })).toThrow(/set one of them/);
    const config = loadConfig({ ...live, AUTH_MODE: 'required', AUTH_JWT_SECRET: secret, AUTH_JWT_ISSUER: 'https://id.example', AUTH_JWT_AUDIENCE: 'facade' });
    expect(config.auth.jwt).toMatchObject({ issuer: 'https://id.example', audience: 'facade', clockToleranceSeconds: 30 });
  });

  it('names what is wrong with the API keys, never echoing a key', () => {
    expect(() => loadConfig({ AUTH_MODE: 'required', AUTH_API_KEYS: '[{"name":"etl","sha256":"plain-key","scopes":["goals:write"]}]' })).toThrow(
      /AUTH_API_KEYS: 0.sha256: must be the hex SHA-256 of the key/,
    );
    expect(() => loadConfig({ AUTH_MODE: 'required', AUTH_API_KEYS_FILE: '/nonexistent/keys.json' })).toThrow(/AUTH_API_KEYS_FILE: cannot read .* \(ENOENT\)/);
  });

  describe('live-mode safety', () => {
    it('runs live providers as production unless NODE_ENV says otherwise: no Sandbox, no introspection', () => {
      const config = loadConfig({ ...live, AUTH_MODE: 'none' });
      expect(config).toMatchObject({ nodeEnv: 'production', sandbox: false, introspection: false });
      expect(loadConfig({ ...live, AUTH_MODE: 'none', NODE_ENV: 'development' })).toMatchObject({ nodeEnv: 'development', sandbox: true });
      expect(loadConfig({ ...live, AUTH_MODE: 'none', SANDBOX: 'true' })).toMatchObject({ nodeEnv: 'production', sandbox: true, introspection: false });
      expect(loadConfig({})).toMatchObject({ nodeEnv: 'development', sandbox: true, introspection: true });
    });

    it('reports every problem at once: a missing AUTH_MODE beside the missing provider variables and a bad value', () => {
      const message = (() => {
        try {
          loadConfig({ PROVIDERS: 'live', LINGXING_CHUNK_SIZE: 'lots', FACADE_REPLICAS: '3' });
        } catch (error) {
          return (error as Error).message;
        }
        return '';
      })();
      for (const part of ['AUTH_MODE', 'LINGXING_BASE_URL', 'CLOUDPENSE_CLIENT_SECRET', 'LINGXING_CHUNK_SIZE', 'FACADE_REPLICAS=3 needs REDIS_URL'])
        expect(message).toContain(part);
    });

    it('refuses several replicas without Redis: each would spend the whole quota', () => {
      expect(() => loadConfig({ FACADE_REPLICAS: '2' })).toThrow(/FACADE_REPLICAS=2 needs REDIS_URL/);
      expect(loadConfig({ FACADE_REPLICAS: '2', REDIS_URL: 'redis://127.0.0.1:6379' }).quota.replicas).toBe(2);
    });

    it('keeps a base URL path and refuses one with a query or fragment, naming the variable', () => {
      const config = loadConfig({ ...live, AUTH_MODE: 'none', CLOUDPENSE_BASE_URL: 'https://host/tenant-x/' });
      expect(config.cloudpense.connection?.baseUrl).toBe('https://host/tenant-x/');
      for (const bad of ['https://host/tenant-x?tenant=1', 'https://host/tenant-x#top']) {
        expect(() => loadConfig({ ...live, AUTH_MODE: 'none', CLOUDPENSE_BASE_URL: bad })).toThrow(/CLOUDPENSE_BASE_URL: must not have a query or fragment/);
      }
      expect(() => loadConfig({ ...live, AUTH_MODE: 'none', CRM_BASE_URL: 'ftp://crm' })).toThrow(/CRM_BASE_URL: must be an http\(s\) URL/);
    });
  });
});
