import { FirstIndex } from '../../core/batch/first-index.js';
import { OutcomeLedger } from '../../core/batch/outcome-ledger.js';
import type { Deadline } from '../../core/deadline.js';
import { firstProblem } from '../../core/validation.js';
import { batchPayload } from '../../graphql/batch-payload.js';
import { itemErrorFor } from '../../graphql/failure-mapping.js';
import { ProviderRejected, ValidationError } from '../../graphql/item-errors.js';
import type { CrmClient } from '../../providers/crm/client.js';
import type { CrmRefusal } from '../../providers/crm/refusals.js';
import type { WireOpportunityUpdate } from '../../providers/crm/wire.js';
import type { OpportunityUpdateInput } from './opportunity.inputs.js';
import {
  InvalidConfidence,
  InvalidStage,
  OpportunitiesUpdatePayload,
  OpportunityNotFound,
  OpportunityUpdated,
  type OpportunityUpdateResult,
} from './opportunity.results.js';
import { updateRule } from './opportunity.rules.js';

export interface OpportunityServiceOptions {
  readonly client: CrmClient;
  /** The CRM's stage dictionary codes. */
  readonly stages: readonly string[];
}

/** Where an item's fields live in the input, for ValidationError.field. */
type FieldPath = (index: number, field: string) => string;

/** Validates partial updates against the CRM's rules and sends each once, under the CRM cap. */
export class OpportunityService {
  constructor(private readonly options: OpportunityServiceOptions) {}

  async updateOne(input: OpportunityUpdateInput, deadline: Deadline): Promise<OpportunityUpdateResult> {
    const [result] = await this.update([input], deadline, (_index, field) => field);
    return result!;
  }

  async updateMany(inputs: OpportunityUpdateInput[], deadline: Deadline): Promise<OpportunitiesUpdatePayload> {
    const results = await this.update(inputs, deadline, (index, field) => `opportunities[${index}].${field}`);
    // The CRM answers no trace id.
    return batchPayload(OpportunitiesUpdatePayload, results, [], {});
  }

  private async update(inputs: OpportunityUpdateInput[], deadline: Deadline, path: FieldPath): Promise<OpportunityUpdateResult[]> {
    const ledger = new OutcomeLedger<OpportunityUpdateResult>(inputs.length);
    const firstIndexOfCode = new FirstIndex<string>();
    const sends: Promise<void>[] = [];
    inputs.forEach((input, index) => {
      const refusal = this.refusal(input, index, path);
      if (refusal) return ledger.settle(index, refusal);
      const earlier = firstIndexOfCode.earlier(input.opportunityCode, index);
      if (earlier !== undefined) {
        // Two partial updates of one record in one batch: which lands last would be a guess.
        return ledger.settle(
          index,
          ValidationError.of(index, path(index, 'opportunityCode'), `${input.opportunityCode} already appears at index ${earlier}; send one update per opportunity per batch.`),
        );
      }
      sends.push(this.send(input, index, deadline, ledger));
    });
    await Promise.all(sends);
    return ledger.results();
  }

  private async send(input: OpportunityUpdateInput, index: number, deadline: Deadline, ledger: OutcomeLedger<OpportunityUpdateResult>) {
    const { wire, changedFields } = toWire(input);
    try {
      const outcome = await this.options.client.update(wire, deadline);
      ledger.settle(
        index,
        outcome.updated
          ? Object.assign(new OpportunityUpdated(), { index, opportunityCode: input.opportunityCode, id: outcome.id, changedFields })
          : this.fromRefusal(outcome.refusal, index, input.opportunityCode),
      );
    } catch (error) {
      ledger.settle(index, itemErrorFor(error, index, false));
    }
  }

  /** The first rule the update breaks, checked before any call; undefined when it may be sent. */
  private refusal(input: OpportunityUpdateInput, index: number, path: FieldPath): OpportunityUpdateResult | undefined {
    const fields = Object.keys(input).filter((key) => key !== 'opportunityCode' && (input as unknown as Record<string, unknown>)[key] !== undefined);
    const cleared = fields.find((field) => (input as unknown as Record<string, unknown>)[field] === null);
    if (cleared) {
      return ValidationError.of(index, path(index, cleared), `${cleared} cannot be null: the CRM cannot clear a field. Leave it out to keep its value.`);
    }
    const problem = firstProblem(updateRule, input, '');
    if (problem) return ValidationError.of(index, path(index, problem.field), problem.message);
    if (fields.length === 0) return ValidationError.of(index, path(index, 'opportunityCode'), 'Send at least one field to update besides opportunityCode.');
    if (input.stage !== undefined && input.stage !== null && !this.options.stages.includes(input.stage)) {
      return InvalidStage.of(index, input.stage, this.options.stages);
    }
    return undefined;
  }

  private fromRefusal(refusal: CrmRefusal, index: number, opportunityCode: string): OpportunityUpdateResult {
    switch (refusal.reason) {
      case 'not-found':
        return OpportunityNotFound.of(index, opportunityCode);
      case 'invalid-stage':
        return InvalidStage.of(index, refusal.stage, this.options.stages);
      case 'invalid-confidence':
        return InvalidConfidence.of(index);
      case 'empty-code':
        return ValidationError.of(index, 'opportunityCode', 'The CRM says opportunityCode is empty.');
      case 'nothing-to-update':
        return ValidationError.of(index, 'opportunityCode', 'The CRM says there is nothing to update.');
      case 'other':
        return ProviderRejected.of(index, { message: `The CRM refused the update: ${refusal.message}`, providerCode: '-1', providerMessage: refusal.message });
    }
  }
}

/** The CRM's names and formats; only the fields sent. */
function toWire(input: OpportunityUpdateInput): { wire: WireOpportunityUpdate; changedFields: string[] } {
  const wire: Record<string, unknown> = { opportunityCode: input.opportunityCode };
  const changedFields: string[] = [];
  for (const [field, value] of Object.entries(input)) {
    if (field === 'opportunityCode' || value === undefined || value === null) continue;
    changedFields.push(field);
    if (field === 'confidence') wire.confidencePct = value;
    else if (field === 'expectedCloseDate') wire.expectedCloseDate = (value as Date).toISOString().slice(0, 10);
    else if (field === 'omsPushTime') wire.omsPushTime = (value as Date).toISOString();
    else wire[field] = value;
  }
  return { wire: wire as unknown as WireOpportunityUpdate, changedFields };
}
