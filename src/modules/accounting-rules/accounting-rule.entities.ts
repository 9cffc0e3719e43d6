import { requireScope } from '../../auth/scope-check.js';
import type { FacadeContext } from '../../context.js';
import { graphQLErrorFor } from '../../graphql/failure-mapping.js';
import type { AccountingRule } from './accounting-rule.types.js';

/** How a supergraph's router fetches an accounting rule: by code, once per request through the DataLoader. */
export const ACCOUNTING_RULE_ENTITIES = {
  AccountingRule: {
    __resolveReference(reference: { code: string }, context: FacadeContext): Promise<AccountingRule | null> {
      requireScope(context.principal, 'accounting-rules:read');
      // A read that failed (quota, deadline, provider) answers with its code, like the query does.
      return context.loaders.accountingRules.load(reference.code).catch((error: unknown) => {
        throw graphQLErrorFor(error);
      });
    },
  },
};
