import { TOUCH_TASK_LIMITS } from './touch-task.limits.js';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';

@InputType('UseBookInfoInput', { description: 'Ledger (账本) to bill the tasks to. All three fields together, or none.' })
export class UseBookInfoInput {
  @Field(() => String, { description: 'Platform using the ledger (use_platform).' })
  usePlatform!: string;

  @Field(() => String, { description: 'Ledger code (book_code).' })
  bookCode!: string;

  @Field(() => ID, { description: "Ledger owner's id (book_owner_id), digits." })
  bookOwnerId!: string;
}

@InputType('TouchTaskInput', {
  description: 'One outreach task. Which contact is required depends on the plan: a phone for smart call or SMS, an email for email.',
})
export class TouchTaskInput {
  @Field(() => GraphQLJSONObject, { description: 'Input variables of the plan (入参变量); sent to TOP as JSON text.' })
  inputParams!: Record<string, unknown>;

  @Field(() => GraphQLJSONObject, { description: 'Output slots for results (出参变量); sent to TOP as JSON text.' })
  outputParams!: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: 'Phone number, digits with an optional leading +. Required by smart-call and SMS plans.' })
  phoneNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Email address. Required by email plans.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Your own id for the task; needed to look it up later. Unique within a batch.' })
  bizId?: string | null;

  @Field(() => Date, { nullable: true, description: 'When the plan should start this task; sent in GMT+8.' })
  planExecuteStartTime?: Date | null;

  @Field(() => ID, { nullable: true, description: 'CMS source id (source_id), digits.' })
  sourceId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Department with CMS enabled (department_id), digits.' })
  departmentId?: string | null;

  @Field(() => String, { nullable: true, description: 'External member id, e.g. a Taobao uid (outer_user_id).' })
  outerUserId?: string | null;

  @Field(() => String, { nullable: true, description: 'Member name (user_name).' })
  userName?: string | null;

  @Field(() => String, { nullable: true, description: 'CMS member type (cms_member_type).' })
  cmsMemberType?: string | null;

  @Field(() => ID, { nullable: true, description: 'Booked time slot id (appointment_time_id), digits.' })
  appointmentTimeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Call-back booking policy id (policy_id), digits.' })
  policyId?: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Other billing information (book_charge_biz_info); sent as JSON text.' })
  bookChargeBizInfo?: Record<string, unknown> | null;

  @Field(() => ID, { nullable: true, description: 'Who is billed (book_user_id), digits; defaults to the ledger owner.' })
  bookUserId?: string | null;

  @Field(() => ID, { nullable: true, description: 'CMS member id (cms_user_id), digits.' })
  cmsUserId?: string | null;
}

@InputType('TouchTasksSubmitInput', { description: 'Outreach tasks to submit to one plan.' })
export class TouchTasksSubmitInput {
  @Field(() => ID, { description: 'The plan (plan_id), digits.' })
  planId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Idempotency key of the batch (letters, digits, `-`, `_`; at most 64). Resubmitting with the same key and the same tasks creates nothing twice. When absent the facade makes one and returns it: keep it to resubmit safely.',
  })
  taskUniqueCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Orders this batch among others of the plan (batch_num).' })
  batchNum?: string | null;

  @Field(() => UseBookInfoInput, { nullable: true, description: 'Ledger billing, if any.' })
  useBookInfo?: UseBookInfoInput | null;

  @Field(() => [TouchTaskInput], {
    description: `The tasks; each gets one result at the same index. At most ${TOUCH_TASK_LIMITS.touchTasksSubmit.toLocaleString('en')}.`,
  })
  tasks!: TouchTaskInput[];
}
