import type { BatchOperation } from '../../core/batch/batch-operation.js';
import { firstProblem } from '../../core/validation.js';
import { ProviderRejected, ProviderUnavailable } from '../../graphql/item-errors.js';
import { type AccountingRulesPort, RULE_PAGE_SIZES, type RuleLocale, type StoredRule } from '../../providers/cloudpense/port.js';
import type { AccountingRuleInput, AccountingRulesSyncInput } from './accounting-rule.inputs.js';
import { AccountingRuleSynced, type AccountingRuleSyncResult } from './accounting-rule.results.js';
import { ruleRule, syncIdRule } from './accounting-rule.rules.js';

export interface AccountingRuleOperationOptions {
  readonly port: AccountingRulesPort;
  /** Rules per CloudPense call (undocumented maximum; siblings switch to async above 200). */
  readonly chunkSize: number;
  /** Calls a chunk CloudPense refused whole may spend to isolate the rules it refuses. */
  readonly splitCalls: number;
}

/** What one sync gathers besides its results. */
export interface SyncRun {
  readonly bizIds: string[];
  created: number;
  updated: number;
}

/** accountingRulesSync: CloudPense's batch upsert by code, a code once per sync; resending is harmless. */
export function accountingRulesSync(
  input: AccountingRulesSyncInput,
  locale: RuleLocale,
  options: AccountingRuleOperationOptions,
  run: SyncRun,
): BatchOperation<AccountingRuleInput, AccountingRuleSyncResult> {
  return {
    list: 'rules',
    items: input.rules,
    batchProblem: input.syncId === null || input.syncId === undefined ? undefined : firstProblem(syncIdRule, input.syncId, 'syncId'),
    itemProblem: (rule) => firstProblem(ruleRule, rule, ''),
    // Two versions of one rule in one sync: which CloudPense keeps would be a guess.
    uniqueKey: {
      of: (rule) => rule.code,
      field: 'code',
      repeated: (code, earlier) => `code ${code} already appears at index ${earlier}; send each rule once per sync.`,
    },
    chunkSize: options.chunkSize,
    safeToResend: true,
    splitCalls: options.splitCalls,
    async send(items, _part, deadline) {
      const synced = await options.port.sync(
        items.map(({ item }) => item),
        locale,
        deadline,
      );
      run.bizIds.push(synced.bizId);
      run.created += synced.created;
      run.updated += synced.updated;
      return ({ index, item }, position) => {
        const outcome = synced.rules[position]!;
        return outcome.synced
          ? Object.assign(new AccountingRuleSynced(), { index, ruleCode: item.code, warnings: [...outcome.warnings], bizId: synced.bizId })
          : ProviderRejected.of(index, {
              message: `CloudPense refused rule ${item.code}: ${outcome.message}`,
              providerCode: outcome.stage === 'validation' ? 'validatorErrors' : 'dbErrors',
              providerMessage: outcome.message,
              traceId: synced.bizId,
            });
      };
    },
    // A rule read back by its code with the fields sent was synced; no rule with the code, not synced.
    // A rule with other fields says nothing certain (another writer).
    async resolveUnknown(items, deadline) {
      const found = new Map<number, AccountingRuleSyncResult>();
      for (const { index, item } of items) {
        const page = await options.port.page({ code: item.code }, 1, RULE_PAGE_SIZES[0]!, locale, deadline);
        const stored = page.rules.find((rule) => rule.code === item.code);
        if (!stored) {
          found.set(
            index,
            ProviderUnavailable.of(index, `The answer was lost, and a read-back found no rule ${item.code} in CloudPense: it was not synced; send it again.`),
          );
        } else if (sameRule(stored, item)) {
          found.set(index, Object.assign(new AccountingRuleSynced(), { index, ruleCode: item.code, warnings: [], bizId: '' }));
        }
      }
      return found;
    },
  };
}

/** Whether CloudPense holds the rule as it was sent. */
function sameRule(stored: StoredRule, sent: AccountingRuleInput): boolean {
  return (
    stored.structureCode === sent.structureCode &&
    stored.accountEventCode === sent.accountEventCode &&
    stored.accountCode === sent.accountCode &&
    stored.deleted === sent.deleted &&
    (stored.priority ?? null) === (sent.priority ?? null)
  );
}
