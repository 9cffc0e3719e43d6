import { DelayedError, Queue, Worker, type ConnectionOptions } from 'bullmq';
import type { Clock } from '../clock.js';
import { systemClock } from '../clock.js';
import type { ChunkHandler, ChunkQueue, ChunkTask } from './chunk-queue.js';

export interface BullChunkQueueOptions {
  /** An ioredis connection's options (BullMQ opens its own connections from them). */
  readonly connection: ConnectionOptions;
  /** Key prefix of every queue (BullMQ's own `prefix`). */
  readonly prefix: string;
  /** The providers chunks are queued for: one BullMQ queue each, so one provider's backlog never queues another's chunks. */
  readonly providers: readonly string[];
  /** When a chunk whose worker stopped renewing its lock is taken over (lockDuration and stalledInterval). */
  readonly stalledMs: number;
  readonly clock?: Clock;
}

/**
 * Chunks in BullMQ on Redis: durable, spread over every worker replica, and taken over when a
 * worker dies mid-chunk (BullMQ's stalled-job check: its lock lapses, another worker runs it; the
 * chunk's own `sending` record then decides whether it may be resent). A chunk whose items wait
 * for the quota moves to BullMQ's delayed set until the quota's time (delayed, not polled).
 */
export class BullChunkQueue implements ChunkQueue {
  private readonly queues = new Map<string, Queue>();
  private readonly workers: Worker[] = [];
  private readonly clock: Clock;

  constructor(private readonly options: BullChunkQueueOptions) {
    this.clock = options.clock ?? systemClock;
    for (const provider of options.providers) {
      this.queues.set(provider, new Queue(queueName(provider), { connection: options.connection, prefix: options.prefix }));
    }
  }

  async add(task: ChunkTask): Promise<void> {
    await this.queue(task.provider).add('chunk', task, {
      // One BullMQ job per chunk: adding it again while it exists changes nothing.
      jobId: `${task.jobId}-${task.chunk}`,
      removeOnComplete: true,
      removeOnFail: 1_000,
      // A run that threw (Redis gone mid-chunk) is run again; the chunk's record makes that safe.
      attempts: 1_000,
      backoff: { type: 'exponential', delay: 1_000 },
    });
  }

  work(handler: ChunkHandler, concurrency: number): void {
    for (const provider of this.queues.keys()) {
      const worker = new Worker<ChunkTask>(
        queueName(provider),
        async (job, token) => {
          const { retryAt } = await handler(job.data);
          if (retryAt === undefined) return;
          await job.moveToDelayed(Date.now() + Math.max(0, retryAt - this.clock.now()), token);
          throw new DelayedError();
        },
        {
          connection: this.options.connection,
          prefix: this.options.prefix,
          // Each provider's queue gets the whole concurrency: a chunk mostly waits (for its quota, for the provider).
          concurrency,
          lockDuration: this.options.stalledMs,
          stalledInterval: this.options.stalledMs,
          // A chunk is taken over as often as its workers die: its record, not a count, decides what is resent.
          maxStalledCount: 1_000,
        },
      );
      // Errors are the chunk's own (answered into the job) or Redis's (BullMQ reconnects).
      worker.on('error', () => {});
      this.workers.push(worker);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
  }

  private queue(provider: string): Queue {
    const queue = this.queues.get(provider);
    if (!queue) throw new Error(`no chunk queue for provider ${provider}`);
    return queue;
  }
}

const queueName = (provider: string) => `bulk-${provider}`;
