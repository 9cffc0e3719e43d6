import type { JobKind } from '../../core/jobs/job-kind.js';
import { bulkJobKind } from '../../graphql/bulk-job-kind.js';
import { OPPORTUNITIES_UPDATE_JOB } from './opportunity.jobs.js';
import { runBatch } from '../../core/batch/run-batch.js';
import type { Deadline } from '../../core/deadline.js';
import { batchPayload } from '../../graphql/batch-payload.js';
import { ITEM_OUTCOMES } from '../../graphql/item-outcomes.js';
import type { OpportunitiesUpdateInput, OpportunityUpdateInput } from './opportunity.inputs.js';
import { type OpportunityOperationOptions, opportunitiesUpdate } from './opportunity.operations.js';
import { OPPORTUNITY_UPDATE_RESULT_TYPES, OpportunitiesUpdatePayload, type OpportunityUpdateResult } from './opportunity.results.js';

/** Opportunities: the update operation's run, for one opportunity or many. */
export class OpportunityService {
  constructor(private readonly options: OpportunityOperationOptions) {}

  /** Updates as a bulk job: one CRM call per update, never resent once it may have arrived. */
  jobKinds(parallelChunks: number): JobKind[] {
    return [
      bulkJobKind<OpportunitiesUpdateInput, OpportunityUpdateInput, OpportunityUpdateResult>({
        start: OPPORTUNITIES_UPDATE_JOB,
        provider: 'crm',
        parallelChunks,
        resultTypes: OPPORTUNITY_UPDATE_RESULT_TYPES,
        operation: (input) => opportunitiesUpdate(input.opportunities, 'opportunities', this.options),
      }),
    ];
  }

  async updateOne(input: OpportunityUpdateInput, deadline: Deadline): Promise<OpportunityUpdateResult> {
    const [result] = await runBatch(opportunitiesUpdate([input], '', this.options), deadline, ITEM_OUTCOMES);
    return result! as OpportunityUpdateResult;
  }

  async updateMany(inputs: OpportunityUpdateInput[], deadline: Deadline): Promise<OpportunitiesUpdatePayload> {
    const results = await runBatch(opportunitiesUpdate(inputs, 'opportunities', this.options), deadline, ITEM_OUTCOMES);
    // The CRM answers no trace id.
    return batchPayload(OpportunitiesUpdatePayload, results, [], {});
  }
}
