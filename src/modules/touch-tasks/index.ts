import { defineModule } from '../facade-module.js';
import { TOUCH_TASKS_SUBMIT_JOB, TouchTasksSubmitJob } from './touch-task.jobs.js';
import { TOUCH_TASK_LIMITS } from './touch-task.limits.js';
import { TouchTaskResolver } from './touch-task.resolver.js';
import { TouchTaskService } from './touch-task.service.js';

/** Outreach touch tasks (Alibaba TOP): submit. */
export const touchTasksModule = defineModule({
  name: 'touchTasks',
  resolvers: [TouchTaskResolver, TouchTasksSubmitJob.JobResolver],
  scopes: ['touch-tasks:write'],
  batchLimits: TOUCH_TASK_LIMITS,
  service: ({ ports, chunkSizes, splitCalls }) => new TouchTaskService({ port: ports.touchTasks, chunkSize: chunkSizes.top, splitCalls }),
  jobKinds: (service, { parallelChunks }) => service.jobKinds(parallelChunks.top),
  jobViews: { [TOUCH_TASKS_SUBMIT_JOB.kind]: TouchTasksSubmitJob.view },
});
