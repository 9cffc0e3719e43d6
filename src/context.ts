import type { FastifyBaseLogger } from 'fastify';
import type { Principal } from './auth/scopes.js';
import type { Deadline } from './core/deadline.js';
import type { Quotas } from './core/quota/quotas.js';
import type { SharedReads } from './core/read-cache/shared-reads.js';
import type { FacadeMetrics, LedgerModeName } from './metrics.js';
import type { FacadeModule } from './modules/facade-module.js';
import { MODULES } from './modules/index.js';
import type { ProviderReadiness } from './provider-readiness.js';
import type { JobsServices } from './jobs.js';

type Module = (typeof MODULES)[number];
type ServiceOf<M> = M extends FacadeModule<string, string, infer S, unknown> ? S : never;
type LoaderOf<M> = M extends FacadeModule<string, string, unknown, infer L> ? L : never;

/** Each module's service, under its name (from its descriptor in modules/). */
export type ModuleServices = { readonly [M in Module as [ServiceOf<M>] extends [never] ? never : M['name']]: ServiceOf<M> };
/** Each module's per-request loader, under its name. */
export type ModuleLoaders = { readonly [M in Module as [LoaderOf<M>] extends [never] ? never : M['name']]: LoaderOf<M> };

/** Long-lived services, shared by all requests. */
export interface Services extends ModuleServices {
  /** Every provider's quota gates, for the quota query. */
  readonly quotas: Quotas;
  readonly metrics: FacadeMetrics;
  /** Where quota decisions are made now. */
  readonly ledgerMode: () => LedgerModeName;
  /** Whether each provider takes the facade's credentials, for /readyz. */
  readonly readiness: ProviderReadiness;
  /** Bulk jobs of every kind, and the uploads they start from. */
  readonly jobs: JobsServices;
  /** How provider reads were served (call, cache, shared), for the quota query. */
  readonly reads: SharedReads;
}

/** What every resolver of one request sees: its deadline, the services, per-request loaders. */
export interface FacadeContext {
  readonly deadline: Deadline;
  /** Who is calling, and with which scopes. */
  readonly principal: Principal;
  /** The request's logger (redacted JSON lines). */
  readonly log: FastifyBaseLogger;
  readonly services: Services;
  readonly loaders: ModuleLoaders;
  /** The request's Accept-Language header, for providers that answer in the caller's language. */
  readonly acceptLanguage: string | undefined;
}

export function createContext(services: Services, deadline: Deadline, principal: Principal, log: FastifyBaseLogger, acceptLanguage?: string): FacadeContext {
  const loaders: Record<string, unknown> = {};
  for (const module of MODULES as readonly FacadeModule<string, string, unknown, unknown>[]) {
    if (module.loader) loaders[module.name] = module.loader((services as unknown as Record<string, unknown>)[module.name], { deadline, acceptLanguage });
  }
  return { deadline, principal, log, services, loaders: loaders as unknown as ModuleLoaders, acceptLanguage };
}
