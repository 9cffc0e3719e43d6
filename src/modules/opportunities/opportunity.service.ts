import { runBatch } from '../../core/batch/run-batch.js';
import type { Deadline } from '../../core/deadline.js';
import { batchPayload } from '../../graphql/batch-payload.js';
import { ITEM_OUTCOMES } from '../../graphql/item-outcomes.js';
import type { OpportunityUpdateInput } from './opportunity.inputs.js';
import { type OpportunityOperationOptions, opportunitiesUpdate } from './opportunity.operations.js';
import { OpportunitiesUpdatePayload, type OpportunityUpdateResult } from './opportunity.results.js';

/** Opportunities: the update operation's run, for one opportunity or many. */
export class OpportunityService {
  constructor(private readonly options: OpportunityOperationOptions) {}

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
