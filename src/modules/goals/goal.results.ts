import { createUnionType, Field, Int, ObjectType } from 'type-graphql';
import { BatchPayload } from '../../graphql/batch-payload.js';
import { ItemErrorCode } from '../../graphql/item-error-code.js';
import { ItemError } from '../../graphql/item-error.js';
import { BATCH_ITEM_ERRORS } from '../../graphql/item-errors.js';

@ObjectType('GoalWritten', { simpleResolvers: true, description: 'LingXing confirmed the goal was written.' })
export class GoalWritten {
  @Field(() => Int, { description: 'Position of the input item (0-based).' })
  index!: number;

  @Field(() => Int, { description: 'LingXing user id.' })
  uid!: number;

  @Field(() => String, {
    description: "LingXing's trace id of the call that wrote it; empty when a bulk job's read-back confirmed the write after its answer was lost.",
  })
  traceId!: string;
}

@ObjectType('GoalDeleted', {
  simpleResolvers: true,
  description: 'LingXing confirmed the call: no goal remains for this user, year and assess type (deleted now, or there was none).',
})
export class GoalDeleted {
  @Field(() => Int, { description: 'Position of the input item (0-based).' })
  index!: number;

  @Field(() => Int, { description: 'LingXing user id.' })
  uid!: number;

  @Field(() => String, {
    description: "LingXing's trace id of the call that deleted it; empty when a bulk job's read-back confirmed the delete after its answer was lost.",
  })
  traceId!: string;
}

@ObjectType('UserNotFound', { implements: ItemError, simpleResolvers: true, description: 'LingXing has no user with this uid (用户不存在).' })
export class UserNotFound extends ItemError {
  @Field(() => Int, { description: 'The uid LingXing did not find.' })
  uid!: number;

  static of(index: number, uid: number): UserNotFound {
    return Object.assign(new UserNotFound(), {
      index,
      uid,
      code: ItemErrorCode.USER_NOT_FOUND,
      message: `LingXing has no user ${uid}.`,
      retryable: false,
    });
  }
}

@ObjectType('GoalAlreadyExists', {
  implements: ItemError,
  simpleResolvers: true,
  description: 'The user already has a goal for this year and assess type, and the mode was CREATE_ONLY (用户目标已存在). Use OVERWRITE to replace it.',
})
export class GoalAlreadyExists extends ItemError {
  @Field(() => Int, { description: 'The uid whose goal exists.' })
  uid!: number;

  static of(index: number, uid: number): GoalAlreadyExists {
    return Object.assign(new GoalAlreadyExists(), {
      index,
      uid,
      code: ItemErrorCode.GOAL_ALREADY_EXISTS,
      message: `User ${uid} already has a goal for this year and assess type; write it with mode OVERWRITE to replace it.`,
      retryable: false,
    });
  }
}

export const GOAL_UPSERT_RESULT_TYPES = [GoalWritten, UserNotFound, GoalAlreadyExists, ...BATCH_ITEM_ERRORS] as const;

export const GoalUpsertResult = createUnionType({
  name: 'GoalUpsertResult',
  description: 'The answer for one goal of `goalsUpsert`: written, or why not.',
  types: () => GOAL_UPSERT_RESULT_TYPES,
});
export type GoalUpsertResult = typeof GoalUpsertResult;

export const GOAL_DELETE_RESULT_TYPES = [GoalDeleted, ...BATCH_ITEM_ERRORS] as const;

export const GoalDeleteResult = createUnionType({
  name: 'GoalDeleteResult',
  description: 'The answer for one uid of `goalsDelete`: deleted, or why not.',
  types: () => GOAL_DELETE_RESULT_TYPES,
});
export type GoalDeleteResult = typeof GoalDeleteResult;

@ObjectType('GoalsUpsertPayload', { implements: BatchPayload, description: 'One result per input goal, in input order, with counts.' })
export class GoalsUpsertPayload extends BatchPayload {
  @Field(() => [GoalUpsertResult], { description: '`results[i]` answers `input.goals[i]`.' })
  results!: GoalUpsertResult[];
}

@ObjectType('GoalsDeletePayload', { implements: BatchPayload, description: 'One result per input uid, in input order, with counts.' })
export class GoalsDeletePayload extends BatchPayload {
  @Field(() => [GoalDeleteResult], { description: '`results[i]` answers `input.uids[i]`.' })
  results!: GoalDeleteResult[];

  @Field(() => Int, { description: 'How many goals LingXing reports it actually deleted (uids without a goal do not count).' })
  deletedCount!: number;
}
