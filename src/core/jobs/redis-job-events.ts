import type { Redis } from 'ioredis';
import { LocalJobEvents } from './job-events.js';
import type { JobEvents } from './job-events.js';
import type { JobRecord } from './job-record.js';
import type { JobStore } from './job-store.js';

/**
 * Job events across replicas: a change is published on one Redis channel (the job id), and every
 * replica with a subscriber for that job reads the job from the store and tells its listeners, so a
 * subscription on one replica follows chunks settled on another.
 */
export class RedisJobEvents implements JobEvents {
  private readonly local = new LocalJobEvents();
  private readonly counts = new Map<string, number>();

  constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    private readonly store: JobStore,
    private readonly channel: string,
  ) {
    subscriber.on('message', (channel: string, id: string) => {
      if (channel !== this.channel || !this.counts.has(id)) return;
      void this.store.job(id).then(
        (job) => job && this.local.publish(job),
        () => {},
      );
    });
    void subscriber.subscribe(channel).catch(() => {});
  }

  publish(job: JobRecord): void {
    void this.publisher.publish(this.channel, job.id).catch(() => {});
  }

  subscribe(id: string, listener: (job: JobRecord) => void): () => void {
    this.counts.set(id, (this.counts.get(id) ?? 0) + 1);
    const stop = this.local.subscribe(id, listener);
    return () => {
      stop();
      const left = (this.counts.get(id) ?? 1) - 1;
      if (left > 0) this.counts.set(id, left);
      else this.counts.delete(id);
    };
  }

  async close(): Promise<void> {
    await this.local.close();
  }
}
