import { OPPORTUNITY_LIMITS } from './opportunity.limits.js';
import { GraphQLDate } from 'graphql-scalars';
import { Field, Float, InputType, Int, registerEnumType } from 'type-graphql';

export enum Confidence {
  A = 'A',
  B = 'B',
  C = 'C',
}
registerEnumType(Confidence, {
  name: 'Confidence',
  description: 'How sure the deal is (把握度).',
  valuesConfig: { A: { description: 'Most likely.' }, B: { description: 'Likely.' }, C: { description: 'Least likely.' } },
});

export enum OpportunityStatus {
  ACTIVE = 'active',
  CLOSED = 'closed',
  WON = 'won',
  LOST = 'lost',
}
registerEnumType(OpportunityStatus, {
  name: 'OpportunityStatus',
  description: 'State of an opportunity (商机状态).',
  valuesConfig: {
    ACTIVE: { description: 'Being worked on.' },
    CLOSED: { description: 'Closed without a result.' },
    WON: { description: 'Won.' },
    LOST: { description: 'Lost.' },
  },
});

@InputType('OpportunityUpdateInput', {
  description:
    'A partial update of one opportunity, found by `opportunityCode`. Fields left out stay as they are; at least one must be sent. `null` is refused: the CRM cannot clear a field. The end customer cannot be changed.',
})
export class OpportunityUpdateInput {
  @Field(() => String, { description: 'The opportunity to update (商机编号), e.g. OPP-20260401-001.' })
  opportunityCode!: string;

  @Field(() => String, { nullable: true, description: 'Name (商机名称).' })
  opportunityName?: string | null;

  @Field(() => String, { nullable: true, description: 'Project location (项目地).' })
  projectLocation?: string | null;

  @Field(() => String, { nullable: true, description: 'Operator (运作方).' })
  operatorName?: string | null;

  @Field(() => Float, { nullable: true, description: 'Amount (商机金额), greater than 0.' })
  amount?: number | null;

  @Field(() => GraphQLDate, { nullable: true, description: 'Expected close date (预计结单日期).' })
  expectedCloseDate?: Date | null;

  @Field(() => Confidence, { nullable: true, description: 'Confidence (把握度).' })
  confidence?: Confidence | null;

  @Field(() => String, { nullable: true, description: "Stage (项目阶段): one of the CRM's stage dictionary codes (CRM_STAGES)." })
  stage?: string | null;

  @Field(() => String, { nullable: true, description: 'Construction type (建设类型).' })
  opportunityType?: string | null;

  @Field(() => String, { nullable: true, description: 'Product type (产品类型).' })
  productType?: string | null;

  @Field(() => String, { nullable: true, description: 'Source (商机来源).' })
  source?: string | null;

  @Field(() => Int, { nullable: true, description: 'Sales expansion id (销售拓展 ID), greater than 0.' })
  salesExpansionId?: number | null;

  @Field(() => Int, { nullable: true, description: 'Channel expansion id (渠道拓展 ID), greater than 0.' })
  channelExpansionId?: number | null;

  @Field(() => Int, { nullable: true, description: 'Pre-sales id (售前 ID), greater than 0.' })
  preSalesId?: number | null;

  @Field(() => String, { nullable: true, description: 'Pre-sales name (售前姓名).' })
  preSalesName?: string | null;

  @Field(() => String, { nullable: true, description: 'Competitor (竞品名称).' })
  competitorName?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Archived (是否归档).' })
  archived?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Pushed to OMS (是否已推送 OMS).' })
  pushedToOms?: boolean | null;

  @Field(() => Date, { nullable: true, description: 'When it was pushed to OMS (推送 OMS 时间).' })
  omsPushTime?: Date | null;

  @Field(() => OpportunityStatus, { nullable: true, description: 'Status (商机状态).' })
  status?: OpportunityStatus | null;

  @Field(() => String, { nullable: true, description: 'Notes (备注).' })
  description?: string | null;
}

@InputType('OpportunitiesUpdateInput', { description: 'Partial updates of several opportunities; each opportunityCode at most once.' })
export class OpportunitiesUpdateInput {
  @Field(() => [OpportunityUpdateInput], {
    description: `The updates; each gets one result at the same index. At most ${OPPORTUNITY_LIMITS.opportunitiesUpdate.toLocaleString('en')}.`,
  })
  opportunities!: OpportunityUpdateInput[];
}
