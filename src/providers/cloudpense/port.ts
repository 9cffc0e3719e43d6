import { randomUUID } from 'node:crypto';
import type { Clock } from '../../core/clock.js';
import type { Deadline } from '../../core/deadline.js';
import { formatGmt8 } from '../../core/gmt8.js';
import { decodeJson, encodeJson } from '../../core/jobs/json-codec.js';
import { type ReadCodec, SharedReads } from '../../core/read-cache/shared-reads.js';
import { UnreadableField } from '../../core/unreadable-field.js';
import type { CloudpenseClient, RulesPage } from './client.js';
import { bytes, LIMITS, PAGE_SIZES, type WireLocale, type WireRule } from './wire.js';

export type { RulesPage } from './client.js';
export type { StoredRule } from './stored-rule.js';

/** The languages CloudPense answers in. */
export type RuleLocale = WireLocale;

/** CloudPense's field limits, counted in UTF-8 bytes (a Chinese character counts 3). */
export const RULE_LIMITS = LIMITS;
export const utf8Bytes = bytes;
/** The page sizes findByPage takes. */
export const RULE_PAGE_SIZES = PAGE_SIZES;

/** One accounting rule to create or update (upsert by code). */
export interface AccountingRuleWrite {
  readonly code: string;
  readonly structureCode: string;
  readonly accountEventCode: string;
  readonly accountCode: string;
  readonly priority?: number | null;
  readonly ruleCondition?: Record<string, unknown> | null;
  readonly deleted: boolean;
}

/** What CloudPense did with one rule of a synced call. */
export type RuleOutcome =
  | { readonly synced: true; readonly warnings: readonly string[] }
  | { readonly synced: false; readonly stage: 'validation' | 'persistence'; readonly message: string };

export interface RulesSynced {
  /** The call's bizId, to quote to CloudPense's support. */
  readonly bizId: string;
  readonly created: number;
  readonly updated: number;
  /** One outcome per rule sent, in order. */
  readonly rules: RuleOutcome[];
}

export interface RuleFilter {
  readonly code?: string | null;
  readonly accountCode?: string | null;
  readonly structureCode?: string | null;
  readonly accountEventCode?: string | null;
  readonly updatedFrom?: Date | null;
  readonly updatedTo?: Date | null;
}

export interface AccountingRulesPort {
  /** Upserts rules by code; a resend is harmless. */
  sync(rules: readonly AccountingRuleWrite[], locale: RuleLocale, deadline: Deadline): Promise<RulesSynced>;
  page(filter: RuleFilter, page: number, pageSize: number, locale: RuleLocale, deadline: Deadline): Promise<RulesPage>;
}

const RULES_GROUP = 'cloudpense:rules';
// Pages kept with their times (Date-aware JSON); a page holding a field CloudPense sent unreadably is not kept.
const PAGES: ReadCodec<RulesPage> = {
  encode: (page) => (page.rules.some((rule) => Object.values(rule).some((value) => value instanceof UnreadableField)) ? undefined : encodeJson(page)),
  decode: (text) => decodeJson<RulesPage>(text),
};

/** The port over the real (or emulated) CloudPense, through its client. */
export function cloudpenseRules(client: CloudpenseClient, clock: Clock, reads = new SharedReads()): AccountingRulesPort {
  return {
    async sync(rules, locale, deadline) {
      const wire = rules.map(wireRule);
      // Applied or not, its answer lost or not: every page read before it may be out of date now.
      const { bizId, rows } = await client.syncBatch(wire, locale, deadline).finally(() => reads.written(RULES_GROUP));
      return {
        bizId,
        created: rows.created,
        updated: rows.updated,
        rules: wire.map(({ code }): RuleOutcome => {
          const refused = rows.refused.get(code);
          return refused ? { synced: false, ...refused } : { synced: true, warnings: rows.warnings.get(code) ?? [] };
        }),
      };
    },
    page(filter, page, pageSize, locale, deadline) {
      const filters: Record<string, string | number> = {
        page_num: page,
        page_size: pageSize,
        ...(filter.code ? { code: filter.code } : {}),
        ...(filter.accountCode ? { account_code: filter.accountCode } : {}),
        ...(filter.structureCode ? { structure_code: filter.structureCode } : {}),
        ...(filter.accountEventCode ? { account_event_code: filter.accountEventCode } : {}),
        ...(filter.updatedFrom ? { start_datetime: formatGmt8(filter.updatedFrom.getTime()) } : {}),
        ...(filter.updatedTo ? { end_datetime: formatGmt8(filter.updatedTo.getTime()) } : {}),
      };
      // One page of one filter, size and language: requests reading it at once share one findByPage.
      const at = { provider: 'cloudpense', read: 'accountingRules', group: RULES_GROUP, entry: JSON.stringify([filters, locale]) };
      return reads.read(at, PAGES, deadline, (own) => client.findByPage({ bizId: randomUUID(), timestamp: clock.now(), ...filters }, locale, own));
    },
  };
}

function wireRule(rule: AccountingRuleWrite): WireRule {
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
