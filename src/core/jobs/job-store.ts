import type { ChunkRecord, ChunkRest, JobRecord, JobState, SettledItem } from './job-record.js';

/** What settling a chunk changed. */
export interface ChunkSettled {
  /** This call settled the chunk (false when it was settled already, or only part of it was). */
  readonly chunkDone: boolean;
  /** Every chunk of the job is settled now (true for exactly one call). */
  readonly jobDone: boolean;
}

export interface JobListFilter {
  /** Only this principal's jobs; undefined lists everyone's (`jobs:read`). */
  readonly owner?: string | undefined;
  readonly states?: readonly JobState[] | undefined;
  readonly kind?: string | undefined;
}

/** Where job fields change outside the counts. */
export type JobUpdate = Partial<Pick<JobRecord, 'state' | 'startedAt' | 'finishedAt' | 'waitingUntil' | 'failure'>>;

/**
 * Where bulk jobs live: in memory (the embedded default) or in Redis (they survive restarts and
 * every replica sees them). Every change that must not happen twice is atomic here: settling a
 * chunk answers its items and counts them once, whoever calls it how often.
 */
export interface JobStore {
  create(job: JobRecord, screened: readonly SettledItem[], chunks: readonly ChunkRecord[], retentionMs: number): Promise<void>;
  job(id: string): Promise<JobRecord | undefined>;
  /** Jobs newest first, after the job `after` (an id) when given. */
  list(filter: JobListFilter, first: number, after?: string): Promise<JobRecord[]>;
  update(id: string, fields: JobUpdate): Promise<void>;
  chunk(id: string, chunk: number): Promise<ChunkRecord | undefined>;
  /** Marks a chunk as being sent; false when it is settled already (canceled, or done by another worker). */
  markSending(id: string, chunk: number): Promise<boolean>;
  /**
   * Answers items of a chunk and counts them; with `rest`, the chunk keeps those items (nothing of
   * them was sent) for a later attempt, otherwise it is settled. With `onlyIfQueued`, nothing
   * changes unless the chunk is queued (not being sent): how a cancel answers what was not sent.
   */
  settle(id: string, chunk: number, items: readonly SettledItem[], rest?: ChunkRest, onlyIfQueued?: boolean): Promise<ChunkSettled>;
  /** Sets the cancel flag; false when the job had ended already. */
  cancel(id: string): Promise<boolean>;
  /** Answers of `job` (as the caller read it) in input order from index `from` on (only failed ones with `onlyFailed`). */
  results(job: JobRecord, from: number, count: number, onlyFailed: boolean): Promise<SettledItem[]>;
  /** The answers of `type` (e.g. OutcomeUnknown), in input order. */
  ofType(id: string, type: string): Promise<SettledItem[]>;
  /** Replaces answers (a read-back of unknown outcomes), keeping the counts right. */
  replace(id: string, items: readonly SettledItem[]): Promise<void>;
  /** Chunks of every job on `provider` not answered yet (queued, delayed for its quota, or being sent). */
  pendingChunks(provider: string): Promise<number>;
  /** Keeps the job's results until `at`; the job reads EXPIRED after it, until `forgetAt`, when it is gone. */
  expireAt(id: string, at: number, forgetAt: number): Promise<void>;
  close(): Promise<void>;
}
