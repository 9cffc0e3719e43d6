import type { MiddlewareFn } from 'type-graphql';
import type { FacadeContext } from '../context.js';
import { outcomeCounts } from './batch-payload.js';

/**
 * One audit line per mutation: who, what, how many items, how they ended, and the providers'
 * trace ids. Never the items themselves (they carry phone numbers, e-mails, amounts).
 */
export const AuditMutation: MiddlewareFn<FacadeContext> = async ({ context, info }, next) => {
  const result: unknown = await next();
  if (result && typeof result === 'object') {
    const payload = result as { results?: unknown; traceIds?: unknown };
    const results = Array.isArray(payload.results) ? (payload.results as object[]) : [result];
    context.log.info(
      {
        audit: {
          principal: context.principal.id,
          operation: info.fieldName,
          items: results.length,
          ...outcomeCounts(results),
          traceIds: Array.isArray(payload.traceIds) ? payload.traceIds : [],
        },
      },
      `audit: ${info.fieldName} by ${context.principal.id}`,
    );
  }
  return result;
};
