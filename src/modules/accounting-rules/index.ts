import { defineModule } from '../facade-module.js';
import { ACCOUNTING_RULES_SYNC_JOB, AccountingRulesSyncJob } from './accounting-rule.jobs.js';
import { ACCOUNTING_RULE_ENTITIES } from './accounting-rule.entities.js';
import { ACCOUNTING_RULE_LIMITS } from './accounting-rule.limits.js';
import { createAccountingRuleLoader } from './accounting-rule.loader.js';
import { AccountingRuleResolver } from './accounting-rule.resolver.js';
import { AccountingRuleService } from './accounting-rule.service.js';

/** Accounting rules (CloudPense): sync and pages; the AccountingRule entity. */
export const accountingRulesModule = defineModule({
  name: 'accountingRules',
  resolvers: [AccountingRuleResolver, AccountingRulesSyncJob.JobResolver],
  scopes: ['accounting-rules:read', 'accounting-rules:write'],
  batchLimits: ACCOUNTING_RULE_LIMITS,
  service: ({ ports, chunkSizes, splitCalls }) => new AccountingRuleService({ port: ports.accountingRules, chunkSize: chunkSizes.cloudpense, splitCalls }),
  jobKinds: (service, { parallelChunks }) => service.jobKinds(parallelChunks.cloudpense),
  jobViews: { [ACCOUNTING_RULES_SYNC_JOB.kind]: AccountingRulesSyncJob.view },
  loader: (service, { deadline, acceptLanguage }) => createAccountingRuleLoader(service, deadline, acceptLanguage),
  subgraph: { entities: ACCOUNTING_RULE_ENTITIES },
});
