import type { Redis } from 'ioredis';
import { LocalJobEvents } from './job-events.js';
import type { JobEvents } from './job-events.js';
import type { JobRecord } from './job-record.js';
import type { JobStore } from './job-store.js';

/**
 * Job events across replicas: a change is published on one Redis channel (the job id), and every
 * replica whose subscribers follow that job reads it from the store and tells them, so a
 * subscription on one replica follows chunks answered on another.
 */
export class RedisJobEvents implements JobEvents {
  private readonly local: LocalJobEvents;

  constructor(
    private readonly publisher: Redis,
    subscriber: Redis,
    store: JobStore,
    private readonly channel: string,
  ) {
    this.local = new LocalJobEvents(store);
    subscriber.on('message', (channel: string, id: string) => {
      if (channel === this.channel) this.local.publish(id);
    });
    void subscriber.subscribe(channel).catch(() => {});
  }

  publish(id: string): void {
    void this.publisher.publish(this.channel, id).catch(() => {});
  }

  subscribe(id: string, listener: (job: JobRecord) => void): () => void {
    return this.local.subscribe(id, listener);
  }

  close(): Promise<void> {
    return this.local.close();
  }
}
