import { FirstIndex } from '../../core/batch/first-index.js';
import { randomUUID } from 'node:crypto';
import { chunk } from '../../core/batch/chunk.js';
import { derivedId } from '../../core/batch/derived-id.js';
import { OutcomeLedger } from '../../core/batch/outcome-ledger.js';
import type { Deadline } from '../../core/deadline.js';
import { firstProblem } from '../../core/validation.js';
import { batchPayload } from '../../graphql/batch-payload.js';
import { settleChunk } from '../../graphql/settle-chunk.js';
import { OutcomeUnknown, ProviderRejected, ValidationError } from '../../graphql/item-errors.js';
import type { TopClient } from '../../providers/top/client.js';
import { echoDiffers } from '../../providers/top/echo.js';
import { gmt8, type TaskAnswer, type WireTask } from '../../providers/top/wire.js';
import type { TouchTaskInput, TouchTasksSubmitInput } from './touch-task.inputs.js';
import { TouchTaskSubmitted, type TouchTaskSubmitResult, TouchTasksSubmitPayload } from './touch-task.results.js';
import { batchRule, taskRule } from './touch-task.rules.js';

export interface TouchTaskServiceOptions {
  readonly client: TopClient;
  /** Tasks per TOP call (undocumented; default 100). */
  readonly chunkSize: number;
  /** Calls a chunk TOP refused whole may spend to isolate the tasks it refuses. */
  readonly splitCalls: number;
}

interface Pending {
  readonly index: number;
  readonly wire: WireTask;
}

/** Validates tasks, submits them in idempotent chunks, and answers each input task once. */
export class TouchTaskService {
  constructor(private readonly options: TouchTaskServiceOptions) {}

  async submit(input: TouchTasksSubmitInput, deadline: Deadline): Promise<TouchTasksSubmitPayload> {
    const taskUniqueCode = input.taskUniqueCode ?? randomUUID();
    const ledger = new OutcomeLedger<TouchTaskSubmitResult>(input.tasks.length);
    const valid = this.admissible(input, ledger);
    const traceIds: string[] = [];
    await Promise.all(
      chunk(valid, this.options.chunkSize).map((items, position) =>
        settleChunk(ledger, items, true, async (items, part) => {
          const answer = await this.options.client.submitBatch(
            {
              // Derived from the batch's code and the chunk's place: a resubmitted batch maps onto the same TOP batches.
              task_unique_code: derivedId(taskUniqueCode, part),
              ...(input.batchNum ? { batch_num: input.batchNum } : {}),
              plan_id: Number(input.planId),
              ...(input.useBookInfo
                ? {
                    use_book_info: {
                      use_platform: input.useBookInfo.usePlatform,
                      book_code: input.useBookInfo.bookCode,
                      book_owner_id: Number(input.useBookInfo.bookOwnerId),
                    },
                  }
                : {}),
              task_list: items.map((item) => item.wire),
            },
            deadline,
          );
          traceIds.push(answer.traceId);
          return (item, inChunk) => taskResult(item, answer.tasks[inChunk], answer.traceId);
        }, { position, splitCalls: this.options.splitCalls }),
      ),
    );
    return batchPayload(TouchTasksSubmitPayload, ledger.results(), traceIds, { taskUniqueCode });
  }

  /** Settles every task that breaks a rule; answers the rest as wire tasks with their indexes. */
  private admissible(input: TouchTasksSubmitInput, ledger: OutcomeLedger<TouchTaskSubmitResult>): Pending[] {
    const batchProblem = firstProblem(batchRule, input, '');
    const firstIndexOfBizId = new FirstIndex<string>();
    const valid: Pending[] = [];
    input.tasks.forEach((task, index) => {
      if (batchProblem) return ledger.settle(index, ValidationError.of(index, batchProblem.field, batchProblem.message));
      const problem = firstProblem(taskRule, task, `tasks[${index}]`);
      if (problem) return ledger.settle(index, ValidationError.of(index, problem.field, problem.message));
      if (task.bizId) {
        const earlier = firstIndexOfBizId.earlier(task.bizId, index);
        if (earlier !== undefined) {
          return ledger.settle(
            index,
            ValidationError.of(index, `tasks[${index}].bizId`, `bizId ${task.bizId} already appears at index ${earlier}; bizIds identify tasks, so each must be unique.`),
          );
        }
      }
      valid.push({ index, wire: wireTask(task) });
    });
    return valid;
  }
}

function wireTask(task: TouchTaskInput): WireTask {
  const wire: WireTask = { input_params: JSON.stringify(task.inputParams), output_params: JSON.stringify(task.outputParams) };
  const text = { phone_number: task.phoneNumber, email: task.email, biz_id: task.bizId, outer_user_id: task.outerUserId, user_name: task.userName, cms_member_type: task.cmsMemberType };
  for (const [key, value] of Object.entries(text)) if (value) (wire as unknown as Record<string, string>)[key] = value;
  const ids = {
    source_id: task.sourceId,
    department_id: task.departmentId,
    appointment_time_id: task.appointmentTimeId,
    policy_id: task.policyId,
    book_user_id: task.bookUserId,
    cms_user_id: task.cmsUserId,
  };
  for (const [key, value] of Object.entries(ids)) if (value) (wire as unknown as Record<string, number>)[key] = Number(value);
  if (task.planExecuteStartTime) wire.plan_execute_start_time = gmt8(task.planExecuteStartTime.getTime());
  if (task.bookChargeBizInfo) wire.book_charge_biz_info = JSON.stringify(task.bookChargeBizInfo);
  return wire;
}

/** One task's answer. TOP answers by position; its echo must be the task sent, or the code was reused for other tasks. */
function taskResult(item: Pending, answer: TaskAnswer | undefined, traceId: string): TouchTaskSubmitResult {
  const { index, wire } = item;
  if (!answer) return OutcomeUnknown.of(index, 'TOP answered the batch without an answer for this task; resubmit with the same taskUniqueCode.', true, traceId);
  const differs = answer.task_request ? echoDiffers(wire, answer.task_request) : undefined;
  if (differs) {
    return ProviderRejected.of(index, {
      message: `TOP already holds a different batch under this taskUniqueCode (its task differs in ${differs}); use a new taskUniqueCode for new tasks.`,
      providerCode: 'TASK_UNIQUE_CODE_REUSED',
      providerMessage: `TOP answered for a task whose ${differs} differs from the one sent`,
      traceId,
    });
  }
  if (answer.success === false || answer.task_id === null || answer.task_id === undefined) {
    return ProviderRejected.of(index, {
      message: `TOP refused the task: ${answer.message ?? 'no reason given'}`,
      providerCode: String(answer.code ?? 'TASK_REFUSED'),
      providerMessage: answer.message ?? '',
      traceId,
    });
  }
  return Object.assign(new TouchTaskSubmitted(), { index, taskId: String(answer.task_id), bizId: wire.biz_id ?? null, traceId });
}
