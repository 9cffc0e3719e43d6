import { Authorized, Arg, Ctx, Mutation, Resolver, UseMiddleware } from 'type-graphql';
import type { FacadeContext } from '../../context.js';
import { limitBatch } from '../../graphql/batch-limit.js';
import { TOUCH_TASK_LIMITS } from './touch-task.limits.js';
import { RecordOutcome } from '../../graphql/record-outcome.js';
import { TouchTasksSubmitInput } from './touch-task.inputs.js';
import { TouchTasksSubmitPayload } from './touch-task.results.js';

@Resolver()
export class TouchTaskResolver {
  @Authorized('touch-tasks:write')
  @UseMiddleware(RecordOutcome, limitBatch('tasks', TOUCH_TASK_LIMITS.touchTasksSubmit))
  @Mutation(() => TouchTasksSubmitPayload, {
    description:
      'Submits outreach tasks to a plan through TOP (alibaba.lingyang.utouch.submit.initiative.batch.task), in chunks within the app call quota. One result per task, in input order. Safe to resubmit with the same taskUniqueCode: nothing is created twice. Scope: touch-tasks:write.',
  })
  touchTasksSubmit(
    @Arg('input', () => TouchTasksSubmitInput, { description: 'The plan, the tasks and the idempotency key.' }) input: TouchTasksSubmitInput,
    @Ctx() context: FacadeContext,
  ): Promise<TouchTasksSubmitPayload> {
    return context.services.touchTasks.submit(input, context.deadline);
  }
}
