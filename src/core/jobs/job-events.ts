import { EventEmitter } from 'node:events';
import type { JobRecord } from './job-record.js';

/**
 * Where a job's changes are told (one event per settled chunk and state change), for
 * subscriptions: in this process, or across replicas on Redis.
 */
export interface JobEvents {
  publish(job: JobRecord): void;
  /** Calls `listener` with each change of job `id`; answers how to stop. */
  subscribe(id: string, listener: (job: JobRecord) => void): () => void;
  close(): Promise<void>;
}

/** Job events within this process: the embedded default, where every job runs here. */
export class LocalJobEvents implements JobEvents {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  publish(job: JobRecord): void {
    this.emitter.emit(job.id, job);
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
