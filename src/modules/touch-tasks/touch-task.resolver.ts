import type { GraphQLResolveInfo } from 'graphql';
import { Authorized, Arg, Ctx, ID, Info, Mutation, Resolver, UseMiddleware } from 'type-graphql';
import type { BulkJob } from '../../graphql/bulk-job.js';
import { jobView } from '../../graphql/bulk-job-access.js';
import { startBulkJob } from '../../graphql/start-bulk-job.js';
import { TOUCH_TASKS_SUBMIT_JOB, TouchTasksSubmitJob } from './touch-task.jobs.js';
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

  @Authorized('touch-tasks:write')
  @UseMiddleware(limitBatch('tasks', TOUCH_TASK_LIMITS.touchTasksSubmit))
  @Mutation(() => TouchTasksSubmitJob.JobType, {
    description:
      "Starts a bulk `touchTasksSubmit` run by the facade to the end, across TOP's call windows and bans: the tasks inline, or as `uploadId` of an NDJSON upload (one TouchTaskInput per line) with `tasks: []`. Scope: touch-tasks:write.",
  })
  async touchTasksSubmitJobStart(
    @Arg('input', () => TouchTasksSubmitInput, { description: 'The same input as the inline mutation; its list may be empty when `uploadId` is given.' })
    input: TouchTasksSubmitInput,
    @Arg('uploadId', () => ID, { nullable: true, description: 'An upload of yours to read the tasks from, one per line.' }) uploadId: string | null | undefined,
    @Ctx() context: FacadeContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<BulkJob> {
    return jobView(context, await startBulkJob(context, info, TOUCH_TASKS_SUBMIT_JOB, input, uploadId));
  }
}
