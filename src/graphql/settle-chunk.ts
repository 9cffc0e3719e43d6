import type { OutcomeLedger } from '../core/batch/outcome-ledger.js';
import { itemErrorFor } from './failure-mapping.js';
import type { ItemError } from './item-error.js';

/**
 * Answers every item of one provider call exactly once. `send` makes the call and returns how to
 * answer each item (by the item and its position in the call); when the call or that mapping
 * fails, every item gets the item error for the failure. Results are all computed before any is
 * settled, so a failure part-way can never answer an item twice.
 */
export async function settleChunk<I extends { readonly index: number }, R>(
  ledger: OutcomeLedger<R | ItemError>,
  items: readonly I[],
  idempotent: boolean,
  send: () => Promise<(item: I, position: number) => R>,
): Promise<void> {
  let results: (R | ItemError)[];
  try {
    const answerFor = await send();
    results = items.map(answerFor);
  } catch (error) {
    results = items.map((item) => itemErrorFor(error, item.index, idempotent));
  }
  items.forEach((item, position) => ledger.settle(item.index, results[position]!));
}
