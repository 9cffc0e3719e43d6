import { createUnionType, Field, Int, ObjectType } from 'type-graphql';
import { BatchPayload } from '../../graphql/batch-payload.js';
import { BATCH_ITEM_ERRORS } from '../../graphql/item-errors.js';

@ObjectType('AccountingRuleSynced', { simpleResolvers: true, description: 'CloudPense created or updated the rule.' })
export class AccountingRuleSynced {
  @Field(() => Int, { description: 'Position of the input rule (0-based).' })
  index!: number;

  @Field(() => String, { description: 'The rule code (named so it never clashes with `ItemError.code` in one selection).' })
  ruleCode!: string;

  @Field(() => [String], { description: "CloudPense's weak-validation warnings for this rule (it was still synced), in the request's language." })
  warnings!: string[];

  @Field(() => String, {
    description: "The bizId of the CloudPense call that synced it; empty when a bulk job's read-back confirmed it after the answer was lost.",
  })
  bizId!: string;
}

export const ACCOUNTING_RULE_SYNC_RESULT_TYPES = [AccountingRuleSynced, ...BATCH_ITEM_ERRORS] as const;

export const AccountingRuleSyncResult = createUnionType({
  name: 'AccountingRuleSyncResult',
  description: 'The answer for one rule of `accountingRulesSync`: synced, or why not.',
  types: () => ACCOUNTING_RULE_SYNC_RESULT_TYPES,
});
export type AccountingRuleSyncResult = typeof AccountingRuleSyncResult;

@ObjectType('AccountingRulesSyncPayload', { implements: BatchPayload, description: 'One result per input rule, in input order, with counts.' })
export class AccountingRulesSyncPayload extends BatchPayload {
  @Field(() => [AccountingRuleSyncResult], { description: '`results[i]` answers `input.rules[i]`.' })
  results!: AccountingRuleSyncResult[];

  @Field(() => Int, { description: 'Rules CloudPense reports it created.' })
  created!: number;

  @Field(() => Int, { description: 'Rules CloudPense reports it updated.' })
  updated!: number;

  @Field(() => String, { description: "The sync's idempotency key (yours, or the one the facade made)." })
  syncId!: string;
}
