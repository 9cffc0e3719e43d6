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

/** Counts, for a payload, the results that are errors. */
export function outcomeCounts(results: readonly object[]): { succeeded: number; failed: number } {
  let failed = 0;
  for (const result of results) if (result instanceof ItemError) failed++;
  return { succeeded: results.length - failed, failed };
}
