import type { Deadline } from '../../core/deadline.js';
import type { AccountingRulesPort, AccountingRuleWrite, RuleFilter, RuleLocale, RuleOutcome, RulesSynced } from './port.js';
import type { RulesPage } from './client.js';

/**
 * An in-memory AccountingRulesPort, for unit tests of the accounting-rules module: upsert by code,
 * an unknown account refused as a persistence error (CloudPense's dbErrors), each call recorded.
 */
export class FakeAccountingRulesPort implements AccountingRulesPort {
  readonly rules = new Map<string, AccountingRuleWrite>();
  readonly syncs: (readonly AccountingRuleWrite[])[] = [];
  /** Thrown, in order, by the next calls instead of answering. */
  readonly failures: unknown[] = [];

  constructor(private readonly accounts: ReadonlySet<string>) {}

  async sync(rules: readonly AccountingRuleWrite[], _locale: RuleLocale, _deadline: Deadline): Promise<RulesSynced> {
    this.syncs.push(rules);
    if (this.failures.length > 0) throw this.failures.shift();
    let created = 0;
    let updated = 0;
    const outcomes = rules.map((rule): RuleOutcome => {
      if (!this.accounts.has(rule.accountCode)) return { synced: false, stage: 'persistence', message: `account ${rule.accountCode} does not exist` };
      if (this.rules.has(rule.code)) updated++;
      else created++;
      this.rules.set(rule.code, rule);
      return { synced: true, warnings: [] };
    });
    return { bizId: `biz-${this.syncs.length}`, created, updated, rules: outcomes };
  }

  async page(filter: RuleFilter, page: number, pageSize: number): Promise<RulesPage> {
    if (this.failures.length > 0) throw this.failures.shift();
    const matches = [...this.rules.values()].filter((rule) => !filter.code || rule.code === filter.code).sort((a, b) => a.code.localeCompare(b.code));
    const rules = matches.slice((page - 1) * pageSize, page * pageSize).map((rule) => ({
      code: rule.code,
      structureCode: rule.structureCode,
      accountEventCode: rule.accountEventCode,
      accountCode: rule.accountCode,
      priority: rule.priority ?? null,
      ruleCondition: rule.ruleCondition ?? null,
      deleted: rule.deleted,
      updatedAt: null,
    }));
    return { page, pageSize, totalPages: Math.ceil(matches.length / pageSize), totalCount: matches.length, rules };
  }
}
