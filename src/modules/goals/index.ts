import { defineModule } from '../facade-module.js';
import { GOAL_ENTITIES } from './goal.entities.js';
import { GOAL_LIMITS } from './goal.limits.js';
import { GOALS_DELETE_JOB, GOALS_UPSERT_JOB, GoalsDeleteJob, GoalsUpsertJob } from './goal.jobs.js';
import { createGoalsLoader } from './goal.loader.js';
import { GoalResolver } from './goal.resolver.js';
import { GoalService } from './goal.service.js';
import { User } from './user.entity.js';
import { UserResolver } from './user.resolver.js';

/** Sales goals (LingXing): read, upsert, delete; the Goal entity, and `User.goals` for the supergraph. */
export const goalsModule = defineModule({
  name: 'goals',
  resolvers: [GoalResolver, GoalsUpsertJob.JobResolver, GoalsDeleteJob.JobResolver],
  scopes: ['goals:read', 'goals:write'],
  batchLimits: GOAL_LIMITS,
  service: ({ ports, clock, chunkSizes, splitCalls }) => new GoalService({ port: ports.goals, clock, chunkSize: chunkSizes.lingxing, splitCalls }),
  loader: (service, { deadline }) => createGoalsLoader(service, deadline),
  jobKinds: (service, { parallelChunks }) => service.jobKinds(parallelChunks.lingxing),
  jobViews: { [GOALS_UPSERT_JOB.kind]: GoalsUpsertJob.view, [GOALS_DELETE_JOB.kind]: GoalsDeleteJob.view },
  subgraph: { resolvers: [UserResolver], orphanedTypes: [User], entities: GOAL_ENTITIES },
});
