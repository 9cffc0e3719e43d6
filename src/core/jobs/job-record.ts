/** Where a bulk job is. QUEUED → RUNNING ⇄ WAITING_FOR_QUOTA → COMPLETED | CANCELED | FAILED; EXPIRED once its results are gone. */
export type JobState = 'QUEUED' | 'RUNNING' | 'WAITING_FOR_QUOTA' | 'COMPLETED' | 'CANCELED' | 'FAILED' | 'EXPIRED';

export const TERMINAL_STATES: ReadonlySet<JobState> = new Set(['COMPLETED', 'CANCELED', 'FAILED', 'EXPIRED']);

/** How many items of a job have which answer. */
export interface JobCounts {
  /** Items answered so far (validation errors at start included). */
  settled: number;
  succeeded: number;
  failed: number;
  /** Unknown outcomes the job read back from the provider and answered as what really happened. */
  reconciled: number;
  /** Answers by result type name (`GoalWritten`, `ValidationError`…). */
  byType: Record<string, number>;
}

/** One bulk job as stored: who started what, how far it is, and its counts. */
export interface JobRecord {
  readonly id: string;
  /** The batch operation it runs (`goalsUpsert`…). */
  readonly kind: string;
  /** The provider whose quota it spends. */
  readonly provider: string;
  /** The principal that started it: the only one (besides `jobs:read`) that sees it. */
  readonly owner: string;
  /** The operation's input without its items, as JSON (see json-codec). */
  readonly header: string;
  readonly total: number;
  /** Chunks the valid items were packed into; each is one queue task. */
  readonly chunkCount: number;
  /** Chunks in the queue at once: chunk n, once answered, queues chunk n + lanes. */
  readonly lanes: number;
  /** Items per provider call (a chunk holds one call or several); absent in jobs stored before it was kept. */
  readonly callSize?: number;
  readonly createdAt: number;
  state: JobState;
  startedAt?: number | undefined;
  finishedAt?: number | undefined;
  /** While WAITING_FOR_QUOTA: when the quota admits its next chunk. */
  waitingUntil?: number | undefined;
  /** Why the facade itself failed the job (FAILED only). */
  failure?: string | undefined;
  canceled: boolean;
  /** Chunks answered in full. */
  chunksDone: number;
  counts: JobCounts;
}

/** An item waiting in a chunk, with its index in the job's input. */
export type PendingItem = readonly [index: number, item: unknown];

/**
 * One chunk's items and where its call is. `sending` is written before the call and replaced by
 * the answers after it: a chunk found `sending` was cut off mid-call by a dying worker.
 */
export interface ChunkRecord {
  /**
   * The pending items with their indexes, `[[index, item], …]`: objects in memory, JSON in Redis
   * (the store encodes them), so the embedded default never encodes an item it keeps.
   */
  readonly items: readonly PendingItem[];
  /** The call's place, for ids derived from it (a resend after a crash keeps it; a later attempt of deferred items gets a new one). */
  readonly part: string;
  readonly state: 'queued' | 'sending' | 'settled';
  /** Attempts made for items that were deferred (nothing sent) and wait for another. */
  readonly attempts: number;
  /** Of those, attempts the provider could not be reached (they back off, and end). */
  readonly unreachable: number;
  /** When it was queued, or deferred last (for the chunk wait metric). */
  readonly queuedAt: number;
}

/** One item's answer as stored. */
export interface SettledItem {
  readonly index: number;
  /** The result type's name (`GoalWritten`, `OutcomeUnknown`…), for the counts. */
  readonly type: string;
  /** The result as JSON (see json-codec). */
  readonly result: string;
  readonly failed: boolean;
  /** A read-back answered it after its outcome was lost. */
  readonly reconciled?: boolean;
  /** The item itself as JSON, kept only for a lost answer a read-back may settle. */
  readonly item?: string;
}

/** The rest of a chunk that must be tried again: nothing of it was sent. */
export type ChunkRest = Omit<ChunkRecord, 'state'>;

export function emptyCounts(): JobCounts {
  return { settled: 0, succeeded: 0, failed: 0, reconciled: 0, byType: {} };
}

/** Adds answers to counts (a replaced answer passed as `previous` is taken out first). */
export function addToCounts(counts: JobCounts, item: SettledItem, previous?: SettledItem): void {
  if (previous) {
    counts.byType[previous.type] = (counts.byType[previous.type] ?? 1) - 1;
    if (!counts.byType[previous.type]) delete counts.byType[previous.type];
    if (previous.failed) counts.failed--;
    else counts.succeeded--;
  } else counts.settled++;
  counts.byType[item.type] = (counts.byType[item.type] ?? 0) + 1;
  if (item.failed) counts.failed++;
  else counts.succeeded++;
  if (item.reconciled) counts.reconciled++;
}
