import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseApiKeys } from './auth/api-keys.js';
import type { AuthSettings } from './auth/authenticator.js';
import type { BreakerSettings } from './core/http/breaker.js';
import { baseUrlProblem, type HttpTimeouts } from './core/http/pool.js';
import type { RetryOptions } from './core/http/retry.js';
import type { CloudpenseConnection } from './providers/cloudpense/client.js';
import type { CrmConnection } from './providers/crm/client.js';
import type { LingxingConnection } from './providers/lingxing/client.js';
import type { TopConnection } from './providers/top/client.js';
import { SIGN_METHODS } from './providers/top/port.js';

/** An unset variable and an empty one mean the same: use the default. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const url = z.url({ protocol: /^https?$/ });
/** A provider's base URL: calls append their paths to it, keeping its own path (a tenant prefix). */
const baseUrl = z.string().superRefine((text, ctx) => {
  const problem = baseUrlProblem(text);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const env = z.object({
  // Default: production with live providers, development with the emulators (see loadConfig).
  NODE_ENV: optional(z.enum(['development', 'production', 'test'])),
  HOST: optional(z.string().min(1)).default('127.0.0.1'),
  PORT: optional(int(0, 65_535)).default(4000),
  PROVIDERS: optional(z.enum(['emulated', 'live'])).default('emulated'),
  LOG_LEVEL: optional(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])).default('info'),
  REQUEST_DEADLINE_MS: optional(int(100, 600_000)).default(10_000),
  MAX_BODY_BYTES: optional(int(1_024, 256 * 1024 * 1024)).default(8 * 1024 * 1024),
  PROVIDER_RETRY_ATTEMPTS: optional(int(1, 10)).default(3),
  BREAKER_FAILURES: optional(int(1, 1_000)).default(5),
  BREAKER_COOLDOWN_MS: optional(int(100, 600_000)).default(5_000),
  AUTH_MODE: optional(z.enum(['none', 'required'])),
  AUTH_JWKS_URL: optional(url),
  AUTH_JWT_PUBLIC_KEY: optional(z.string().includes('BEGIN PUBLIC KEY', { message: 'must be a PEM public key' })),
  AUTH_JWT_SECRET: optional(z.string().min(32, 'must be at least 32 characters')),
  AUTH_JWT_ISSUER: optional(z.string().min(1)),
  AUTH_JWT_AUDIENCE: optional(z.string().min(1)),
  AUTH_JWT_CLOCK_TOLERANCE_SECONDS: optional(int(0, 600)).default(30),
  AUTH_JWT_MAX_LIFETIME_SECONDS: optional(int(60, 31 * 86_400)).default(86_400),
  AUTH_API_KEYS: optional(z.string().min(1)),
  AUTH_API_KEYS_FILE: optional(z.string().min(1)),
  CORS_ORIGINS: optional(
    z.string().regex(/^(\*|https?:\/\/[^,\s]+(,https?:\/\/[^,\s]+)*)$/, 'a comma-separated list of origins (https://app.example.com), or *'),
  ),
  REQUEST_TIMEOUT_MS: optional(int(1_000, 600_000)).default(30_000),
  METRICS_TOKEN: optional(z.string().min(16, 'must be at least 16 characters')),
  GRAPHQL_INTROSPECTION: optional(z.enum(['true', 'false'])),
  SANDBOX: optional(z.enum(['true', 'false'])),
  SANDBOX_TELEMETRY: optional(z.enum(['true', 'false'])).default('false'),
  TRUSTED_DOCUMENTS: optional(z.enum(['any', 'safelist'])).default('any'),
  FEDERATION: optional(z.enum(['true', 'false'])).default('true'),
  REDIS_URL: optional(z.url({ protocol: /^rediss?$/ })),
  REDIS_KEY_PREFIX: optional(z.string().min(1)).default('facade:'),
  FACADE_REPLICAS: optional(int(1, 64)).default(1),
  QUOTA_MAX_WAITING: optional(int(1, 1_000_000)).default(1_000),
  QUOTA_MAX_WAITING_PER_PRINCIPAL: optional(int(1, 1_000_000)).default(500),
  REFUSED_CHUNK_SPLIT_CALLS: optional(int(0, 1_000)).default(16),
  READ_CACHE_TTL_MS: optional(int(0, 86_400_000)).default(0),
  READ_CACHE_MAX_BYTES: optional(int(1_048_576, 4_294_967_296)).default(67_108_864),
  FACADE_ROLE: optional(z.enum(['api', 'worker', 'all'])).default('all'),
  BULK_MAX_ITEMS: optional(int(1, 10_000_000)).default(100_000),
  BULK_RETENTION_HOURS: optional(int(1, 24 * 365)).default(168),
  BULK_WORKER_CONCURRENCY: optional(int(1, 1_000)).default(32),
  BULK_CHUNK_WAIT_MS: optional(int(100, 600_000)).default(15_000),
  BULK_MAX_UPLOAD_BYTES: optional(int(1_024, 4 * 1024 ** 3)).default(256 * 1024 ** 2),
  BULK_STALLED_MS: optional(int(1_000, 600_000)).default(30_000),
  BULK_WINDOW_SHARE: optional(z.coerce.number().min(0.01).max(1)).default(0.96),
  BULK_CALLS_PER_CHUNK: optional(int(1, 50)).default(8),
  PROVIDER_CHECKS: optional(z.enum(['true', 'false'])).default('true'),
  PROVIDER_CHECK_INTERVAL_MS: optional(
    z.coerce
      .number()
      .int()
      .refine((ms) => ms === 0 || (ms >= 1_000 && ms <= 86_400_000), 'must be 0 (at start-up only) or 1000 to 86400000'),
  ).default(300_000),
  LINGXING_BASE_URL: optional(baseUrl),
  // The appId is also the AES-128 key of the signature, so it must be 16 bytes.
  LINGXING_APP_ID: optional(z.string().refine((id) => Buffer.byteLength(id) === 16, 'must be 16 bytes (it is the AES-128 signing key)')),
  LINGXING_APP_SECRET: optional(z.string().min(1)),
  LINGXING_CHUNK_SIZE: optional(int(1, 1_000)).default(100),
  LINGXING_MAX_IN_FLIGHT: optional(int(1, 100)).default(10),
  LINGXING_TIMEOUT_MS: optional(int(100, 600_000)).default(15_000),
  LINGXING_TOKEN_LEASE_MS: optional(int(100, 600_000)).default(120_000),
  TOP_GATEWAY_URL: optional(baseUrl),
  TOP_APP_KEY: optional(z.string().min(1)),
  TOP_APP_SECRET: optional(z.string().min(1)),
  TOP_SESSION: optional(z.string().min(1)),
  TOP_SIGN_METHOD: optional(z.enum(SIGN_METHODS)).default('hmac-sha256'),
  TOP_CHUNK_SIZE: optional(int(1, 1_000)).default(100),
  TOP_CALL_LIMIT: optional(int(1, 1_000_000)).default(100),
  TOP_CALL_WINDOW_SECONDS: optional(int(1, 86_400)).default(60),
  TOP_TIMEOUT_MS: optional(int(100, 600_000)).default(15_000),
  CRM_BASE_URL: optional(baseUrl),
  CRM_INTERNAL_SECRET: optional(z.string().min(1)),
  CRM_STAGES: optional(z.string().regex(/^[^,\s]+(,[^,\s]+)*$/, 'a comma-separated list of stage codes')).default(
    'lead,qualified,proposal,negotiation,won,lost',
  ),
  CRM_MAX_CONCURRENCY: optional(int(1, 256)).default(8),
  CRM_RATE_PER_SECOND: optional(int(1, 100_000)).default(50),
  CRM_TIMEOUT_MS: optional(int(100, 600_000)).default(15_000),
  CLOUDPENSE_BASE_URL: optional(baseUrl),
  CLOUDPENSE_CLIENT_ID: optional(z.string().min(1)),
  CLOUDPENSE_CLIENT_SECRET: optional(z.string().min(1)),
  CLOUDPENSE_CHUNK_SIZE: optional(int(1, 1_000)).default(200),
  CLOUDPENSE_RATE_LIMITED_RESCODE: optional(z.coerce.number().int()).default(429001),
  CLOUDPENSE_TOKEN_INVALID_RESCODE: optional(z.coerce.number().int()),
  CLOUDPENSE_READS_PER_MINUTE: optional(int(1, 100_000)).default(60),
  CLOUDPENSE_TIMEOUT_MS: optional(int(100, 600_000)).default(30_000),
});

/** What `live` mode cannot start without. */
const LIVE_REQUIRED = [
  'LINGXING_BASE_URL',
  'LINGXING_APP_ID',
  'LINGXING_APP_SECRET',
  'TOP_GATEWAY_URL',
  'TOP_APP_KEY',
  'TOP_APP_SECRET',
  'CRM_BASE_URL',
  'CRM_INTERNAL_SECRET',
  'CLOUDPENSE_BASE_URL',
  'CLOUDPENSE_CLIENT_ID',
  'CLOUDPENSE_CLIENT_SECRET',
] as const;

export interface Config {
  readonly nodeEnv: 'development' | 'production' | 'test';
  readonly host: string;
  readonly port: number;
  /** `emulated`: main.ts starts the provider emulators on loopback. `live`: the real providers. */
  readonly providers: 'emulated' | 'live';
  readonly logLevel: string;
  /** The longest a request may take; a client may ask for less (the `x-deadline-ms` header). */
  readonly requestDeadlineMs: number;
  /** How long a client may take to send its request (slow senders are cut off). */
  readonly requestTimeoutMs: number;
  readonly maxBodyBytes: number;
  /** When set, GET /metrics needs `Authorization: Bearer <this>`. */
  readonly metricsToken: string | undefined;
  /** Who may call. */
  readonly auth: AuthSettings;
  /** Schema introspection and the Sandbox landing page: on outside production unless turned off, off in production unless turned on. */
  readonly introspection: boolean;
  readonly sandbox: boolean;
  /** Let Apollo Sandbox send Apollo its usage telemetry (off unless asked for). */
  readonly sandboxTelemetry: boolean;
  /** `any`: any query (and automatic persisted queries); `safelist`: only schema/operations/, by hash. */
  readonly trustedDocuments: 'any' | 'safelist';
  /** Serve the Federation subgraph (`_service`, `_entities`) for a router; false: the public schema only, for a facade no router fronts. */
  readonly federation: boolean;
  /** Browser origins allowed to call (CORS); `true` for any, `false` for none, or a pattern/list. */
  readonly corsOrigins: boolean | RegExp | readonly string[];
  readonly quota: {
    /** Absent: the in-memory ledger (one process). Present: every replica shares the ledger in Redis. */
    readonly redisUrl: string | undefined;
    readonly redisKeyPrefix: string;
    /** How many replicas share the quotas; without Redis each keeps 1/replicas of every limit. */
    readonly replicas: number;
    /** Callers allowed to wait for one provider operation; past it they get QuotaExhausted at once. */
    readonly maxWaiting: number;
    /** …and callers of one principal: no one caller fills the queue. */
    readonly maxWaitingPerPrincipal: number;
  };
  /** Calls a chunk refused whole may spend to isolate the items the provider refuses (halves, then halves again). */
  readonly refusedChunkSplitCalls: number;
  /** Provider reads kept this long (0: none), in memory (bounded by bytes) or in Redis when REDIS_URL is set. */
  readonly readCache: { readonly ttlMs: number; readonly maxBytes: number };
  readonly bulk: {
    /** `api` serves requests only, `worker` runs bulk-job chunks only (and serves /healthz, /metrics), `all` both. */
    readonly role: 'api' | 'worker' | 'all';
    /** The most items one job takes (inline or uploaded). */
    readonly maxItems: number;
    /** How long a job's results are kept after it ends. */
    readonly retentionMs: number;
    /** Chunks one process runs at once, across jobs. */
    readonly workerConcurrency: number;
    /** How long a chunk waits for its admission before it is deferred to the quota's own time. */
    readonly chunkWaitMs: number;
    readonly maxUploadBytes: number;
    /** When a chunk whose worker stopped answering is taken over by another (BullMQ's lock). */
    readonly stalledMs: number;
    /** The share of each rolling window (TOP, CloudPense) jobs may fill; the rest stays for requests. */
    readonly windowShare: number;
    /** Provider calls one stored chunk of a job holds, where resending is safe (else one). */
    readonly callsPerChunk: number;
  };
  /** Whether /readyz checks each provider's credentials (at start-up, then every interval; 0: at start-up only). */
  readonly providerChecks: boolean;
  readonly providerCheckIntervalMs: number;
  readonly retry: RetryOptions;
  /** When a provider's circuit opens (consecutive outages) and how long it stays open. */
  readonly breaker: BreakerSettings;
  readonly lingxing: {
    /** Absent in emulated mode: the emulator supplies it. */
    readonly connection: LingxingConnection | undefined;
    readonly chunkSize: number;
    readonly maxInFlight: number;
    /** When LingXing reclaims a token from a call that never completed (documented: 2 min). */
    readonly tokenLeaseMs: number;
    readonly timeouts: HttpTimeouts;
  };
  readonly top: {
    /** Absent in emulated mode: the emulator supplies it. */
    readonly connection: TopConnection | undefined;
    readonly chunkSize: number;
    /** The app's call quota (undocumented): calls per window. */
    readonly callLimit: number;
    readonly callWindowMs: number;
    readonly timeouts: HttpTimeouts;
  };
  readonly crm: {
    /** Absent in emulated mode: the emulator supplies it. */
    readonly connection: CrmConnection | undefined;
    readonly stages: readonly string[];
    /** Not documented by the CRM: a cap on calls in flight and per second. */
    readonly maxConcurrency: number;
    readonly ratePerSecond: number;
    readonly timeouts: HttpTimeouts;
  };
  readonly cloudpense: {
    /** Absent in emulated mode: the emulator supplies it. */
    readonly connection: CloudpenseConnection | undefined;
    readonly chunkSize: number;
    /** Not documented by CloudPense: the resCode of an exceeded window, and of a refused token outside the 401xxx range. */
    readonly rateLimitedResCode: number;
    readonly tokenInvalidResCode: number | undefined;
    /** Not documented by CloudPense: findByPage calls per rolling minute the facade allows itself. */
    readonly readsPerMinute: number;
    readonly timeouts: HttpTimeouts;
  };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the environment once; every problem is reported together, never one at a time. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = env.safeParse(source);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  const live = source.PROVIDERS === 'live';
  if (live) {
    for (const name of LIVE_REQUIRED) if (!source[name]) problems.push(`${name}: required when PROVIDERS=live`);
  }
  // The checks below read the variables that parsed; one that did not is already reported.
  const vars = parsed.success ? parsed.data : fieldsThatParse(source);
  const auth = authSettings(vars, live);
  if (typeof auth === 'string') problems.push(auth);
  // Without Redis each replica keeps floor(limit / replicas): every limit must leave each at least one.
  const replicas = vars.FACADE_REPLICAS ?? 1;
  const smallest = Math.min(vars.LINGXING_MAX_IN_FLIGHT ?? 10, vars.TOP_CALL_LIMIT ?? 100, vars.CRM_MAX_CONCURRENCY ?? 8, vars.CRM_RATE_PER_SECOND ?? 50, 50);
  if (replicas > smallest)
    problems.push(`FACADE_REPLICAS: must be at most ${smallest}, the smallest provider limit, so each replica's share is at least one call`);
  if (source.FACADE_ROLE && source.FACADE_ROLE !== 'all' && !source.REDIS_URL) {
    problems.push(`FACADE_ROLE=${source.FACADE_ROLE} needs REDIS_URL: without Redis, bulk jobs run in the process that started them, so it must be both (all)`);
  }
  if (replicas > 1 && !source.REDIS_URL) {
    problems.push(`FACADE_REPLICAS=${replicas} needs REDIS_URL: without a shared ledger every replica would spend the whole quota of every provider`);
  }
  if (problems.length > 0 || !parsed.success || typeof auth === 'string') {
    throw new ConfigError(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
  // Live providers run as production (no stack traces, no Sandbox, no introspection, masked errors) unless NODE_ENV says otherwise.
  const nodeEnv = vars.NODE_ENV ?? (live ? 'production' : 'development');
  const timeouts = (ms: number): HttpTimeouts => ({ connectMs: Math.min(ms, 5_000), headersMs: ms, bodyMs: ms });
  return Object.freeze({
    nodeEnv,
    host: vars.HOST,
    port: vars.PORT,
    providers: vars.PROVIDERS,
    logLevel: vars.LOG_LEVEL,
    requestDeadlineMs: vars.REQUEST_DEADLINE_MS,
    requestTimeoutMs: vars.REQUEST_TIMEOUT_MS,
    maxBodyBytes: vars.MAX_BODY_BYTES,
    metricsToken: vars.METRICS_TOKEN,
    auth,
    introspection: vars.GRAPHQL_INTROSPECTION ? vars.GRAPHQL_INTROSPECTION === 'true' : nodeEnv !== 'production',
    trustedDocuments: vars.TRUSTED_DOCUMENTS,
    federation: vars.FEDERATION === 'true',
    sandbox: vars.SANDBOX ? vars.SANDBOX === 'true' : nodeEnv !== 'production',
    sandboxTelemetry: vars.SANDBOX_TELEMETRY === 'true',
    corsOrigins: corsOrigins(vars.CORS_ORIGINS, vars.PROVIDERS),
    quota: {
      redisUrl: vars.REDIS_URL,
      redisKeyPrefix: vars.REDIS_KEY_PREFIX,
      replicas: vars.FACADE_REPLICAS,
      maxWaiting: vars.QUOTA_MAX_WAITING,
      maxWaitingPerPrincipal: vars.QUOTA_MAX_WAITING_PER_PRINCIPAL,
    },
    refusedChunkSplitCalls: vars.REFUSED_CHUNK_SPLIT_CALLS,
    readCache: { ttlMs: vars.READ_CACHE_TTL_MS, maxBytes: vars.READ_CACHE_MAX_BYTES },
    bulk: {
      role: vars.FACADE_ROLE,
      maxItems: vars.BULK_MAX_ITEMS,
      retentionMs: vars.BULK_RETENTION_HOURS * 3_600_000,
      workerConcurrency: vars.BULK_WORKER_CONCURRENCY,
      chunkWaitMs: vars.BULK_CHUNK_WAIT_MS,
      maxUploadBytes: vars.BULK_MAX_UPLOAD_BYTES,
      stalledMs: vars.BULK_STALLED_MS,
      windowShare: vars.BULK_WINDOW_SHARE,
      callsPerChunk: vars.BULK_CALLS_PER_CHUNK,
    },
    providerChecks: vars.PROVIDER_CHECKS === 'true',
    providerCheckIntervalMs: vars.PROVIDER_CHECK_INTERVAL_MS,
    retry: { maxAttempts: vars.PROVIDER_RETRY_ATTEMPTS, initialDelayMs: 50, maxDelayMs: 1_000 },
    breaker: { failures: vars.BREAKER_FAILURES, cooldownMs: vars.BREAKER_COOLDOWN_MS },
    lingxing: {
      connection:
        vars.PROVIDERS === 'live' ? { baseUrl: vars.LINGXING_BASE_URL!, appId: vars.LINGXING_APP_ID!, appSecret: vars.LINGXING_APP_SECRET! } : undefined,
      chunkSize: vars.LINGXING_CHUNK_SIZE,
      maxInFlight: vars.LINGXING_MAX_IN_FLIGHT,
      tokenLeaseMs: vars.LINGXING_TOKEN_LEASE_MS,
      timeouts: timeouts(vars.LINGXING_TIMEOUT_MS),
    },
    top: {
      connection:
        vars.PROVIDERS === 'live'
          ? {
              gatewayUrl: vars.TOP_GATEWAY_URL!,
              appKey: vars.TOP_APP_KEY!,
              appSecret: vars.TOP_APP_SECRET!,
              session: vars.TOP_SESSION,
              signMethod: vars.TOP_SIGN_METHOD,
            }
          : undefined,
      chunkSize: vars.TOP_CHUNK_SIZE,
      callLimit: vars.TOP_CALL_LIMIT,
      callWindowMs: vars.TOP_CALL_WINDOW_SECONDS * 1000,
      timeouts: timeouts(vars.TOP_TIMEOUT_MS),
    },
    crm: {
      connection: vars.PROVIDERS === 'live' ? { baseUrl: vars.CRM_BASE_URL!, internalSecret: vars.CRM_INTERNAL_SECRET! } : undefined,
      stages: vars.CRM_STAGES.split(','),
      maxConcurrency: vars.CRM_MAX_CONCURRENCY,
      ratePerSecond: vars.CRM_RATE_PER_SECOND,
      timeouts: timeouts(vars.CRM_TIMEOUT_MS),
    },
    cloudpense: {
      connection:
        vars.PROVIDERS === 'live'
          ? { baseUrl: vars.CLOUDPENSE_BASE_URL!, clientId: vars.CLOUDPENSE_CLIENT_ID!, clientSecret: vars.CLOUDPENSE_CLIENT_SECRET! }
          : undefined,
      chunkSize: vars.CLOUDPENSE_CHUNK_SIZE,
      rateLimitedResCode: vars.CLOUDPENSE_RATE_LIMITED_RESCODE,
      tokenInvalidResCode: vars.CLOUDPENSE_TOKEN_INVALID_RESCODE,
      readsPerMinute: vars.CLOUDPENSE_READS_PER_MINUTE,
      timeouts: timeouts(vars.CLOUDPENSE_TIMEOUT_MS),
    },
  });
}

type Vars = z.infer<typeof env>;

/** Each variable on its own, so one bad value does not hide the problems of the others. */
function fieldsThatParse(source: NodeJS.ProcessEnv): Vars {
  const fields: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(env.shape)) {
    const field = (schema as z.ZodType).safeParse(source[name]);
    if (field.success) fields[name] = field.data;
  }
  return fields as Vars;
}

/**
 * Auth from the environment, or the problem with it. `live` refuses to start without a decision:
 * a JWT or API-key configuration, or an explicit AUTH_MODE=none. `emulated` defaults to none.
 */
function authSettings(vars: Vars, live: boolean): AuthSettings | string {
  const mode = vars.AUTH_MODE ?? (live ? undefined : 'none');
  if (!mode)
    return 'AUTH_MODE: required when PROVIDERS=live: `required` (with AUTH_JWKS_URL, AUTH_JWT_PUBLIC_KEY, AUTH_JWT_SECRET or AUTH_API_KEYS) or `none` to let anyone call';
  let apiKeys: AuthSettings['apiKeys'] = [];
  let keysJson = vars.AUTH_API_KEYS;
  if (keysJson === undefined && vars.AUTH_API_KEYS_FILE) {
    try {
      keysJson = readFileSync(vars.AUTH_API_KEYS_FILE, 'utf8');
    } catch (error) {
      return `AUTH_API_KEYS_FILE: cannot read ${vars.AUTH_API_KEYS_FILE} (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`;
    }
  }
  if (keysJson !== undefined) {
    try {
      apiKeys = parseApiKeys(keysJson);
    } catch (error) {
      return `${vars.AUTH_API_KEYS ? 'AUTH_API_KEYS' : 'AUTH_API_KEYS_FILE'}: ${(error as Error).message}`;
    }
  }
  const keySources = [vars.AUTH_JWKS_URL, vars.AUTH_JWT_PUBLIC_KEY, vars.AUTH_JWT_SECRET].filter(Boolean).length;
  if (keySources > 1) return 'AUTH_JWKS_URL, AUTH_JWT_PUBLIC_KEY, AUTH_JWT_SECRET: set one of them';
  if (keySources === 1 && (!vars.AUTH_JWT_ISSUER || !vars.AUTH_JWT_AUDIENCE)) return 'AUTH_JWT_ISSUER and AUTH_JWT_AUDIENCE: required to verify JWTs';
  if (mode === 'required' && keySources === 0 && apiKeys.length === 0) {
    return 'AUTH_MODE=required: configure AUTH_JWKS_URL, AUTH_JWT_PUBLIC_KEY, AUTH_JWT_SECRET or AUTH_API_KEYS(_FILE)';
  }
  return {
    mode,
    apiKeys,
    jwt:
      keySources === 1
        ? {
            jwksUrl: vars.AUTH_JWKS_URL,
            publicKeyPem: vars.AUTH_JWT_PUBLIC_KEY,
            secret: vars.AUTH_JWT_SECRET,
            issuer: vars.AUTH_JWT_ISSUER!,
            audience: vars.AUTH_JWT_AUDIENCE!,
            clockToleranceSeconds: vars.AUTH_JWT_CLOCK_TOLERANCE_SECONDS,
            maxLifetimeSeconds: vars.AUTH_JWT_MAX_LIFETIME_SECONDS,
          }
        : undefined,
  };
}

/** Live: only the origins listed (none by default). Emulated: pages served from this machine, for local frontends. */
function corsOrigins(list: string | undefined, providers: 'emulated' | 'live'): boolean | RegExp | readonly string[] {
  if (list === '*') return true;
  if (list) return list.split(',');
  return providers === 'emulated' ? /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/ : false;
}
