import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { Authorized, Arg, Ctx, ID, Info, Int, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import type { BulkJob } from '../../graphql/bulk-job.js';
import { jobView } from '../../graphql/bulk-job-access.js';
import { startBulkJob } from '../../graphql/start-bulk-job.js';
import { GOALS_DELETE_JOB, GOALS_UPSERT_JOB, GoalsDeleteJob, GoalsUpsertJob } from './goal.jobs.js';
import type { FacadeContext } from '../../context.js';
import { limitBatch } from '../../graphql/batch-limit.js';
import { GOAL_LIMITS, MAX_UIDS_PER_READ } from './goal.limits.js';
import { RecordOutcome } from '../../graphql/record-outcome.js';
import { graphQLErrorFor } from '../../graphql/failure-mapping.js';
import { GoalsDeleteInput, GoalsUpsertInput } from './goal.inputs.js';
import { GoalsDeletePayload, GoalsUpsertPayload } from './goal.results.js';
import { AssessType, Goal } from './goal.types.js';

@Resolver()
export class GoalResolver {
  @Authorized('goals:read')
  @Query(() => [Goal], {
    description:
      'Sales goals of one year and assess type (LingXing batchSelect). With `uids`, only those users, in that order; users without a goal are left out. Several `goals` fields in one request, and identical reads in flight at once from any requests, share one provider call per (year, assessType); each request keeps its own deadline. Scope: goals:read.',
  })
  async goals(
    @Arg('year', () => Int, { description: 'Goal year: last, this or next year (GMT+8).' }) year: number,
    @Arg('assessType', () => AssessType, { description: 'What the goals measure.' }) assessType: AssessType,
    @Arg('uids', () => [Int], { nullable: true, description: 'Only these LingXing user ids.' }) uids: number[] | null | undefined,
    @Ctx() context: FacadeContext,
  ): Promise<Goal[]> {
    const problem = context.services.goals.yearProblem(year);
    if (problem) throw new GraphQLError(problem, { extensions: { code: 'BAD_USER_INPUT', field: 'year' } });
    if (uids && uids.length > MAX_UIDS_PER_READ) {
      throw new GraphQLError(`goals takes at most ${MAX_UIDS_PER_READ.toLocaleString('en')} uids; got ${uids.length.toLocaleString('en')}.`, {
        extensions: { code: 'BAD_USER_INPUT', field: 'uids', max: MAX_UIDS_PER_READ },
      });
    }
    let goals: Goal[];
    try {
      goals = await context.loaders.goals.load({ year, assessType });
    } catch (error) {
      throw graphQLErrorFor(error);
    }
    if (!uids) return goals;
    const byUid = new Map(goals.map((goal) => [goal.uid, goal]));
    return uids.flatMap((uid) => byUid.get(uid) ?? []);
  }

  @Authorized('goals:write')
  @UseMiddleware(RecordOutcome, limitBatch('goals', GOAL_LIMITS.goalsUpsert))
  @Mutation(() => GoalsUpsertPayload, {
    description:
      'Creates or replaces sales goals (LingXing batchOperate), packed into as few calls as allowed. Answers one result per goal, in input order; a bad goal never fails the others. Scope: goals:write.',
  })
  goalsUpsert(
    @Arg('input', () => GoalsUpsertInput, { description: 'The goals and how to write them.' }) input: GoalsUpsertInput,
    @Ctx() context: FacadeContext,
  ): Promise<GoalsUpsertPayload> {
    return context.services.goals.upsert(input, context.deadline);
  }

  @Authorized('goals:write')
  @UseMiddleware(limitBatch('goals', GOAL_LIMITS.goalsUpsert))
  @Mutation(() => GoalsUpsertJob.JobType, {
    description:
      'Starts a bulk `goalsUpsert` run by the facade to the end, across quota windows: the same input and rules, answered at once with the job (goals that break a rule are answered and counted at once, never queued). Give the goals inline (up to the inline limit) or as `uploadId` of an NDJSON upload (`POST /uploads`, one GoalInput per line) with `goals: []`. Scope: goals:write.',
  })
  async goalsUpsertJobStart(
    @Arg('input', () => GoalsUpsertInput, { description: 'The same input as the inline mutation; its list may be empty when `uploadId` is given.' })
    input: GoalsUpsertInput,
    @Arg('uploadId', () => ID, { nullable: true, description: 'An upload of yours to read the goals from, one per line.' }) uploadId: string | null | undefined,
    @Ctx() context: FacadeContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<BulkJob> {
    return jobView(context, await startBulkJob(context, info, GOALS_UPSERT_JOB, input, uploadId));
  }

  @Authorized('goals:write')
  @UseMiddleware(limitBatch('uids', GOAL_LIMITS.goalsDelete))
  @Mutation(() => GoalsDeleteJob.JobType, {
    description: 'Starts a bulk `goalsDelete`: the uids inline, or as `uploadId` of an NDJSON upload (one uid per line) with `uids: []`. Scope: goals:write.',
  })
  async goalsDeleteJobStart(
    @Arg('input', () => GoalsDeleteInput, { description: 'The same input as the inline mutation; its list may be empty when `uploadId` is given.' })
    input: GoalsDeleteInput,
    @Arg('uploadId', () => ID, { nullable: true, description: 'An upload of yours to read the uids from, one per line.' }) uploadId: string | null | undefined,
    @Ctx() context: FacadeContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<BulkJob> {
    return jobView(context, await startBulkJob(context, info, GOALS_DELETE_JOB, input, uploadId));
  }

  @Authorized('goals:write')
  @UseMiddleware(RecordOutcome, limitBatch('uids', GOAL_LIMITS.goalsDelete))
  @Mutation(() => GoalsDeletePayload, {
    description:
      'Deletes the goals of the given users for one year and assess type (LingXing batchDelete). One result per uid, in input order. Scope: goals:write.',
  })
  goalsDelete(
    @Arg('input', () => GoalsDeleteInput, { description: 'Whose goals to delete.' }) input: GoalsDeleteInput,
    @Ctx() context: FacadeContext,
  ): Promise<GoalsDeletePayload> {
    return context.services.goals.remove(input, context.deadline);
  }
}
