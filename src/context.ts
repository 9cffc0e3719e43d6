import type { FastifyBaseLogger } from 'fastify';
import type { Principal } from './auth/scopes.js';
import type { Deadline } from './core/deadline.js';
import type { Quotas } from './core/quota/quotas.js';
import type { FacadeMetrics, LedgerModeName } from './metrics.js';
import { type AccountingRuleLoader, createAccountingRuleLoader } from './modules/accounting-rules/accounting-rule.loader.js';
import { createGoalsLoader, type GoalsLoader } from './modules/goals/goal.loader.js';
import type { AccountingRuleService } from './modules/accounting-rules/accounting-rule.service.js';
import type { GoalService } from './modules/goals/goal.service.js';
import type { OpportunityService } from './modules/opportunities/opportunity.service.js';
import type { TouchTaskService } from './modules/touch-tasks/touch-task.service.js';
import type { ProviderReadiness } from './provider-readiness.js';

/** Long-lived services, shared by all requests. */
export interface Services {
  readonly goals: GoalService;
  readonly touchTasks: TouchTaskService;
  readonly opportunities: OpportunityService;
  readonly accountingRules: AccountingRuleService;
  /** Every provider's quota gates, for the quota query. */
  readonly quotas: Quotas;
  readonly metrics: FacadeMetrics;
  /** Where quota decisions are made now. */
  readonly ledgerMode: () => LedgerModeName;
  /** Whether each provider takes the facade's credentials, for /readyz. */
  readonly readiness: ProviderReadiness;
}

/** What every resolver of one request sees: its deadline, the services, per-request loaders. */
export interface FacadeContext {
  readonly deadline: Deadline;
  /** Who is calling, and with which scopes. */
  readonly principal: Principal;
  /** The request's logger (redacted JSON lines). */
  readonly log: FastifyBaseLogger;
  readonly services: Services;
  readonly loaders: { readonly goals: GoalsLoader; readonly accountingRules: AccountingRuleLoader };
  /** The request's Accept-Language header, for providers that answer in the caller's language. */
  readonly acceptLanguage: string | undefined;
}

export function createContext(services: Services, deadline: Deadline, principal: Principal, log: FastifyBaseLogger, acceptLanguage?: string): FacadeContext {
  return {
    deadline,
    principal,
    log,
    services,
    loaders: {
      goals: createGoalsLoader(services.goals, deadline),
      accountingRules: createAccountingRuleLoader(services.accountingRules, deadline, acceptLanguage),
    },
    acceptLanguage,
  };
}
