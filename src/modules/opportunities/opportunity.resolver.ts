import { Arg, Ctx, Mutation, Resolver, UseMiddleware } from 'type-graphql';
import type { FacadeContext } from '../../context.js';
import { CountItems } from '../../graphql/count-items.js';
import { OpportunitiesUpdateInput, OpportunityUpdateInput } from './opportunity.inputs.js';
import { OpportunitiesUpdatePayload, OpportunityUpdateResult } from './opportunity.results.js';

@Resolver()
export class OpportunityResolver {
  @UseMiddleware(CountItems)
  @Mutation(() => OpportunityUpdateResult, {
    description:
      'Partially updates one CRM opportunity. Answers OpportunityUpdated or why not. Never resent once it may have reached the CRM: a lost answer is OutcomeUnknown.',
  })
  opportunityUpdate(
    @Arg('input', () => OpportunityUpdateInput, { description: 'The opportunity and the fields to change.' }) input: OpportunityUpdateInput,
    @Ctx() context: FacadeContext,
  ): Promise<OpportunityUpdateResult> {
    return context.services.opportunities.updateOne(input, context.deadline);
  }

  @UseMiddleware(CountItems)
  @Mutation(() => OpportunitiesUpdatePayload, {
    description:
      'Partially updates several CRM opportunities, sent in parallel under the CRM cap. One result per update, in input order; a bad update never fails the others.',
  })
  opportunitiesUpdate(
    @Arg('input', () => OpportunitiesUpdateInput, { description: 'The updates.' }) input: OpportunitiesUpdateInput,
    @Ctx() context: FacadeContext,
  ): Promise<OpportunitiesUpdatePayload> {
    return context.services.opportunities.updateMany(input.opportunities, context.deadline);
  }
}
