import type { GraphQLResolveInfo } from 'graphql';
import { Authorized, Arg, Ctx, ID, Info, Mutation, Resolver, UseMiddleware } from 'type-graphql';
import type { BulkJob } from '../../graphql/bulk-job.js';
import { jobView } from '../../graphql/bulk-job-access.js';
import { startBulkJob } from '../../graphql/start-bulk-job.js';
import { OPPORTUNITIES_UPDATE_JOB, OpportunitiesUpdateJob } from './opportunity.jobs.js';
import type { FacadeContext } from '../../context.js';
import { limitBatch } from '../../graphql/batch-limit.js';
import { OPPORTUNITY_LIMITS } from './opportunity.limits.js';
import { RecordOutcome } from '../../graphql/record-outcome.js';
import { OpportunitiesUpdateInput, OpportunityUpdateInput } from './opportunity.inputs.js';
import { OpportunitiesUpdatePayload, OpportunityUpdateResult } from './opportunity.results.js';

@Resolver()
export class OpportunityResolver {
  @Authorized('opportunities:write')
  @UseMiddleware(RecordOutcome)
  @Mutation(() => OpportunityUpdateResult, {
    description:
      'Partially updates one CRM opportunity. Answers OpportunityUpdated or why not. Never resent once it may have reached the CRM: a lost answer is OutcomeUnknown. Scope: opportunities:write.',
  })
  opportunityUpdate(
    @Arg('input', () => OpportunityUpdateInput, { description: 'The opportunity and the fields to change.' }) input: OpportunityUpdateInput,
    @Ctx() context: FacadeContext,
  ): Promise<OpportunityUpdateResult> {
    return context.services.opportunities.updateOne(input, context.deadline);
  }

  @Authorized('opportunities:write')
  @UseMiddleware(RecordOutcome, limitBatch('opportunities', OPPORTUNITY_LIMITS.opportunitiesUpdate))
  @Mutation(() => OpportunitiesUpdatePayload, {
    description:
      'Partially updates several CRM opportunities, sent in parallel under the CRM cap. One result per update, in input order; a bad update never fails the others. Scope: opportunities:write.',
  })
  opportunitiesUpdate(
    @Arg('input', () => OpportunitiesUpdateInput, { description: 'The updates.' }) input: OpportunitiesUpdateInput,
    @Ctx() context: FacadeContext,
  ): Promise<OpportunitiesUpdatePayload> {
    return context.services.opportunities.updateMany(input.opportunities, context.deadline);
  }

  @Authorized('opportunities:write')
  @UseMiddleware(limitBatch('opportunities', OPPORTUNITY_LIMITS.opportunitiesUpdate))
  @Mutation(() => OpportunitiesUpdateJob.JobType, {
    description:
      'Starts a bulk `opportunitiesUpdate` run by the facade to the end under the CRM cap: the updates inline, or as `uploadId` of an NDJSON upload (one OpportunityUpdateInput per line) with `opportunities: []`. Scope: opportunities:write.',
  })
  async opportunitiesUpdateJobStart(
    @Arg('input', () => OpportunitiesUpdateInput, { description: 'The same input as the inline mutation; its list may be empty when `uploadId` is given.' })
    input: OpportunitiesUpdateInput,
    @Arg('uploadId', () => ID, { nullable: true, description: 'An upload of yours to read the updates from, one per line.' })
    uploadId: string | null | undefined,
    @Ctx() context: FacadeContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<BulkJob> {
    return jobView(context, await startBulkJob(context, info, OPPORTUNITIES_UPDATE_JOB, input, uploadId));
  }
}
