import type { BatchOperation } from '../../core/batch/batch-operation.js';
import { derivedId } from '../../core/batch/derived-id.js';
import { firstProblem } from '../../core/validation.js';
import { OutcomeUnknown, ProviderRejected } from '../../graphql/item-errors.js';
import type { TaskOutcome, TouchTasksPort } from '../../providers/top/port.js';
import type { TouchTaskInput, TouchTasksSubmitInput } from './touch-task.inputs.js';
import { TouchTaskSubmitted, type TouchTaskSubmitResult } from './touch-task.results.js';
import { batchRule, taskRule } from './touch-task.rules.js';

export interface TouchTaskOperationOptions {
  readonly port: TouchTasksPort;
  /** Tasks per TOP call (undocumented; default 100). */
  readonly chunkSize: number;
  /** Calls a chunk TOP refused whole may spend to isolate the tasks it refuses. */
  readonly splitCalls: number;
}

/**
 * touchTasksSubmit: TOP's batch-task method, a bizId once per batch. Every call carries a
 * task_unique_code derived from the batch's code and the call's place, so a resubmitted batch
 * maps onto the same TOP batches and a resend is harmless.
 */
export function touchTasksSubmit(
  input: TouchTasksSubmitInput,
  taskUniqueCode: string,
  options: TouchTaskOperationOptions,
  traceIds: string[],
): BatchOperation<TouchTaskInput, TouchTaskSubmitResult> {
  return {
    list: 'tasks',
    items: input.tasks,
    batchProblem: firstProblem(batchRule, input, ''),
    itemProblem: (task) => firstProblem(taskRule, task, ''),
    uniqueKey: {
      of: (task) => task.bizId,
      field: 'bizId',
      repeated: (bizId, earlier) => `bizId ${bizId} already appears at index ${earlier}; bizIds identify tasks, so each must be unique.`,
    },
    chunkSize: options.chunkSize,
    safeToResend: true,
    splitCalls: options.splitCalls,
    async send(items, part, deadline) {
      const tasks = items.map(({ item }) => item);
      const answer = await options.port.submit({ ...input, taskUniqueCode: derivedId(taskUniqueCode, part), tasks }, deadline);
      traceIds.push(answer.traceId);
      return ({ index, item }, position) => taskResult(index, item, answer.tasks[position]!, answer.traceId);
    },
  };
}

function taskResult(index: number, task: TouchTaskInput, outcome: TaskOutcome, traceId: string): TouchTaskSubmitResult {
  switch (outcome.outcome) {
    case 'submitted':
      return Object.assign(new TouchTaskSubmitted(), { index, taskId: outcome.taskId, bizId: task.bizId ?? null, traceId });
    case 'code-reused':
      return ProviderRejected.of(index, {
        message: `TOP already holds a different batch under this taskUniqueCode (its task differs in ${outcome.field}); use a new taskUniqueCode for new tasks.`,
        providerCode: 'TASK_UNIQUE_CODE_REUSED',
        providerMessage: `TOP answered for a task whose ${outcome.field} differs from the one sent`,
        traceId,
      });
    case 'refused':
      return ProviderRejected.of(index, {
        message: `TOP refused the task: ${outcome.message || 'no reason given'}`,
        providerCode: outcome.code,
        providerMessage: outcome.message,
        traceId,
      });
    case 'unanswered':
      return OutcomeUnknown.of(index, 'TOP answered the batch without an answer for this task; resubmit with the same taskUniqueCode.', true, traceId);
  }
}
