import type { JobKind } from '../../core/jobs/job-kind.js';
import { bulkJobKind } from '../../graphql/bulk-job-kind.js';
import { TOUCH_TASKS_SUBMIT_JOB } from './touch-task.jobs.js';
import { randomUUID } from 'node:crypto';
import { runBatch } from '../../core/batch/run-batch.js';
import type { Deadline } from '../../core/deadline.js';
import { batchPayload } from '../../graphql/batch-payload.js';
import { ITEM_OUTCOMES } from '../../graphql/item-outcomes.js';
import type { TouchTaskInput, TouchTasksSubmitInput } from './touch-task.inputs.js';
import { type TouchTaskOperationOptions, touchTasksSubmit } from './touch-task.operations.js';
import { TOUCH_TASK_SUBMIT_RESULT_TYPES, type TouchTaskSubmitResult, TouchTasksSubmitPayload } from './touch-task.results.js';

/** Touch tasks: the submit operation's run as a payload, with the batch's idempotency key. */
export class TouchTaskService {
  constructor(private readonly options: TouchTaskOperationOptions) {}

  /** Submit as a bulk job: one task_unique_code made at start, each call's derived from it and the chunk's place. */
  jobKinds(parallelChunks: number): JobKind[] {
    return [
      bulkJobKind<TouchTasksSubmitInput, TouchTaskInput, TouchTaskSubmitResult>({
        start: TOUCH_TASKS_SUBMIT_JOB,
        provider: 'top',
        parallelChunks,
        resultTypes: TOUCH_TASK_SUBMIT_RESULT_TYPES,
        prepare: (header) => ({ ...header, taskUniqueCode: header.taskUniqueCode ?? randomUUID() }),
        operation: (input) => touchTasksSubmit(input, input.taskUniqueCode!, this.options, []),
      }),
    ];
  }

  async submit(input: TouchTasksSubmitInput, deadline: Deadline): Promise<TouchTasksSubmitPayload> {
    const taskUniqueCode = input.taskUniqueCode ?? randomUUID();
    const traceIds: string[] = [];
    const results = await runBatch(touchTasksSubmit(input, taskUniqueCode, this.options, traceIds), deadline, ITEM_OUTCOMES);
    return batchPayload(TouchTasksSubmitPayload, results, traceIds, { taskUniqueCode });
  }
}
