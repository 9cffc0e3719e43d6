import type { Deadline } from '../deadline.js';
import type { RuleProblem } from '../validation.js';

/** One input item with its place in the batch. */
export interface Pending<T> {
  readonly index: number;
  readonly item: T;
}

/** How one call's answer settles each item sent in it: by the item and its position in the call. */
export type ChunkAnswer<T, R> = (pending: Pending<T>, position: number) => R;

/** A key that must not repeat within a batch: a second item with it is refused, naming the first. */
export interface UniqueKey<T> {
  /** The item's key; an item without one (undefined, null, '') is not checked. */
  of(item: T): string | number | null | undefined;
  /** Where the key sits in an item, relative to it ('' when the item is the key). */
  readonly field: string;
  /** Why the repeat is refused, naming where the key first appeared. */
  repeated(key: string | number, earlier: number): string;
}

/**
 * One provider batch operation, declared for one batch: what its items must be, which key is
 * unique, how many go in a call, whether a call may be resent, and how to send one call through
 * the provider's port. The runner (runBatch) does the rest, the same way for every operation.
 */
export interface BatchOperation<T, R> {
  /** Where the items sit in the input (`goals`), for field paths; '' when the input is the one item. */
  readonly list: string;
  readonly items: readonly T[];
  /** A rule the whole batch breaks (e.g. its year), with its field: every item answers it, nothing is sent. */
  readonly batchProblem?: RuleProblem | undefined;
  /** The first rule an item breaks, with its field relative to the item. */
  itemProblem(item: T): RuleProblem | undefined;
  /** An answer known before any call, in the operation's own types (e.g. a stage the CRM's dictionary lacks). */
  precheck?(pending: Pending<T>): R | undefined;
  readonly uniqueKey?: UniqueKey<T>;
  /** Items per provider call. */
  readonly chunkSize: number;
  /** Whether a call whose answer was lost may be sent again (an idempotent write). */
  readonly safeToResend: boolean;
  /** Calls a chunk refused whole may spend to isolate the items the provider refuses (see runBatch). */
  readonly splitCalls: number;
  /**
   * Sends some items as one call and answers how to settle each. `part` names the call's place:
   * the chunk's position ("3"), or a half of a refused chunk ("3.0", "3.1.0"), so ids derived
   * from it differ per call and repeat when the batch is resubmitted.
   */
  send(items: readonly Pending<T>[], part: string, deadline: Deadline): Promise<ChunkAnswer<T, R>>;
  /**
   * Reads back what became of items whose answer was lost, where the provider can be read
   * (LingXing batchSelect, CloudPense findByPage): an answer for each it could settle. A bulk job
   * calls it before it completes; runBatch calls it for a few lost answers while the deadline allows.
   */
  resolveUnknown?(items: readonly Pending<T>[], deadline: Deadline): Promise<ReadonlyMap<number, R>>;
}

/** How the runner words the items it answers itself, in the caller's own types (GraphQL's item errors in the facade). */
export interface ItemOutcomes<E> {
  /** The item breaks a rule at `field`; nothing was sent for it. */
  invalid(index: number, field: string, message: string): E;
  /** The call for the item (or the mapping of its answer) failed with `error`. */
  failed(error: unknown, index: number, safeToResend: boolean): E;
  /** Whether a result says the item's answer was lost (a read-back may settle it). */
  isUnknown?(result: unknown): boolean;
}
