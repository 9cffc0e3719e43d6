import type { OutcomeLedger } from '../core/batch/outcome-ledger.js';
import { ProviderFailure } from '../core/http/provider-failure.js';
import { itemErrorFor } from './failure-mapping.js';
import type { ItemError } from './item-error.js';

/**
 * Sends some items of a chunk as one provider call and answers how to settle each (by the item and
 * its position in the call). `part` names the items' place: the chunk's position ("3"), or a half
 * of a refused chunk ("3.0", "3.1.0"), so ids derived from it differ per call and repeat on resubmission.
 */
export type SendPart<I, R> = (items: readonly I[], part: string) => Promise<(item: I, position: number) => R>;

export interface ChunkOptions {
  /** The chunk's position in the batch. */
  readonly position: number;
  /** Calls the chunk may spend beyond its first to isolate the items of a call the provider refused whole. */
  readonly splitCalls: number;
}

/**
 * Answers every item of one chunk exactly once. When the call or the mapping of its answer fails,
 * every item gets the item error for the failure; results are all computed before any is settled,
 * so a failure part-way can never answer an item twice.
 *
 * A call the provider refused as a whole (`rejected`: for its data, not our credentials) may have
 * been refused for one item of it: the items are split in halves and each half sent again, then
 * halves of a refused half, until only the items the provider refuses on their own are left, or
 * the chunk's split budget is spent. Every resend goes through the quota and the deadline like any
 * call, and is safe: a refused call applied nothing.
 */
export async function settleChunk<I extends { readonly index: number }, R>(
  ledger: OutcomeLedger<R | ItemError>,
  items: readonly I[],
  idempotent: boolean,
  send: SendPart<I, R>,
  options: ChunkOptions,
): Promise<void> {
  await settlePart(ledger, items, idempotent, send, String(options.position), { calls: options.splitCalls });
}

async function settlePart<I extends { readonly index: number }, R>(
  ledger: OutcomeLedger<R | ItemError>,
  items: readonly I[],
  idempotent: boolean,
  send: SendPart<I, R>,
  part: string,
  budget: { calls: number },
): Promise<void> {
  let results: (R | ItemError)[];
  try {
    const answerFor = await send(items, part);
    results = items.map(answerFor);
  } catch (error) {
    const refusedWhole = error instanceof ProviderFailure && error.kind === 'rejected' && items.length > 1;
    if (refusedWhole && budget.calls >= 2) {
      budget.calls -= 2;
      const middle = Math.ceil(items.length / 2);
      await Promise.all([
        settlePart(ledger, items.slice(0, middle), idempotent, send, `${part}.0`, budget),
        settlePart(ledger, items.slice(middle), idempotent, send, `${part}.1`, budget),
      ]);
      return;
    }
    results = items.map((item) => itemErrorFor(error, item.index, idempotent));
    if (refusedWhole) {
      const together = `refused with ${items.length - 1} other item(s) in one call; the split budget (REFUSED_CHUNK_SPLIT_CALLS) ran out before this item was isolated, so it may be fine on its own`;
      for (const result of results) Object.assign(result as ItemError, { message: `${(result as ItemError).message} (${together})` });
    }
  }
  items.forEach((item, position) => ledger.settle(item.index, results[position]!));
}
