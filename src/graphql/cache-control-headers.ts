import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode } from 'graphql';
import { type CachePolicy, cachePolicyOf, NOT_CACHEABLE } from './cache-policy.js';

/**
 * Every GraphQL answer says how long it may be cached (`Cache-Control: max-age=N, private`, from
 * the `@cacheControl` hints the operation selects) or that it may not (`no-store`: mutations,
 * live figures such as quotas and jobs, any answer with errors). Routers (Apollo Gateway honours a
 * subgraph's header) and caches in front of the facade read it; the facade's own read cache is
 * READ_CACHE_TTL_MS and independent.
 */
export function cacheControlHeaders<Context extends object>(): ApolloServerPlugin<Context> {
  // Per parsed document, which Apollo keeps and hands back for the same text: decided once.
  const decided = new WeakMap<DocumentNode, Map<string, CachePolicy>>();
  return {
    async requestDidStart() {
      let policy = NOT_CACHEABLE;
      return {
        async didResolveOperation({ schema, document, operation, operationName }) {
          let byName = decided.get(document);
          if (!byName) decided.set(document, (byName = new Map()));
          const name = operationName ?? '';
          policy = byName.get(name) ?? (operation ? cachePolicyOf(schema, document, operation) : NOT_CACHEABLE);
          byName.set(name, policy);
        },
        async willSendResponse({ response }) {
          if (response.http.headers.has('cache-control')) return;
          const cacheable = policy.maxAge > 0 && response.body.kind === 'single' && !response.body.singleResult.errors;
          response.http.headers.set('cache-control', cacheable ? `max-age=${policy.maxAge}, ${policy.scope.toLowerCase()}` : 'no-store');
        },
      };
    },
  };
}
