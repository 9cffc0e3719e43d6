import type { BatchOperation, ItemOutcomes } from '../batch/batch-operation.js';

/**
 * One batch operation as a bulk job runs it: the same declaration the inline mutation runs
 * (built from the job's header and a chunk's items), and how its answers are stored and read.
 */
export interface JobKind<T = unknown, R = unknown> {
  /** Its name in the job record (`goalsUpsert`). */
  readonly name: string;
  /** The provider whose quota it spends, for providerQuotas and metrics. */
  readonly provider: string;
  /** Chunks of one job sent at once (the provider's in-flight room; the quota gate decides the rest). */
  readonly parallelChunks: number;
  /** The input without its items, and with every id a resend must repeat made now (a TOP taskUniqueCode). */
  header(input: object): unknown;
  /** The operation over `items`, with the header the job was started with. */
  operation(header: unknown, items: readonly T[]): BatchOperation<T, R>;
  /** How the runner's own answers read (ValidationError…), as for the inline mutation. */
  readonly outcomes: ItemOutcomes<R>;
  /** An item not sent because the job was canceled. */
  canceled(index: number): R;
  /** An item whose call a dying worker may have sent, not resent because resending is not safe. */
  cutOff(index: number, safeToResend: boolean): R;
  /** The result's type name, and whether it is a failure. */
  describe(result: R): { readonly type: string; readonly failed: boolean };
  /** The result of item `index` as stored: its fields' JSON, without what is stored beside it (its type, its index). */
  encodeResult(result: R, index: number): string;
  /** And back, from the stored type, JSON and index. */
  decodeResult(type: string, json: string, index: number): R;
  /** The type name of a lost answer (OutcomeUnknown), which a read-back may settle. */
  readonly unknownType: string;
}
