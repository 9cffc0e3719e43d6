import { GraphQLError } from 'graphql';
import type { AuthChecker } from 'type-graphql';
import type { FacadeContext } from '../context.js';
import type { Principal, Scope } from './scopes.js';

/** Refuses a field whose scope the caller lacks, naming the scope (FORBIDDEN); nothing is sent to a provider. */
export function requireScope(principal: Principal, scope: Scope): void {
  if (!principal.scopes.has(scope)) {
    throw new GraphQLError(`Forbidden: this needs the scope ${scope}, which ${principal.id} does not have.`, {
      extensions: { code: 'FORBIDDEN', scope },
    });
  }
}

/** type-graphql's check for `@Authorized(scope)` fields. */
export const scopeChecker: AuthChecker<FacadeContext> = ({ context }, scopes) => {
  for (const scope of scopes) requireScope(context.principal, scope as Scope);
  return true;
};
