import { defineBulkJobType } from '../../graphql/bulk-job-type.js';
import type { BulkJobStart } from '../../graphql/start-bulk-job.js';
import { TouchTaskSubmitResult } from './touch-task.results.js';

export const TouchTasksSubmitJob = defineBulkJobType({
  name: 'TouchTasksSubmitJob',
  resultName: 'TouchTaskSubmitResult',
  union: TouchTaskSubmitResult,
  description:
    'A bulk `touchTasksSubmit`: `results` answers each task as the inline mutation would. Its calls carry task_unique_codes derived from one code made at start, so a call resent after a worker died creates nothing twice.',
});

export const TOUCH_TASKS_SUBMIT_JOB: BulkJobStart = { kind: 'touchTasksSubmit', list: 'tasks', itemType: 'TouchTaskInput' };
