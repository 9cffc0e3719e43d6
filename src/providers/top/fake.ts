import type { Deadline } from '../../core/deadline.js';
import type { TaskOutcome, TouchBatch, TouchTask, TouchTasksPort } from './port.js';

/**
 * An in-memory TouchTasksPort, for unit tests of the touch-tasks module. It keeps TOP's rules the
 * module relies on: a task_unique_code seen before answers its first answer (a task that differs
 * from that answer's is `code-reused`), and `refuse` decides which tasks fail on their own.
 */
export class FakeTouchTasksPort implements TouchTasksPort {
  readonly batches: TouchBatch[] = [];
  /** Thrown, in order, by the next calls instead of answering. */
  readonly failures: unknown[] = [];
  private readonly answered = new Map<string, { tasks: readonly TouchTask[]; outcomes: TaskOutcome[] }>();
  private nextTaskId = 1;

  constructor(private readonly refuse: (task: TouchTask) => string | undefined = () => undefined) {}

  /** Tasks created so far. */
  get created(): number {
    return this.nextTaskId - 1;
  }

  async submit(batch: TouchBatch, _deadline: Deadline) {
    this.batches.push(batch);
    if (this.failures.length > 0) throw this.failures.shift();
    const first = this.answered.get(batch.taskUniqueCode);
    if (first) {
      const tasks = batch.tasks.map((task, i): TaskOutcome =>
        JSON.stringify(task) === JSON.stringify(first.tasks[i]) ? first.outcomes[i]! : { outcome: 'code-reused', field: 'task' },
      );
      return { traceId: `replay-${batch.taskUniqueCode}`, tasks };
    }
    const outcomes = batch.tasks.map((task): TaskOutcome => {
      const refused = this.refuse(task);
      return refused ? { outcome: 'refused', code: 'isv.invalid-parameter', message: refused } : { outcome: 'submitted', taskId: String(this.nextTaskId++) };
    });
    this.answered.set(batch.taskUniqueCode, { tasks: batch.tasks, outcomes });
    return { traceId: `call-${this.batches.length}`, tasks: outcomes };
  }
}
