import { Field, Int, InterfaceType } from 'type-graphql';
import { ItemError } from './item-error.js';

/** The counts and trace ids every batch payload carries beside its per-item `results`. */
@InterfaceType('BatchPayload', {
  description: 'What every batch mutation answers besides its per-item `results`: counts and provider trace ids.',
})
export abstract class BatchPayload {
  @Field(() => Int, { description: 'How many items succeeded.' })
  succeeded!: number;

  @Field(() => Int, { description: 'How many items got an error (`succeeded + failed` = number of input items).' })
  failed!: number;

  @Field(() => [String], { description: "The providers' trace ids of the calls this batch made, to quote to their support." })
  traceIds!: string[];
}

/** A batch payload of `type`: the results in input order, their counts, the provider trace ids, and any extra fields. */
export function batchPayload<P extends BatchPayload & { results: R[] }, R extends object>(
  type: new () => P,
  results: R[],
  traceIds: string[],
  extra: Omit<P, keyof BatchPayload | 'results'>,
): P {
  return Object.assign(new type(), { results, traceIds, ...outcomeCounts(results), ...extra });
}

/** Counts, for a payload, the results that are errors. */
export function outcomeCounts(results: readonly object[]): { succeeded: number; failed: number } {
  let failed = 0;
  for (const result of results) if (result instanceof ItemError) failed++;
  return { succeeded: results.length - failed, failed };
}
