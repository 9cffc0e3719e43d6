import type { Deadline } from '../deadline.js';
import { ProviderFailure } from '../http/provider-failure.js';
import type { BatchOperation, ItemOutcomes, Pending } from './batch-operation.js';
import { chunk } from './chunk.js';
import { inSpan } from '../tracing.js';
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
  const settle: Settle<R | E> = (index, result) => ledger.settle(index, result);
  const valid = screenBatch(operation, outcomes, settle);
  await Promise.all(chunk(valid, operation.chunkSize).map((items, position) => sendChunk(operation, items, String(position), deadline, outcomes, settle)));
  return readBack(operation, ledger.results(), deadline, outcomes);
}

/** At most this many lost answers are read back inside one request (a read may cost a call per item); bulk jobs read back all. */
export const INLINE_READ_BACK_ITEMS = 20;
/** …and only with this much of the deadline left. */
export const INLINE_READ_BACK_MS = 500;

/**
 * Settles lost answers by reading the provider back, where the operation can and the request's
 * deadline allows; a read-back that fails or runs out of time leaves them as they were.
 */
async function readBack<T, R, E>(operation: BatchOperation<T, R>, results: (R | E)[], deadline: Deadline, outcomes: ItemOutcomes<E>): Promise<(R | E)[]> {
  const { resolveUnknown } = operation;
  if (!resolveUnknown || !outcomes.isUnknown) return results;
  const lost: Pending<T>[] = [];
  results.forEach((result, index) => {
    if (outcomes.isUnknown!(result)) lost.push({ index, item: operation.items[index]! });
  });
  if (lost.length === 0 || lost.length > INLINE_READ_BACK_ITEMS || deadline.remainingMs() < INLINE_READ_BACK_MS) return results;
  try {
    for (const [index, result] of await resolveUnknown.call(operation, lost, deadline)) results[index] = result;
  } catch {
    // Not read back in time: the answers stay lost, as they were.
  }
  return results;
}

/** Where the runner puts an item's one result. */
export type Settle<R> = (index: number, result: R) => void;

/**
 * Sends one chunk (and, when refused whole, its halves) and settles each of its items: what
 * runBatch does for each chunk, and a bulk job for each chunk it runs.
 */
export function sendChunk<T, R, E>(
  operation: BatchOperation<T, R>,
  items: readonly Pending<T>[],
  part: string,
  deadline: Deadline,
  outcomes: ItemOutcomes<E>,
  settle: Settle<R | E>,
): Promise<void> {
  return settlePart(operation, settle, outcomes, items, part, { calls: operation.splitCalls }, deadline);
}

/**
 * Settles every item that breaks a rule, has a known answer or repeats a key; answers the rest,
 * with their input indexes, to be chunked and sent.
 */
export function screenBatch<T, R, E>(operation: BatchOperation<T, R>, outcomes: ItemOutcomes<E>, settle: Settle<R | E>): Pending<T>[] {
  const { list, batchProblem, uniqueKey } = operation;
  const firstIndex = new FirstIndex<string | number>();
  // Field paths are only spelled out for items that get an error.
  const field = (index: number, relative: string) => (!list ? relative : relative ? `${list}[${index}].${relative}` : `${list}[${index}]`);
  const valid: Pending<T>[] = [];
  operation.items.forEach((item, index) => {
    if (batchProblem) return settle(index, outcomes.invalid(index, batchProblem.field, batchProblem.message));
    const problem = operation.itemProblem(item);
    if (problem) return settle(index, outcomes.invalid(index, field(index, problem.field), problem.message));
    const known = operation.precheck?.({ index, item });
    if (known !== undefined) return settle(index, known);
    const key = uniqueKey?.of(item);
    if (uniqueKey && key !== undefined && key !== null && key !== '') {
      const earlier = firstIndex.earlier(key, index);
      if (earlier !== undefined) return settle(index, outcomes.invalid(index, field(index, uniqueKey.field), uniqueKey.repeated(key, earlier)));
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
  settle: Settle<R | E>,
  outcomes: ItemOutcomes<E>,
  items: readonly Pending<T>[],
  part: string,
  budget: { calls: number },
  deadline: Deadline,
): Promise<void> {
  let results: (R | E)[];
  try {
    // A span per chunk (and per half of one refused whole): its calls, retries and quota waits are its children.
    const answerFor = await inSpan('batch chunk', { 'facade.batch.part': part, 'facade.batch.items': items.length }, deadline, (_span, inChunk) =>
      operation.send(items, part, inChunk),
    );
    results = items.map(answerFor);
  } catch (error) {
    const refusedWhole = error instanceof ProviderFailure && error.kind === 'rejected' && items.length > 1;
    if (refusedWhole && budget.calls >= 2) {
      budget.calls -= 2;
      const middle = Math.ceil(items.length / 2);
      await Promise.all([
        settlePart(operation, settle, outcomes, items.slice(0, middle), `${part}.0`, budget, deadline),
        settlePart(operation, settle, outcomes, items.slice(middle), `${part}.1`, budget, deadline),
      ]);
      return;
    }
    const failure = refusedWhole ? notIsolated(error, items.length) : error;
    results = items.map((pending) => outcomes.failed(failure, pending.index, operation.safeToResend));
  }
  items.forEach((pending, position) => settle(pending.index, results[position]!));
}

/** The refusal as told to items still together when the split budget ran out: they may be fine alone. */
function notIsolated(refusal: ProviderFailure, together: number): ProviderFailure {
  const why = `refused with ${together - 1} other item(s) in one call; the split budget (REFUSED_CHUNK_SPLIT_CALLS) ran out before this item was isolated, so it may be fine on its own`;
  return new ProviderFailure(refusal.kind, `${refusal.message} (${why})`, refusal);
}
