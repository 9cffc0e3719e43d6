import { ACCOUNTING_RULE_LIMITS } from './accounting-rule.limits.js';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, InputType, Int } from 'type-graphql';
import { Locale } from './accounting-rule.types.js';

@InputType('AccountingRuleInput', {
  description: 'One accounting rule to create or update (upsert by code). Lengths are in UTF-8 bytes: a Chinese character counts 3.',
})
export class AccountingRuleInput {
  @Field(() => String, { description: 'Rule code, at most 64 bytes; each code at most once per sync.' })
  code!: string;

  @Field(() => String, { description: 'Accounting structure code, at most 64 bytes.' })
  structureCode!: string;

  @Field(() => String, { description: 'Accounting event code, at most 64 bytes.' })
  accountEventCode!: string;

  @Field(() => String, { description: 'Account code, at most 64 bytes; must exist in CloudPense.' })
  accountCode!: string;

  @Field(() => Int, { nullable: true, description: 'Priority: an integer of at most 4 characters (e.g. 0–9999).' })
  priority?: number | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'Rule condition, at most 64 bytes as JSON. Keys: `header_<column>`, `<column>`, `charge_department_<column>`, `project_<column>`.',
  })
  ruleCondition?: Record<string, unknown> | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Mark the rule deleted (删除标识). Default false.' })
  deleted!: boolean;
}

@InputType('AccountingRulesSyncInput', { description: 'Accounting rules to sync to CloudPense.' })
export class AccountingRulesSyncInput {
  @Field(() => String, {
    nullable: true,
    description:
      'Idempotency key (letters, digits, `-`, `_`; at most 64). Resubmitting with the same key maps onto the same CloudPense calls. When absent the facade makes one and returns it.',
  })
  syncId?: string | null;

  @Field(() => [AccountingRuleInput], {
    description: `The rules; each gets one result at the same index. 200 go in one CloudPense call; at most ${ACCOUNTING_RULE_LIMITS.accountingRulesSync.toLocaleString('en')}.`,
  })
  rules!: AccountingRuleInput[];

  @Field(() => Locale, { nullable: true, description: "Language of CloudPense's messages; by default from Accept-Language." })
  locale?: Locale | null;
}

@InputType('AccountingRuleFilter', { description: 'Which rules to list; every field given must match.' })
export class AccountingRuleFilter {
  @Field(() => String, { nullable: true, description: 'Exact rule code.' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'Exact account code.' })
  accountCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Exact structure code.' })
  structureCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Exact accounting event code.' })
  accountEventCode?: string | null;

  @Field(() => Date, { nullable: true, description: 'Changed at or after this time.' })
  updatedFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Changed at or before this time.' })
  updatedTo?: Date | null;
}
