import type { Clock } from '../core/clock.js';
import type { JobKind } from '../core/jobs/job-kind.js';
import type { JobRecord } from '../core/jobs/job-record.js';
import type { BulkJob } from '../graphql/bulk-job.js';
import type { Deadline } from '../core/deadline.js';
import type { AccountingRulesPort } from '../providers/cloudpense/port.js';
import type { OpportunitiesPort } from '../providers/crm/port.js';
import type { GoalsPort } from '../providers/lingxing/port.js';
import type { TouchTasksPort } from '../providers/top/port.js';

/** The providers, as the ports modules call (wired from the clients in facade.ts). */
export interface ProviderPorts {
  readonly goals: GoalsPort;
  readonly touchTasks: TouchTasksPort;
  readonly opportunities: OpportunitiesPort;
  readonly accountingRules: AccountingRulesPort;
}

/** What a module's service is made from. */
export interface ModuleDeps {
  readonly ports: ProviderPorts;
  readonly clock: Clock;
  /** Calls a chunk refused whole may spend to isolate the items the provider refuses. */
  readonly splitCalls: number;
  readonly chunkSizes: { readonly lingxing: number; readonly top: number; readonly cloudpense: number };
  /** The CRM's stage dictionary codes. */
  readonly crmStages: readonly string[];
  /** Chunks of one bulk job sent at once, per provider (its in-flight room). */
  readonly parallelChunks: { readonly lingxing: number; readonly top: number; readonly crm: number; readonly cloudpense: number };
}

/** What a module's per-request loader is made for: one request's deadline and language. */
export interface RequestScope {
  readonly deadline: Deadline;
  readonly acceptLanguage: string | undefined;
}

/**
 * One domain the schema exposes, described once: the root files (schema, federation, context,
 * facade) loop over the list of these in modules/index.ts, so adding a module touches its own
 * folder and that list.
 */
export interface FacadeModule<Name extends string, ModuleScope extends string, Service, Loader> {
  /** Its key in `context.services` and `context.loaders`. */
  readonly name: Name;
  /** Its type-graphql resolvers in the public schema. */
  readonly resolvers: readonly Function[];
  /** The scopes its fields require (`@Authorized`). */
  readonly scopes: readonly ModuleScope[];
  /** The most items each of its batch mutations takes. */
  readonly batchLimits?: Readonly<Record<string, number>>;
  /** Its long-lived service. */
  service?(deps: ModuleDeps): Service;
  /** Its per-request DataLoader, over its service. */
  loader?(service: Service, request: RequestScope): Loader;
  /** Its batch operations as bulk jobs, over its service. */
  jobKinds?(service: Service, deps: ModuleDeps): readonly JobKind[];
  /** The GraphQL type of each of its job kinds, by kind name. */
  readonly jobViews?: Readonly<Record<string, (job: JobRecord) => BulkJob>>;
  /** What it adds to the Federation subgraph: resolvers, types only the subgraph has, entity reference resolvers. */
  readonly subgraph?: {
    readonly resolvers?: readonly Function[];
    readonly orphanedTypes?: readonly Function[];
    readonly entities?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  };
}

/** A module's descriptor, with its name, scopes, service and loader types kept for the root types. */
export function defineModule<const Name extends string, const ModuleScope extends string, Service = never, Loader = never>(
  module: FacadeModule<Name, ModuleScope, Service, Loader>,
): FacadeModule<Name, ModuleScope, Service, Loader> {
  return module;
}
