import type { Clock } from '../clock.js';
import { systemClock } from '../clock.js';
import type { ChunkHandler, ChunkQueue, ChunkTask } from './chunk-queue.js';

interface Entry {
  readonly task: ChunkTask;
  readonly key: string;
}

/** Chunks queued in this process: the embedded default. Lost on restart, as the start-up log says. */
export class MemoryChunkQueue implements ChunkQueue {
  private readonly ready: Entry[] = [];
  private readonly known = new Set<string>();
  private readonly delayed = new Map<NodeJS.Timeout, Entry & { retryAt: number }>();
  private handler: ChunkHandler | undefined;
  private concurrency = 0;
  private running = 0;
  private closed = false;

  constructor(private readonly clock: Clock = systemClock) {
    // A clock moved by hand (a test's) moves every delayed chunk's time with it.
    clock.onJump?.(() => {
      for (const [timer, entry] of [...this.delayed]) {
        clearTimeout(timer);
        this.delayed.delete(timer);
        this.delay(entry, entry.retryAt);
      }
    });
  }

  add(task: ChunkTask): Promise<void> {
    const key = `${task.jobId}:${task.chunk}`;
    if (!this.known.has(key) && !this.closed) {
      this.known.add(key);
      this.ready.push({ task, key });
      this.pump();
    }
    return Promise.resolve();
  }

  work(handler: ChunkHandler, concurrency: number): void {
    this.handler = handler;
    this.concurrency = concurrency;
    this.pump();
  }

  close(): Promise<void> {
    this.closed = true;
    for (const timer of this.delayed.keys()) clearTimeout(timer);
    this.delayed.clear();
    this.ready.length = 0;
    return Promise.resolve();
  }

  private pump(): void {
    while (this.handler && !this.closed && this.running < this.concurrency && this.ready.length > 0) {
      const next = this.ready.shift()!;
      this.running++;
      void this.run(this.handler, next);
    }
  }

  private async run(handler: ChunkHandler, entry: Entry): Promise<void> {
    let retryAt: number | undefined;
    try {
      ({ retryAt } = await handler(entry.task));
    } catch {
      // The handler answers its own failures into the job; a throw here is retried after a pause.
      retryAt = this.clock.now() + 1_000;
    } finally {
      this.running--;
    }
    if (retryAt === undefined) this.known.delete(entry.key);
    else this.delay(entry, retryAt);
    this.pump();
  }

  /** Holds a task until `retryAt` (the quota's own time): delayed, not polled. */
  private delay(entry: Entry, retryAt: number): void {
    if (this.closed) return;
    const timer = setTimeout(
      () => {
        this.delayed.delete(timer);
        this.ready.push(entry);
        this.pump();
      },
      Math.max(0, retryAt - this.clock.now()),
    );
    this.delayed.set(timer, { ...entry, retryAt });
  }
}
