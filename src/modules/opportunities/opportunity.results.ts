import { createUnionType, Field, ID, Int, ObjectType } from 'type-graphql';
import { BatchPayload } from '../../graphql/batch-payload.js';
import { ItemErrorCode } from '../../graphql/item-error-code.js';
import { ItemError } from '../../graphql/item-error.js';
import { BATCH_ITEM_ERRORS } from '../../graphql/item-errors.js';

@ObjectType('OpportunityUpdated', { simpleResolvers: true, description: 'The CRM confirmed the update.' })
export class OpportunityUpdated {
  @Field(() => Int, { description: 'Position of the input item (0-based).' })
  index!: number;

  @Field(() => String, { description: 'The opportunity updated.' })
  opportunityCode!: string;

  @Field(() => ID, { description: "The CRM's id of the opportunity." })
  id!: string;

  @Field(() => [String], { description: 'The input fields this update set (the rest were left as they were).' })
  changedFields!: string[];
}

@ObjectType('OpportunityNotFound', { implements: ItemError, simpleResolvers: true, description: 'The CRM has no opportunity with this code (商机不存在).' })
export class OpportunityNotFound extends ItemError {
  @Field(() => String, { description: 'The code the CRM did not find.' })
  opportunityCode!: string;

  static of(index: number, opportunityCode: string): OpportunityNotFound {
    return Object.assign(new OpportunityNotFound(), {
      index,
      opportunityCode,
      code: ItemErrorCode.OPPORTUNITY_NOT_FOUND,
      message: `The CRM has no opportunity ${opportunityCode}.`,
      retryable: false,
    });
  }
}

@ObjectType('InvalidStage', { implements: ItemError, simpleResolvers: true, description: "The stage is not in the CRM's stage dictionary (项目阶段无效)." })
export class InvalidStage extends ItemError {
  @Field(() => String, { description: 'The stage refused.' })
  stage!: string;

  static of(index: number, stage: string, known: readonly string[]): InvalidStage {
    return Object.assign(new InvalidStage(), {
      index,
      stage,
      code: ItemErrorCode.INVALID_STAGE,
      message: `Stage "${stage}" is not a CRM stage; use one of: ${known.join(', ')}.`,
      retryable: false,
    });
  }
}

@ObjectType('InvalidConfidence', {
  implements: ItemError,
  simpleResolvers: true,
  description: 'The CRM accepts confidence A, B or C only (项目把握度仅支持A、B、C).',
})
export class InvalidConfidence extends ItemError {
  static of(index: number): InvalidConfidence {
    return Object.assign(new InvalidConfidence(), {
      index,
      code: ItemErrorCode.INVALID_CONFIDENCE,
      message: 'The CRM accepts confidence A, B or C only.',
      retryable: false,
    });
  }
}

export const OPPORTUNITY_UPDATE_RESULT_TYPES = [OpportunityUpdated, OpportunityNotFound, InvalidStage, InvalidConfidence, ...BATCH_ITEM_ERRORS] as const;

export const OpportunityUpdateResult = createUnionType({
  name: 'OpportunityUpdateResult',
  description: 'The answer for one opportunity update: updated, or why not.',
  types: () => OPPORTUNITY_UPDATE_RESULT_TYPES,
});
export type OpportunityUpdateResult = typeof OpportunityUpdateResult;

@ObjectType('OpportunitiesUpdatePayload', { implements: BatchPayload, description: 'One result per input update, in input order, with counts.' })
export class OpportunitiesUpdatePayload extends BatchPayload {
  @Field(() => [OpportunityUpdateResult], { description: '`results[i]` answers `input.opportunities[i]`.' })
  results!: OpportunityUpdateResult[];
}
