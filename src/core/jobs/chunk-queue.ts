/** One chunk of one job to run. */
export interface ChunkTask {
  readonly jobId: string;
  readonly chunk: number;
  /** The provider whose quota it spends: chunks wait per provider. */
  readonly provider: string;
}

/** What became of a run: done, or to run again at `retryAt` (its items were deferred, nothing sent). */
export interface ChunkVerdict {
  readonly retryAt?: number | undefined;
}

export type ChunkHandler = (task: ChunkTask) => Promise<ChunkVerdict>;

/**
 * Where chunks wait to run: in this process (the embedded default) or in BullMQ on Redis, where a
 * chunk whose worker died is taken over by another (stalled-job handling). A task added twice
 * (same job and chunk) while it waits runs once.
 */
export interface ChunkQueue {
  add(task: ChunkTask): Promise<void>;
  /** Starts running tasks with `handler`, at most `concurrency` at a time (only in worker roles). */
  work(handler: ChunkHandler, concurrency: number): void;
  close(): Promise<void>;
}
