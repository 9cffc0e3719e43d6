import { GraphQLJSONObject } from 'graphql-scalars';
import { Directive, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { UnreadableField } from '../../core/unreadable-field.js';

export enum Locale {
  ZH_CN = 'zh_CN',
  EN_US = 'en_US',
  JA_JP = 'ja_JP',
  ZH_TW = 'zh_TW',
}
registerEnumType(Locale, {
  name: 'Locale',
  description: "Language of CloudPense's messages. When absent, the request's Accept-Language picks it (English by default).",
  valuesConfig: {
    ZH_CN: { description: 'Simplified Chinese.' },
    EN_US: { description: 'English.' },
    JA_JP: { description: 'Japanese.' },
    ZH_TW: { description: 'Traditional Chinese.' },
  },
});

// A federation entity: the supergraph fetches a rule by its code (see src/federation.ts).
// A field CloudPense sent in a form the facade cannot read holds an UnreadableField: that field alone fails.
// Cacheable for five minutes, per caller: a chart of accounts changes seldom, and mostly through this facade.
@Directive('@key(fields: "code")')
@Directive('@cacheControl(maxAge: 300, scope: PRIVATE)')
@ObjectType('AccountingRule', { simpleResolvers: true, description: 'An accounting rule as CloudPense holds it.' })
export class AccountingRule {
  @Field(() => String, { description: 'Rule code (规则编码), unique.' })
  code!: string | UnreadableField;

  @Field(() => String, { description: 'Accounting structure code (会计结构编码).' })
  structureCode!: string | UnreadableField;

  @Field(() => String, { description: 'Accounting event code (会计事件编码).' })
  accountEventCode!: string | UnreadableField;

  @Field(() => String, { description: 'Account code (会计科目编码).' })
  accountCode!: string | UnreadableField;

  @Field(() => Int, { nullable: true, description: 'Priority (优先级).' })
  priority?: number | null | UnreadableField;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Rule condition (规则条件).' })
  ruleCondition?: Record<string, unknown> | null | UnreadableField;

  @Field(() => Boolean, { description: 'Whether the rule is marked deleted (删除标识 Y).' })
  deleted!: boolean | UnreadableField;

  @Field(() => Date, { nullable: true, description: 'When CloudPense last changed it.' })
  updatedAt?: Date | null | UnreadableField;
}

@Directive('@cacheControl(maxAge: 300, scope: PRIVATE)')
@ObjectType('AccountingRulePage', { description: 'One page of accounting rules.' })
export class AccountingRulePage {
  @Field(() => [AccountingRule], { description: 'The rules on this page, by code.' })
  items!: AccountingRule[];

  @Field(() => Int, { description: 'This page number, from 1.' })
  page!: number;

  @Field(() => Int, { description: 'Rules per page: 20, 50 or 100.' })
  pageSize!: number;

  @Field(() => Int, { description: 'How many pages there are.' })
  totalPages!: number;

  @Field(() => Int, { description: 'How many rules match the filter.' })
  totalCount!: number;
}
