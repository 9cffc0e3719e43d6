import type { MiddlewareFn } from 'type-graphql';
import type { FacadeContext } from '../context.js';

/** Counts a mutation's per-item results by type for the metrics; put on batch mutations only (it runs per field). */
export const CountItems: MiddlewareFn<FacadeContext> = async ({ context, info }, next) => {
  const result: unknown = await next();
  if (result && typeof result === 'object') {
    const results = (result as { results?: unknown }).results;
    context.services.metrics.countItems(info.fieldName, Array.isArray(results) ? results : [result]);
  }
  return result;
};
