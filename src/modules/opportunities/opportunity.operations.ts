import type { BatchOperation } from '../../core/batch/batch-operation.js';
import { firstProblem, type RuleProblem } from '../../core/validation.js';
import { ProviderRejected, ValidationError } from '../../graphql/item-errors.js';
import type { CrmRefusal, OpportunitiesPort } from '../../providers/crm/port.js';
import type { OpportunityUpdateInput } from './opportunity.inputs.js';
import { InvalidConfidence, InvalidStage, OpportunityNotFound, OpportunityUpdated, type OpportunityUpdateResult } from './opportunity.results.js';
import { updateRule } from './opportunity.rules.js';

export interface OpportunityOperationOptions {
  readonly port: OpportunitiesPort;
  /** The CRM's stage dictionary codes. */
  readonly stages: readonly string[];
}

/**
 * opportunitiesUpdate (and opportunityUpdate, its one-item form with `list` ''): one CRM call per
 * opportunity (the CRM has no batch endpoint), an opportunity once per batch, never resent once
 * it may have arrived (a partial update is not idempotent).
 */
export function opportunitiesUpdate(
  inputs: readonly OpportunityUpdateInput[],
  list: string,
  options: OpportunityOperationOptions,
): BatchOperation<OpportunityUpdateInput, OpportunityUpdateResult> {
  return {
    list,
    items: inputs,
    itemProblem: updateProblem,
    precheck: ({ index, item }) =>
      item.stage !== undefined && item.stage !== null && !options.stages.includes(item.stage) ? InvalidStage.of(index, item.stage, options.stages) : undefined,
    // Two partial updates of one record in one batch: which lands last would be a guess.
    uniqueKey: {
      of: (input) => input.opportunityCode,
      field: 'opportunityCode',
      repeated: (code, earlier) => `${code} already appears at index ${earlier}; send one update per opportunity per batch.`,
    },
    chunkSize: 1,
    safeToResend: false,
    splitCalls: 0,
    async send([pending], _part, deadline) {
      const { item } = pending!;
      const outcome = await options.port.update(item, deadline);
      const changedFields = changed(item);
      return ({ index }) =>
        outcome.updated
          ? Object.assign(new OpportunityUpdated(), { index, opportunityCode: item.opportunityCode, id: outcome.id, changedFields })
          : fromRefusal(outcome.refusal, index, item.opportunityCode, options.stages);
    },
  };
}

const changed = (input: OpportunityUpdateInput) =>
  Object.keys(input).filter((key) => key !== 'opportunityCode' && (input as unknown as Record<string, unknown>)[key] !== undefined);

/** The first rule the update breaks, with its field relative to the update; checked before any call. */
function updateProblem(input: OpportunityUpdateInput): RuleProblem | undefined {
  const fields = changed(input);
  const cleared = fields.find((field) => (input as unknown as Record<string, unknown>)[field] === null);
  if (cleared) return { field: cleared, message: `${cleared} cannot be null: the CRM cannot clear a field. Leave it out to keep its value.` };
  const problem = firstProblem(updateRule, input, '');
  if (problem) return problem;
  if (fields.length === 0) return { field: 'opportunityCode', message: 'Send at least one field to update besides opportunityCode.' };
  return undefined;
}

function fromRefusal(refusal: CrmRefusal, index: number, opportunityCode: string, stages: readonly string[]): OpportunityUpdateResult {
  switch (refusal.reason) {
    case 'not-found':
      return OpportunityNotFound.of(index, opportunityCode);
    case 'invalid-stage':
      return InvalidStage.of(index, refusal.stage, stages);
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
