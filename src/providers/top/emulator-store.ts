import type { WireBatchRequest, WireTask } from './wire.js';

/** How a plan reaches people; it decides which contact a task needs. */
export type Channel = 'SMART_CALL' | 'SMS' | 'EMAIL';

/** Seeded plans: the page's example (123) and one per channel. */
export const SEEDED_PLANS: ReadonlyMap<number, Channel> = new Map([
  [123, 'SMS'],
  [1001, 'SMART_CALL'],
  [1002, 'SMS'],
  [1003, 'EMAIL'],
]);

export interface StoredTask {
  readonly taskId: number;
  readonly planId: number;
  readonly taskUniqueCode: string;
  readonly request: WireTask;
}

export interface TaskResult {
  task_id: number | null;
  task_request: WireTask;
  success: boolean;
  message: string;
}

/** The emulator's tasks, and the first answer given to each task_unique_code. */
export class TopTaskStore {
  readonly tasks: StoredTask[] = [];
  private readonly answers = new Map<string, TaskResult[]>();
  private nextTaskId = 900_000_001;

  hasPlan(planId: number): boolean {
    return SEEDED_PLANS.has(planId);
  }

  /** The stored answer for a code seen before: TOP's idempotency. */
  answered(taskUniqueCode: string): TaskResult[] | undefined {
    return this.answers.get(taskUniqueCode);
  }

  /** What the first task of the batch that breaks its plan's rules lacks, or undefined. */
  firstProblem(request: WireBatchRequest): string | undefined {
    const channel = SEEDED_PLANS.get(request.plan_id)!;
    for (const task of request.task_list) {
      const problem = taskProblem(task, channel);
      if (problem) return problem;
    }
    return undefined;
  }

  submit(request: WireBatchRequest): TaskResult[] {
    const channel = SEEDED_PLANS.get(request.plan_id)!;
    const results = request.task_list.map((task) => {
      const problem = taskProblem(task, channel);
      if (problem) return { task_id: null, task_request: task, success: false, message: problem };
      const taskId = this.nextTaskId++;
      this.tasks.push({ taskId, planId: request.plan_id, taskUniqueCode: request.task_unique_code, request: task });
      return { task_id: taskId, task_request: task, success: true, message: 'success' };
    });
    this.answers.set(request.task_unique_code, results);
    return results;
  }
}

function taskProblem(task: WireTask, channel: Channel): string | undefined {
  if ((channel === 'SMART_CALL' || channel === 'SMS') && !task.phone_number) return '触达方式为智能外呼、短信时 phone_number 必填';
  if (channel === 'EMAIL' && !task.email) return '触达方式为邮件时 email 必填';
  for (const name of ['input_params', 'output_params'] as const) {
    try {
      JSON.parse(task[name]);
    } catch {
      return `${name} 不是合法的 JSON`;
    }
  }
  return undefined;
}
