import { randomUUID } from 'node:crypto';
import { runBatch } from '../../core/batch/run-batch.js';
import type { Deadline } from '../../core/deadline.js';
import { batchPayload } from '../../graphql/batch-payload.js';
import { ITEM_OUTCOMES } from '../../graphql/item-outcomes.js';
import type { TouchTasksSubmitInput } from './touch-task.inputs.js';
import { type TouchTaskOperationOptions, touchTasksSubmit } from './touch-task.operations.js';
import { TouchTasksSubmitPayload } from './touch-task.results.js';

/** Touch tasks: the submit operation's run as a payload, with the batch's idempotency key. */
export class TouchTaskService {
  constructor(private readonly options: TouchTaskOperationOptions) {}

  async submit(input: TouchTasksSubmitInput, deadline: Deadline): Promise<TouchTasksSubmitPayload> {
    const taskUniqueCode = input.taskUniqueCode ?? randomUUID();
    const traceIds: string[] = [];
    const results = await runBatch(touchTasksSubmit(input, taskUniqueCode, this.options, traceIds), deadline, ITEM_OUTCOMES);
    return batchPayload(TouchTasksSubmitPayload, results, traceIds, { taskUniqueCode });
  }
}
