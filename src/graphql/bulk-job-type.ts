import { GraphQLError } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { FacadeContext } from '../context.js';
import { estimateCompletion } from '../core/jobs/completion-estimate.js';
import { BulkJob, bulkJobView, cursorOf, PageInfo, positionOf } from './bulk-job.js';

/** The most results one page of `results` answers. */
export const MAX_RESULTS_PAGE = 1_000;

/**
 * The GraphQL type of one kind of bulk job (`GoalsUpsertJob`): the BulkJob fields, and `results`,
 * a Relay connection of the inline mutation's own result union, in input order.
 */
export function defineBulkJobType(options: { readonly name: string; readonly resultName: string; readonly union: object; readonly description: string }) {
  const { name, resultName, union } = options;

  @ObjectType(`${resultName}Edge`, { simpleResolvers: true, description: `One item's answer in a ${name}.` })
  class Edge {
    @Field(() => String, { description: 'Pass as `after` for the answers after this one.' })
    cursor!: string;

    @Field(() => union, { description: 'The same result the inline mutation answers for this item; its `index` is its place in the input.' })
    node!: unknown;

    @Field(() => Boolean, { description: 'The answer was lost, and the job read back from the provider what really happened.' })
    reconciled!: boolean;
  }

  @ObjectType(`${resultName}Connection`, { simpleResolvers: true, description: `A page of a ${name}'s answers, in input order.` })
  class Connection {
    @Field(() => [Edge], { description: 'The answers of this page, in input order.' })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Whether another page follows, and its cursor.' })
    pageInfo!: PageInfo;
  }

  @ObjectType(name, { implements: BulkJob, description: options.description })
  class JobType extends BulkJob {}

  @Resolver(() => JobType)
  class JobResolver {
    @FieldResolver(() => Date, {
      nullable: true,
      description:
        "When the job should be done, from what its provider's quota windows will admit and its pace so far; null once it ended, or before there is anything to go by.",
    })
    async estimatedCompletionAt(@Root() job: JobType, @Ctx() context: FacadeContext): Promise<Date | null> {
      const { quotas, jobs } = context.services;
      const gates = quotas.all().filter(({ provider }) => provider === job.record.provider);
      const usages = await Promise.all(gates.map(({ gate }) => gate.usage()));
      const at = estimateCompletion(job.record, usages, jobs.config.windowShare, jobs.clock.now());
      return at === undefined ? null : new Date(at);
    }

    @FieldResolver(() => Connection, { description: 'Answers in input order, a page at a time (only item errors with `onlyFailed`).' })
    async results(
      @Root() job: JobType,
      @Arg('first', () => Int, { defaultValue: 100, description: `At most ${MAX_RESULTS_PAGE}.` }) first: number,
      @Arg('after', () => String, { nullable: true, description: "An edge's cursor: the answers after it." }) after: string | null | undefined,
      @Arg('onlyFailed', () => Boolean, { defaultValue: false, description: 'Only item errors, e.g. to fix and resubmit them.' }) onlyFailed: boolean,
      @Ctx() context: FacadeContext,
    ): Promise<Connection> {
      if (!Number.isInteger(first) || first < 0 || first > MAX_RESULTS_PAGE) {
        throw new GraphQLError(`results takes first between 0 and ${MAX_RESULTS_PAGE}; got ${first}.`, {
          extensions: { code: 'BAD_USER_INPUT', field: 'first' },
        });
      }
      const from = after ? resultIndexOf(after) + 1 : 0;
      const found = await context.services.jobs.bulkJobs.results(job.record, from, first + 1, onlyFailed);
      const page = found.slice(0, first);
      return Object.assign(new Connection(), {
        edges: page.map((each) => Object.assign(new Edge(), { cursor: cursorOf(each.index), node: each.result, reconciled: each.reconciled })),
        pageInfo: Object.assign(new PageInfo(), { hasNextPage: found.length > first, endCursor: page.length ? cursorOf(page.at(-1)!.index) : null }),
      });
    }
  }

  return { JobType, JobResolver, view: (job: Parameters<typeof bulkJobView>[1]) => bulkJobView(JobType, job) };
}

function resultIndexOf(cursor: string): number {
  const index = Number(positionOf(cursor));
  if (!Number.isInteger(index) || index < 0)
    throw new GraphQLError('`after` is not a cursor of these results.', { extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
  return index;
}
