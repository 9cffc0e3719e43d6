import { runBatch } from '../../core/batch/run-batch.js';
import type { Clock } from '../../core/clock.js';
import type { Deadline } from '../../core/deadline.js';
import type { RuleProblem } from '../../core/validation.js';
import { batchPayload } from '../../graphql/batch-payload.js';
import { ITEM_OUTCOMES } from '../../graphql/item-outcomes.js';
import type { GoalsPort } from '../../providers/lingxing/port.js';
import type { GoalInput, GoalsDeleteInput, GoalsUpsertInput } from './goal.inputs.js';
import { type GoalOperationOptions, type GoalRun, goalsDelete, goalsUpsert } from './goal.operations.js';
import {
  GOAL_DELETE_RESULT_TYPES,
  GOAL_UPSERT_RESULT_TYPES,
  type GoalDeleteResult,
  GoalsDeletePayload,
  GoalsUpsertPayload,
  type GoalUpsertResult,
} from './goal.results.js';
import { GOALS_DELETE_JOB, GOALS_UPSERT_JOB } from './goal.jobs.js';
import { bulkJobKind } from '../../graphql/bulk-job-kind.js';
import type { JobKind } from '../../core/jobs/job-kind.js';
import { yearProblem } from './goal.rules.js';
import { type AssessType, type Goal, GoalOfRecord } from './goal.types.js';

export interface GoalServiceOptions {
  readonly port: GoalsPort;
  readonly clock: Clock;
  readonly chunkSize: number;
  readonly splitCalls: number;
}

/** Goals: the operations' runs as payloads, and reads as the schema's Goal. */
export class GoalService {
  private readonly operations: GoalOperationOptions;

  constructor(private readonly options: GoalServiceOptions) {
    this.operations = { port: options.port, chunkSize: options.chunkSize, splitCalls: options.splitCalls };
  }

  async upsert(input: GoalsUpsertInput, deadline: Deadline): Promise<GoalsUpsertPayload> {
    const run: GoalRun = { traceIds: [], deletedCount: 0 };
    const results = await runBatch(goalsUpsert(input, this.batchProblem(input.year), this.operations, run), deadline, ITEM_OUTCOMES);
    return batchPayload(GoalsUpsertPayload, results, run.traceIds, {});
  }

  async remove(input: GoalsDeleteInput, deadline: Deadline): Promise<GoalsDeletePayload> {
    const run: GoalRun = { traceIds: [], deletedCount: 0 };
    const results = await runBatch(goalsDelete(input, this.batchProblem(input.year), this.operations, run), deadline, ITEM_OUTCOMES);
    return batchPayload(GoalsDeletePayload, results, run.traceIds, { deletedCount: run.deletedCount });
  }

  async select(year: number, assessType: AssessType, deadline: Deadline): Promise<Goal[]> {
    const records = await this.options.port.read(year, assessType, deadline);
    return records.map((record) => new GoalOfRecord(record));
  }

  /** Upsert and delete as bulk jobs: the same operations, a chunk at a time. */
  jobKinds(parallelChunks: number): JobKind[] {
    const run = (): GoalRun => ({ traceIds: [], deletedCount: 0 });
    return [
      bulkJobKind<GoalsUpsertInput, GoalInput, GoalUpsertResult>({
        start: GOALS_UPSERT_JOB,
        provider: 'lingxing',
        parallelChunks,
        resultTypes: GOAL_UPSERT_RESULT_TYPES,
        operation: (input) => goalsUpsert(input, this.batchProblem(input.year), this.operations, run()),
      }),
      bulkJobKind<GoalsDeleteInput, number, GoalDeleteResult>({
        start: GOALS_DELETE_JOB,
        provider: 'lingxing',
        parallelChunks,
        resultTypes: GOAL_DELETE_RESULT_TYPES,
        operation: (input) => goalsDelete(input, this.batchProblem(input.year), this.operations, run()),
      }),
    ];
  }

  yearProblem(year: number): string | undefined {
    return yearProblem(year, this.options.port.currentYear(this.options.clock.now()));
  }

  private batchProblem(year: number): RuleProblem | undefined {
    const problem = this.yearProblem(year);
    return problem ? { field: 'year', message: problem } : undefined;
  }
}
