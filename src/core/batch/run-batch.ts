import type { Deadline } from '../deadline.js';
import { ProviderFailure } from '../http/provider-failure.js';
import type { BatchOperation, ItemOutcomes, Pending } from './batch-operation.js';
import { chunk } from './chunk.js';
import { FirstIndex } from './first-index.js';
import { OutcomeLedger } from './outcome-ledger.js';

/**
 * Runs one batch operation and answers every input item exactly once, in input order:
 * validate each item (its rules, then any precheck) → refuse keys repeated in the batch → chunk the rest → send each chunk
 * (its admission through the quota, signing and reading are the port's) → split a chunk refused
 * whole → settle each item from its call's answer.
 */
export async function runBatch<T, R, E>(operation: BatchOperation<T, R>, deadline: Deadline, outcomes: ItemOutcomes<E>): Promise<(R | E)[]> {
  const ledger = new OutcomeLedger<R | E>(operation.items.length);
  const valid = admissible(operation, ledger, outcomes);
  await Promise.all(
    chunk(valid, operation.chunkSize).map((items, position) =>
      settlePart(operation, ledger, outcomes, items, String(position), { calls: operation.splitCalls }, deadline),
    ),
  );
  return ledger.results();
}

/** Settles every item that breaks a rule or repeats a key; answers the rest, with their input indexes. */
function admissible<T, R, E>(operation: BatchOperation<T, R>, ledger: OutcomeLedger<R | E>, outcomes: ItemOutcomes<E>): Pending<T>[] {
  const { list, batchProblem, uniqueKey } = operation;
  const firstIndex = new FirstIndex<string | number>();
  // Field paths are only spelled out for items that get an error.
  const field = (index: number, relative: string) => (!list ? relative : relative ? `${list}[${index}].${relative}` : `${list}[${index}]`);
  const valid: Pending<T>[] = [];
  operation.items.forEach((item, index) => {
    if (batchProblem) return ledger.settle(index, outcomes.invalid(index, batchProblem.field, batchProblem.message));
    const problem = operation.itemProblem(item);
    if (problem) return ledger.settle(index, outcomes.invalid(index, field(index, problem.field), problem.message));
    const known = operation.precheck?.({ index, item });
    if (known !== undefined) return ledger.settle(index, known);
    const key = uniqueKey?.of(item);
    if (uniqueKey && key !== undefined && key !== null && key !== '') {
      const earlier = firstIndex.earlier(key, index);
      if (earlier !== undefined) return ledger.settle(index, outcomes.invalid(index, field(index, uniqueKey.field), uniqueKey.repeated(key, earlier)));
    }
    valid.push({ index, item });
  });
  return valid;
}

/**
 * Sends some items as one call and settles each from its answer. When the call or the mapping of
 * its answer fails, every item gets the failure; results are all computed before any is settled,
 * so a failure part-way can never answer an item twice.
 *
 * A call the provider refused as a whole (`rejected`: for its data, not our credentials) may have
 * been refused for one item of it: the items are split in halves and each half sent again, then
 * halves of a refused half, until only the items the provider refuses on their own are left, or
 * the chunk's split budget is spent. Every resend goes through the quota and the deadline like any
 * call, and is safe: a refused call applied nothing.
 */
async function settlePart<T, R, E>(
  operation: BatchOperation<T, R>,
  ledger: OutcomeLedger<R | E>,
  outcomes: ItemOutcomes<E>,
  items: readonly Pending<T>[],
  part: string,
  budget: { calls: number },
  deadline: Deadline,
): Promise<void> {
  let results: (R | E)[];
  try {
    const answerFor = await operation.send(items, part, deadline);
    results = items.map(answerFor);
  } catch (error) {
    const refusedWhole = error instanceof ProviderFailure && error.kind === 'rejected' && items.length > 1;
    if (refusedWhole && budget.calls >= 2) {
      budget.calls -= 2;
      const middle = Math.ceil(items.length / 2);
      await Promise.all([
        settlePart(operation, ledger, outcomes, items.slice(0, middle), `${part}.0`, budget, deadline),
        settlePart(operation, ledger, outcomes, items.slice(middle), `${part}.1`, budget, deadline),
      ]);
      return;
    }
    const failure = refusedWhole ? notIsolated(error, items.length) : error;
    results = items.map((pending) => outcomes.failed(failure, pending.index, operation.safeToResend));
  }
  items.forEach((pending, position) => ledger.settle(pending.index, results[position]!));
}

/** The refusal as told to items still together when the split budget ran out: they may be fine alone. */
function notIsolated(refusal: ProviderFailure, together: number): ProviderFailure {
  const why = `refused with ${together - 1} other item(s) in one call; the split budget (REFUSED_CHUNK_SPLIT_CALLS) ran out before this item was isolated, so it may be fine on its own`;
  return new ProviderFailure(refusal.kind, `${refusal.message} (${why})`, refusal);
}
