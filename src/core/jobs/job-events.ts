import { EventEmitter } from 'node:events';
import type { JobRecord } from './job-record.js';
import type { JobStore } from './job-store.js';

/**
 * Where a job's changes are told (one event per settled chunk and state change), for
 * subscriptions: in this process, or across replicas on Redis. A change is told by id; the job is
 * read from the store only when someone here follows it, so a job nobody watches costs no read.
 */
export interface JobEvents {
  publish(id: string): void;
  /** Calls `listener` with job `id` as it is after each change; answers how to stop. */
  subscribe(id: string, listener: (job: JobRecord) => void): () => void;
  close(): Promise<void>;
}

/** Job events within this process: the embedded default, where every job runs here. */
export class LocalJobEvents implements JobEvents {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  constructor(private readonly store: JobStore) {}

  publish(id: string): void {
    if (this.emitter.listenerCount(id) === 0) return;
    this.store.job(id).then(
      (job) => job && this.emitter.emit(id, job),
      () => {},
    );
  }

  subscribe(id: string, listener: (job: JobRecord) => void): () => void {
    this.emitter.on(id, listener);
    return () => this.emitter.off(id, listener);
  }

  close(): Promise<void> {
    this.emitter.removeAllListeners();
    return Promise.resolve();
  }
}
