import { GraphQLError } from 'graphql';
import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { JobRecord } from '../../core/jobs/job-record.js';
import { jobProgress } from './job-progress.js';
import type { FacadeContext } from '../../context.js';
import { BulkJob, BulkJobState, cursorOf, PageInfo, positionOf } from '../../graphql/bulk-job.js';
import { jobView, visibleJob } from '../../graphql/bulk-job-access.js';

const MAX_JOBS_PAGE = 100;

@InputType('BulkJobFilter', { description: 'Which jobs to list.' })
export class BulkJobFilter {
  @Field(() => [BulkJobState], { nullable: true, description: 'Only jobs in these states.' })
  states?: BulkJobState[] | null;

  @Field(() => Boolean, { nullable: true, description: "Everyone's jobs, not only yours (needs jobs:read)." })
  everyone?: boolean | null;
}

@ObjectType('BulkJobEdge', { simpleResolvers: true, description: 'One job in a page of bulkJobs.' })
export class BulkJobEdge {
  @Field(() => String, { description: 'Pass as `after` for the jobs after this one.' })
  cursor!: string;

  @Field(() => BulkJob, { description: 'The job.' })
  node!: BulkJob;
}

@ObjectType('BulkJobConnection', { simpleResolvers: true, description: 'Bulk jobs, newest first.' })
export class BulkJobConnection {
  @Field(() => [BulkJobEdge], { description: 'The jobs of this page, newest first.' })
  edges!: BulkJobEdge[];

  @Field(() => PageInfo, { description: 'Whether another page follows, and its cursor.' })
  pageInfo!: PageInfo;
}

@Resolver()
export class BulkJobResolver {
  @Query(() => BulkJob, {
    description:
      "A bulk job you started (any job with jobs:read): its state, counts and results. Another principal's job answers NOT_FOUND, as one that does not exist. Poll it, or follow `bulkJobProgress`. Scope: jobs:read for everyone's jobs; none for your own.",
  })
  async bulkJob(@Arg('id', () => ID, { description: 'The job id its start mutation answered.' }) id: string, @Ctx() context: FacadeContext): Promise<BulkJob> {
    return jobView(context, await visibleJob(context, id));
  }

  @Query(() => BulkJobConnection, { description: "Your bulk jobs, newest first (everyone's with `filter.everyone` and jobs:read)." })
  async bulkJobs(
    @Arg('filter', () => BulkJobFilter, { nullable: true, description: 'Which jobs; all of yours when absent.' }) filter: BulkJobFilter | null | undefined,
    @Arg('first', () => Int, { defaultValue: 20, description: `At most ${MAX_JOBS_PAGE}.` }) first: number,
    @Arg('after', () => String, { nullable: true, description: "An edge's cursor: the jobs after it." }) after: string | null | undefined,
    @Ctx() context: FacadeContext,
  ): Promise<BulkJobConnection> {
    if (!Number.isInteger(first) || first < 0 || first > MAX_JOBS_PAGE) {
      throw new GraphQLError(`bulkJobs takes first between 0 and ${MAX_JOBS_PAGE}; got ${first}.`, { extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
    }
    if (filter?.everyone && !context.principal.scopes.has('jobs:read')) {
      throw new GraphQLError("Listing everyone's jobs needs the scope jobs:read.", { extensions: { code: 'FORBIDDEN', scope: 'jobs:read' } });
    }
    const owner = filter?.everyone ? undefined : context.principal.id;
    const found = await context.services.jobs.bulkJobs.list({ owner, states: filter?.states ?? undefined }, first + 1, after ? positionOf(after) : undefined);
    const page = found.slice(0, first);
    return Object.assign(new BulkJobConnection(), {
      edges: page.map((job) => Object.assign(new BulkJobEdge(), { cursor: cursorOf(job.id), node: jobView(context, job) })),
      pageInfo: Object.assign(new PageInfo(), { hasNextPage: found.length > first, endCursor: page.length ? cursorOf(page.at(-1)!.id) : null }),
    });
  }

  @Subscription(() => BulkJob, {
    description:
      'Follows a bulk job over WebSocket (graphql-ws): the job as it is now, then one event per settled chunk and state change, in order (counts only grow), ending after a terminal state. Where subscriptions do not pass (some routers), poll `bulkJob(id)` instead.',
    subscribe: async ({ args, context }) => {
      const job = await visibleJob(context as FacadeContext, (args as { id: string }).id);
      return jobProgress((context as FacadeContext).services.jobs.bulkJobs, job);
    },
  })
  bulkJobProgress(@Root() job: JobRecord, @Arg('id', () => ID, { description: 'The job to follow.' }) _id: string, @Ctx() context: FacadeContext): BulkJob {
    return jobView(context, job);
  }

  @Mutation(() => BulkJob, {
    description:
      'Cancels a bulk job: items not yet sent answer `Canceled`; calls in flight finish and their items keep their real answer. Canceling an ended job changes nothing. Only its owner cancels it.',
  })
  async bulkJobCancel(@Arg('id', () => ID, { description: 'The job to cancel.' }) id: string, @Ctx() context: FacadeContext): Promise<BulkJob> {
    const owned = await visibleJob(context, id);
    if (owned.owner !== context.principal.id)
      throw new GraphQLError('Only the principal that started a job cancels it.', { extensions: { code: 'FORBIDDEN' } });
    const job = await context.services.jobs.bulkJobs.cancel(id);
    if (!job) throw new GraphQLError(`No bulk job ${id}.`, { extensions: { code: 'NOT_FOUND' } });
    return jobView(context, job);
  }
}
