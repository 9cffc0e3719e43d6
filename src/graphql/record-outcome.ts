import type { MiddlewareFn } from 'type-graphql';
import type { FacadeContext } from '../context.js';
import { outcomeCounts } from './batch-payload.js';

/**
 * Records how a mutation ended, once its per-item results are in: the item outcomes by type for
 * the metrics, and one audit line (who, what, how many items, how they ended, the providers'
 * trace ids; never the items themselves, which carry phone numbers, e-mails, amounts).
 * Put on mutations only: it runs per field.
 */
export const RecordOutcome: MiddlewareFn<FacadeContext> = async ({ context, info }, next) => {
  const result: unknown = await next();
  if (result && typeof result === 'object') {
    const payload = result as { results?: unknown; traceIds?: unknown };
    // A batch answers a payload of results; a single mutation answers its one result.
    const results = Array.isArray(payload.results) ? (payload.results as object[]) : [result];
    context.services.metrics.countItems(info.fieldName, results);
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
