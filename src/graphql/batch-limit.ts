import { GraphQLError } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';

/*
 * Each module's batch limits live in its own folder (`*.limits.ts`). They are sized so a full
 * batch fits the request body limit (MAX_BODY_BYTES, 8 MiB: about 800 bytes an item) and a
 * quota's worth of work (CloudPense: 50 calls of 200 rules an hour = 10,000); larger batches are
 * split by the client.
 */

/** Refuses the whole mutation, before any work, when `input.<list>` holds more than `max` items. */
export function limitBatch(list: string, max: number): MiddlewareFn {
  return async ({ args, info }, next) => {
    const items = (args.input as Record<string, unknown> | undefined)?.[list];
    if (Array.isArray(items) && items.length > max) {
      throw new GraphQLError(
        `${info.fieldName} takes at most ${max.toLocaleString('en')} items in input.${list}; got ${items.length.toLocaleString('en')}. Split the batch.`,
        {
          extensions: { code: 'BAD_USER_INPUT', field: `input.${list}`, max },
        },
      );
    }
    return next();
  };
}
