import { defineBulkJobType } from '../../graphql/bulk-job-type.js';
import type { BulkJobStart } from '../../graphql/start-bulk-job.js';
import { AccountingRuleSyncResult } from './accounting-rule.results.js';

export const AccountingRulesSyncJob = defineBulkJobType({
  name: 'AccountingRulesSyncJob',
  resultName: 'AccountingRuleSyncResult',
  union: AccountingRuleSyncResult,
  description: 'A bulk `accountingRulesSync`: `results` answers each rule as the inline mutation would.',
});

export const ACCOUNTING_RULES_SYNC_JOB: BulkJobStart = { kind: 'accountingRulesSync', list: 'rules', itemType: 'AccountingRuleInput' };
