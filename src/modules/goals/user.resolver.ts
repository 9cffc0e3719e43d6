import { GraphQLError } from 'graphql';
import { Authorized, Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { FacadeContext } from '../../context.js';
import { graphQLErrorFor } from '../../graphql/failure-mapping.js';
import { AssessType, Goal } from './goal.types.js';
import { User } from './user.entity.js';

@Resolver(() => User)
export class UserResolver {
  @Authorized('goals:read')
  @FieldResolver(() => [Goal], {
    description:
      "This user's sales goals of one year and assess type (LingXing batchSelect): one, or none when they have no goal. Every user of one supergraph request shares one provider call per (year, assessType). Scope: goals:read.",
  })
  async goals(
    @Root() user: User,
    @Arg('year', () => Int, { description: 'Goal year: last, this or next year (GMT+8).' }) year: number,
    @Arg('assessType', () => AssessType, { description: 'What the goal measures.' }) assessType: AssessType,
    @Ctx() context: FacadeContext,
  ): Promise<Goal[]> {
    const problem = context.services.goals.yearProblem(year);
    if (problem) throw new GraphQLError(problem, { extensions: { code: 'BAD_USER_INPUT', field: 'year' } });
    try {
      return (await context.loaders.goals.load({ year, assessType })).filter((goal) => goal.uid === user.uid);
    } catch (error) {
      throw graphQLErrorFor(error);
    }
  }
}
