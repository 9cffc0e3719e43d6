import { defineBulkJobType } from '../../graphql/bulk-job-type.js';
import type { BulkJobStart } from '../../graphql/start-bulk-job.js';
import { GoalDeleteResult, GoalUpsertResult } from './goal.results.js';

export const GoalsUpsertJob = defineBulkJobType({
  name: 'GoalsUpsertJob',
  resultName: 'GoalUpsertResult',
  union: GoalUpsertResult,
  description: 'A bulk `goalsUpsert`: `results` answers each goal as the inline mutation would.',
});

export const GoalsDeleteJob = defineBulkJobType({
  name: 'GoalsDeleteJob',
  resultName: 'GoalDeleteResult',
  union: GoalDeleteResult,
  description: 'A bulk `goalsDelete`: `results` answers each uid as the inline mutation would.',
});

export const GOALS_UPSERT_JOB: BulkJobStart = { kind: 'goalsUpsert', list: 'goals', itemType: 'GoalInput' };
export const GOALS_DELETE_JOB: BulkJobStart = { kind: 'goalsDelete', list: 'uids', itemType: 'Int' };
