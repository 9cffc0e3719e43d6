import { FirstIndex } from '../../core/batch/first-index.js';
import { formatGmt8 } from '../../core/gmt8.js';
import { randomUUID } from 'node:crypto';
import { chunk } from '../../core/batch/chunk.js';
import { OutcomeLedger } from '../../core/batch/outcome-ledger.js';
import type { Clock } from '../../core/clock.js';
import type { Deadline } from '../../core/deadline.js';
import { firstProblem } from '../../core/validation.js';
import { batchPayload } from '../../graphql/batch-payload.js';
import { settleChunk } from '../../graphql/settle-chunk.js';
import { ProviderRejected, ValidationError } from '../../graphql/item-errors.js';
import type { CloudpenseClient } from '../../providers/cloudpense/client.js';
import type { StoredRule } from '../../providers/cloudpense/stored-rule.js';
import type { WireRule } from '../../providers/cloudpense/wire.js';
import type { AccountingRuleFilter, AccountingRuleInput, AccountingRulesSyncInput } from './accounting-rule.inputs.js';
import { AccountingRuleSynced, type AccountingRuleSyncResult, AccountingRulesSyncPayload } from './accounting-rule.results.js';
import { ruleRule, syncIdRule } from './accounting-rule.rules.js';
import { AccountingRule, AccountingRulePage, type Locale } from './accounting-rule.types.js';

export interface AccountingRuleServiceOptions {
  readonly client: CloudpenseClient;
  readonly clock: Clock;
  /** Rules per CloudPense call (undocumented maximum; siblings switch to async above 200). */
  readonly chunkSize: number;
  /** Calls a chunk CloudPense refused whole may spend to isolate the rules it refuses. */
  readonly splitCalls: number;
}

interface Pending {
  readonly index: number;
  readonly wire: WireRule;
}

/** Validates rules in bytes, syncs them in as few calls as the quota allows, answers each rule once. */
export class AccountingRuleService {
  constructor(private readonly options: AccountingRuleServiceOptions) {}

  async sync(input: AccountingRulesSyncInput, locale: Locale, deadline: Deadline): Promise<AccountingRulesSyncPayload> {
    const syncId = input.syncId ?? randomUUID();
    const ledger = new OutcomeLedger<AccountingRuleSyncResult>(input.rules.length);
    const valid = this.admissible(input, ledger);
    const bizIds: string[] = [];
    let created = 0;
    let updated = 0;
    await Promise.all(
      chunk(valid, this.options.chunkSize).map((items, position) =>
        settleChunk(ledger, items, true, async (items) => {
          // Each call gets a bizId of its own (see syncBatch); resubmitting a sync is safe because upsert by code is idempotent.
          const { bizId, rows } = await this.options.client.syncBatch(items.map((item) => item.wire), locale, deadline);
          bizIds.push(bizId);
          created += rows.created;
          updated += rows.updated;
          return ({ index, wire }) => {
            const refused = rows.refused.get(wire.code);
            return refused
              ? ProviderRejected.of(index, {
                  message: `CloudPense refused rule ${wire.code}: ${refused.message}`,
                  providerCode: refused.stage === 'validation' ? 'validatorErrors' : 'dbErrors',
                  providerMessage: refused.message,
                  traceId: bizId,
                })
              : Object.assign(new AccountingRuleSynced(), { index, ruleCode: wire.code, warnings: [...(rows.warnings.get(wire.code) ?? [])], bizId });
          };
        }, { position, splitCalls: this.options.splitCalls }),
      ),
    );
    return batchPayload(AccountingRulesSyncPayload, ledger.results(), bizIds, { created, updated, syncId });
  }

  async page(filter: AccountingRuleFilter | null | undefined, page: number, pageSize: number, locale: Locale, deadline: Deadline): Promise<AccountingRulePage> {
    const query: Record<string, string | number> = {
      bizId: randomUUID(),
      timestamp: this.options.clock.now(),
      page_num: page,
      page_size: pageSize,
      ...(filter?.code ? { code: filter.code } : {}),
      ...(filter?.accountCode ? { account_code: filter.accountCode } : {}),
      ...(filter?.structureCode ? { structure_code: filter.structureCode } : {}),
      ...(filter?.accountEventCode ? { account_event_code: filter.accountEventCode } : {}),
      ...(filter?.updatedFrom ? { start_datetime: formatGmt8(filter.updatedFrom.getTime()) } : {}),
      ...(filter?.updatedTo ? { end_datetime: formatGmt8(filter.updatedTo.getTime()) } : {}),
    };
    const answer = await this.options.client.findByPage(query, locale, deadline);
    return Object.assign(new AccountingRulePage(), {
      items: answer.rules.map(ruleFromStored),
      page: answer.page,
      pageSize: answer.pageSize,
      totalPages: answer.totalPages,
      totalCount: answer.totalCount,
    });
  }

  private admissible(input: AccountingRulesSyncInput, ledger: OutcomeLedger<AccountingRuleSyncResult>): Pending[] {
    const badSyncId = input.syncId === null || input.syncId === undefined ? undefined : firstProblem(syncIdRule, input.syncId, 'syncId');
    const firstIndexOfCode = new FirstIndex<string>();
    const valid: Pending[] = [];
    input.rules.forEach((rule, index) => {
      if (badSyncId) return ledger.settle(index, ValidationError.of(index, badSyncId.field, badSyncId.message));
      const problem = firstProblem(ruleRule, rule, `rules[${index}]`);
      if (problem) return ledger.settle(index, ValidationError.of(index, problem.field, problem.message));
      const earlier = firstIndexOfCode.earlier(rule.code, index);
      if (earlier !== undefined) {
        // Two versions of one rule in one sync: which CloudPense keeps would be a guess.
        return ledger.settle(index, ValidationError.of(index, `rules[${index}].code`, `code ${rule.code} already appears at index ${earlier}; send each rule once per sync.`));
      }
      valid.push({ index, wire: wireRule(rule) });
    });
    return valid;
  }
}

function wireRule(rule: AccountingRuleInput): WireRule {
  return {
    code: rule.code,
    structure_code: rule.structureCode,
    account_event_code: rule.accountEventCode,
    account_code: rule.accountCode,
    ...(rule.priority !== null && rule.priority !== undefined ? { priority: rule.priority } : {}),
    ...(rule.ruleCondition ? { rule_condition: rule.ruleCondition } : {}),
    deleted_flag: rule.deleted ? 'Y' : 'N',
  };
}

/** A stored rule as the schema's type; a field CloudPense sent unreadably stays an UnreadableField, which GraphQL answers as that field's error. */
function ruleFromStored(stored: StoredRule): AccountingRule {
  return Object.assign(new AccountingRule(), stored);
}
