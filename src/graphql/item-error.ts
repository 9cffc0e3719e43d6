import { Field, Int, InterfaceType } from 'type-graphql';
import { ItemErrorCode } from './item-error-code.js';

/** What every per-item error answers, whatever its type. */
@InterfaceType('ItemError', {
  description: 'An input item that was not done. `index` is its position in the input list.',
})
export abstract class ItemError {
  @Field(() => Int, { description: 'Position of the input item this error answers (0-based).' })
  index!: number;

  @Field(() => ItemErrorCode, { description: 'Machine-readable reason.' })
  code!: ItemErrorCode;

  @Field(() => String, { description: 'Human-readable explanation, safe to show to users.' })
  message!: string;

  @Field(() => Boolean, {
    description: 'True when sending this same item again, unchanged, is safe and may succeed (after `retryAfter` where given).',
  })
  retryable!: boolean;
}
