import type { Deadline } from '../../core/deadline.js';
import { formatGmt8 } from '../../core/gmt8.js';
import type { TopClient } from './client.js';
import { echoDiffers } from './echo.js';
import type { TaskAnswer, WireTask } from './wire.js';

/** The signature methods TOP takes (`TOP_SIGN_METHOD`). */
export { SIGN_METHODS } from './wire.js';

/** One outreach task, in the domain's words. Ids are digits (TOP's Java longs). */
export interface TouchTask {
  readonly inputParams: Record<string, unknown>;
  readonly outputParams: Record<string, unknown>;
  readonly phoneNumber?: string | null;
  readonly email?: string | null;
  readonly bizId?: string | null;
  readonly planExecuteStartTime?: Date | null;
  readonly sourceId?: string | null;
  readonly departmentId?: string | null;
  readonly outerUserId?: string | null;
  readonly userName?: string | null;
  readonly cmsMemberType?: string | null;
  readonly appointmentTimeId?: string | null;
  readonly policyId?: string | null;
  readonly bookChargeBizInfo?: Record<string, unknown> | null;
  readonly bookUserId?: string | null;
  readonly cmsUserId?: string | null;
}

export interface TouchBatch {
  readonly planId: string;
  /** The call's idempotency key: TOP answers a code it has seen with its first answer. */
  readonly taskUniqueCode: string;
  readonly batchNum?: string | null;
  readonly useBookInfo?: { readonly usePlatform: string; readonly bookCode: string; readonly bookOwnerId: string } | null;
  readonly tasks: readonly TouchTask[];
}

/** What became of one task of a submitted batch. */
export type TaskOutcome =
  | { readonly outcome: 'submitted'; readonly taskId: string }
  | { readonly outcome: 'refused'; readonly code: string; readonly message: string }
  /** TOP holds other tasks under this code: its echo differs from the task sent, in `field`. */
  | { readonly outcome: 'code-reused'; readonly field: string }
  /** TOP's answer had no entry for the task. */
  | { readonly outcome: 'unanswered' };

export interface TouchTasksPort {
  /** Submits one batch; a resend under the same code is harmless. One outcome per task, in order. */
  submit(batch: TouchBatch, deadline: Deadline): Promise<{ readonly traceId: string; readonly tasks: TaskOutcome[] }>;
}

/** The port over the real (or emulated) TOP gateway, through its client. */
export function topTouchTasks(client: TopClient): TouchTasksPort {
  return {
    async submit(batch, deadline) {
      const wire = batch.tasks.map(wireTask);
      const { useBookInfo } = batch;
      const answer = await client.submitBatch(
        {
          task_unique_code: batch.taskUniqueCode,
          ...(batch.batchNum ? { batch_num: batch.batchNum } : {}),
          plan_id: Number(batch.planId),
          ...(useBookInfo
            ? { use_book_info: { use_platform: useBookInfo.usePlatform, book_code: useBookInfo.bookCode, book_owner_id: Number(useBookInfo.bookOwnerId) } }
            : {}),
          task_list: wire,
        },
        deadline,
      );
      return { traceId: answer.traceId, tasks: wire.map((sent, position) => taskOutcome(sent, answer.tasks[position])) };
    },
  };
}

function wireTask(task: TouchTask): WireTask {
  const wire: WireTask = { input_params: JSON.stringify(task.inputParams), output_params: JSON.stringify(task.outputParams) };
  const text = {
    phone_number: task.phoneNumber,
    email: task.email,
    biz_id: task.bizId,
    outer_user_id: task.outerUserId,
    user_name: task.userName,
    cms_member_type: task.cmsMemberType,
  };
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
  if (task.planExecuteStartTime) wire.plan_execute_start_time = formatGmt8(task.planExecuteStartTime.getTime());
  if (task.bookChargeBizInfo) wire.book_charge_biz_info = JSON.stringify(task.bookChargeBizInfo);
  return wire;
}

/** One task's answer. TOP answers by position; its echo must be the task sent, or the code was reused for other tasks. */
function taskOutcome(sent: WireTask, answer: TaskAnswer | undefined): TaskOutcome {
  if (!answer) return { outcome: 'unanswered' };
  const differs = answer.task_request ? echoDiffers(sent, answer.task_request) : undefined;
  if (differs) return { outcome: 'code-reused', field: differs };
  if (answer.success === false || answer.task_id === null || answer.task_id === undefined) {
    return { outcome: 'refused', code: String(answer.code ?? 'TASK_REFUSED'), message: answer.message ?? '' };
  }
  return { outcome: 'submitted', taskId: String(answer.task_id) };
}
