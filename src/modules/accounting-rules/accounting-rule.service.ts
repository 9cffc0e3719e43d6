import type { JobKind } from '../../core/jobs/job-kind.js';
import { bulkJobKind } from '../../graphql/bulk-job-kind.js';
import { ACCOUNTING_RULES_SYNC_JOB } from './accounting-rule.jobs.js';
import { randomUUID } from 'node:crypto';
import { runBatch } from '../../core/batch/run-batch.js';
import type { Deadline } from '../../core/deadline.js';
import { batchPayload } from '../../graphql/batch-payload.js';
import { ITEM_OUTCOMES } from '../../graphql/item-outcomes.js';
import type { AccountingRuleFilter, AccountingRuleInput, AccountingRulesSyncInput } from './accounting-rule.inputs.js';
import { type AccountingRuleOperationOptions, accountingRulesSync, type SyncRun } from './accounting-rule.operations.js';
import { ACCOUNTING_RULE_SYNC_RESULT_TYPES, type AccountingRuleSyncResult, AccountingRulesSyncPayload } from './accounting-rule.results.js';
import { AccountingRule, AccountingRulePage, Locale } from './accounting-rule.types.js';

/** Accounting rules: the sync operation's run as a payload, and pages as the schema's types. */
export class AccountingRuleService {
  constructor(private readonly options: AccountingRuleOperationOptions) {}

  async sync(input: AccountingRulesSyncInput, locale: Locale, deadline: Deadline): Promise<AccountingRulesSyncPayload> {
    const syncId = input.syncId ?? randomUUID();
    const run: SyncRun = { bizIds: [], created: 0, updated: 0 };
    const results = await runBatch(accountingRulesSync(input, locale, this.options, run), deadline, ITEM_OUTCOMES);
    return batchPayload(AccountingRulesSyncPayload, results, run.bizIds, { created: run.created, updated: run.updated, syncId });
  }

  /** Sync as a bulk job: the same operation, a chunk at a time, in the language the job was started with. */
  jobKinds(parallelChunks: number): JobKind[] {
    return [
      bulkJobKind<AccountingRulesSyncInput, AccountingRuleInput, AccountingRuleSyncResult>({
        start: ACCOUNTING_RULES_SYNC_JOB,
        provider: 'cloudpense',
        parallelChunks,
        resultTypes: ACCOUNTING_RULE_SYNC_RESULT_TYPES,
        operation: (input) => accountingRulesSync(input, input.locale ?? Locale.ZH_CN, this.options, { bizIds: [], created: 0, updated: 0 }),
      }),
    ];
  }

  /** A page; a field CloudPense sent unreadably stays an UnreadableField, which GraphQL answers as that field's error. */
  async page(filter: AccountingRuleFilter | null | undefined, page: number, pageSize: number, locale: Locale, deadline: Deadline): Promise<AccountingRulePage> {
    const answer = await this.options.port.page(filter ?? {}, page, pageSize, locale, deadline);
    return Object.assign(new AccountingRulePage(), {
      items: answer.rules.map((stored) => Object.assign(new AccountingRule(), stored)),
      page: answer.page,
      pageSize: answer.pageSize,
      totalPages: answer.totalPages,
      totalCount: answer.totalCount,
    });
  }
}
