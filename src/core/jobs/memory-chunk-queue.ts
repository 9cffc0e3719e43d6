import type { Clock } from '../clock.js';
import { systemClock } from '../clock.js';
import type { ChunkHandler, ChunkQueue, ChunkTask } from './chunk-queue.js';

/** Chunks queued in this process: the embedded default. Lost on restart, as the start-up log says. */
export class MemoryChunkQueue implements ChunkQueue {
  readonly durable = false;
  private readonly ready: { task: ChunkTask; key: string }[] = [];
  private readonly known = new Set<string>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private handler: ChunkHandler | undefined;
  private concurrency = 0;
  private running = 0;
  private closed = false;

  constructor(private readonly clock: Clock = systemClock) {}

  add(task: ChunkTask, tag = ''): Promise<void> {
    const key = `${task.jobId}:${task.chunk}:${tag}`;
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

  waiting(): Promise<number> {
    return Promise.resolve(this.ready.length + this.timers.size);
  }

  close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
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

  private async run(handler: ChunkHandler, entry: { task: ChunkTask; key: string }): Promise<void> {
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
    else if (!this.closed) {
      // Delayed until the quota admits it, not polled.
      const timer = setTimeout(
        () => {
          this.timers.delete(timer);
          this.ready.push(entry);
          this.pump();
        },
        Math.max(0, retryAt - this.clock.now()),
      );
      this.timers.add(timer);
    }
    this.pump();
  }
}
