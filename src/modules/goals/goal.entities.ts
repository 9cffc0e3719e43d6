import { requireScope } from '../../auth/scope-check.js';
import type { FacadeContext } from '../../context.js';
import { graphQLErrorFor } from '../../graphql/failure-mapping.js';
import type { AssessType, Goal } from './goal.types.js';
import { User } from './user.entity.js';

/**
 * How a supergraph's router fetches this module's entities. Each goes through the request's
 * DataLoader, so 100 goals of one (year, assessType) cost one batchSelect, not 100.
 */
export const GOAL_ENTITIES = {
  Goal: {
    async __resolveReference(reference: { uid: number; year: number; assessType: AssessType }, context: FacadeContext): Promise<Goal | null> {
      requireScope(context.principal, 'goals:read');
      if (context.services.goals.yearProblem(reference.year)) return null;
      // A read that failed (quota, deadline, provider) answers with its code, like the query does.
      const goals = await context.loaders.goals.load({ year: reference.year, assessType: reference.assessType }).catch((error: unknown) => {
        throw graphQLErrorFor(error);
      });
      return goals.find((goal) => goal.uid === reference.uid) ?? null;
    },
  },
  User: {
    // The owning subgraph answers everything else about a user; goals need only the uid.
    __resolveReference(reference: { uid: number }): User {
      return Object.assign(new User(), { uid: reference.uid });
    },
  },
};
