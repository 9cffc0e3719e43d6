import { GOAL_LIMITS } from './goal.limits.js';
import { Field, Float, InputType, Int } from 'type-graphql';
import { AssessType, CurrencyCode, GoalWriteMode } from './goal.types.js';

@InputType('GoalInput', { description: "One user's goal: twelve monthly values." })
export class GoalInput {
  @Field(() => Int, { description: 'LingXing user id (positive). Each uid at most once per batch.' })
  uid!: number;

  @Field(() => [Float], { description: 'Exactly 12 values, January to December, each ≥ 0.' })
  monthlyValues!: number[];
}

@InputType('GoalsUpsertInput', { description: 'Goals to write for one year and assess type.' })
export class GoalsUpsertInput {
  @Field(() => Int, { description: 'Goal year: last year, this year or next year (LingXing calendar, GMT+8).' })
  year!: number;

  @Field(() => AssessType, { description: 'What the goals measure.' })
  assessType!: AssessType;

  @Field(() => CurrencyCode, { description: 'Currency of the values.' })
  currency!: CurrencyCode;

  @Field(() => GoalWriteMode, { defaultValue: GoalWriteMode.OVERWRITE, description: 'What happens to existing goals. Default OVERWRITE.' })
  mode!: GoalWriteMode;

  @Field(() => [GoalInput], { description: `The goals; each gets one result at the same index. At most ${GOAL_LIMITS.goalsUpsert.toLocaleString('en')}.` })
  goals!: GoalInput[];
}

@InputType('GoalsDeleteInput', { description: 'Users whose goal to delete for one year and assess type.' })
export class GoalsDeleteInput {
  @Field(() => Int, { description: 'Goal year: last year, this year or next year (LingXing calendar, GMT+8).' })
  year!: number;

  @Field(() => AssessType, { description: 'Which goals.' })
  assessType!: AssessType;

  @Field(() => [Int], {
    description: `LingXing user ids (positive); each gets one result at the same index. At most ${GOAL_LIMITS.goalsDelete.toLocaleString('en')}.`,
  })
  uids!: number[];
}
