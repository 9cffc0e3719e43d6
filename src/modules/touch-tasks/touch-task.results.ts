import { createUnionType, Field, ID, Int, ObjectType } from 'type-graphql';
import { BatchPayload } from '../../graphql/batch-payload.js';
import { BATCH_ITEM_ERRORS } from '../../graphql/item-errors.js';

@ObjectType('TouchTaskSubmitted', { simpleResolvers: true, description: 'TOP accepted the task and created it.' })
export class TouchTaskSubmitted {
  @Field(() => Int, { description: 'Position of the input task (0-based).' })
  index!: number;

  @Field(() => ID, { description: "TOP's task id." })
  taskId!: string;

  @Field(() => String, { nullable: true, description: 'Your bizId, as sent.' })
  bizId?: string | null;

  @Field(() => String, { description: "TOP's request id of the call that created it." })
  traceId!: string;
}

export const TOUCH_TASK_SUBMIT_RESULT_TYPES = [TouchTaskSubmitted, ...BATCH_ITEM_ERRORS] as const;

export const TouchTaskSubmitResult = createUnionType({
  name: 'TouchTaskSubmitResult',
  description: 'The answer for one task of `touchTasksSubmit`: created, or why not.',
  types: () => TOUCH_TASK_SUBMIT_RESULT_TYPES,
});
export type TouchTaskSubmitResult = typeof TouchTaskSubmitResult;

@ObjectType('TouchTasksSubmitPayload', { implements: BatchPayload, description: 'One result per input task, in input order, with counts.' })
export class TouchTasksSubmitPayload extends BatchPayload {
  @Field(() => [TouchTaskSubmitResult], { description: '`results[i]` answers `input.tasks[i]`.' })
  results!: TouchTaskSubmitResult[];

  @Field(() => String, { description: "The batch's idempotency key (yours, or the one the facade made): resubmit with it after a failure." })
  taskUniqueCode!: string;
}
