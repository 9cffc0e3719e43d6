import type { Config } from './config.js';
import type { Clock } from './core/clock.js';
import { BulkJobs } from './core/jobs/bulk-jobs.js';
import type { JobKind } from './core/jobs/job-kind.js';
import type { JobRecord } from './core/jobs/job-record.js';
import { LocalJobEvents } from './core/jobs/job-events.js';
import { MemoryChunkQueue } from './core/jobs/memory-chunk-queue.js';
import { MemoryJobStore } from './core/jobs/memory-job-store.js';
import { MemoryUploadStore, RedisUploadStore, type UploadStore } from './core/jobs/upload-store.js';
import { Redis, type RedisOptions } from 'ioredis';
import { BullChunkQueue } from './core/jobs/bullmq-chunk-queue.js';
import type { ChunkQueue } from './core/jobs/chunk-queue.js';
import type { JobEvents } from './core/jobs/job-events.js';
import type { JobStore } from './core/jobs/job-store.js';
import type { JobMeter } from './core/jobs/job-meter.js';
import { RedisJobEvents } from './core/jobs/redis-job-events.js';
import { RedisJobStore } from './core/jobs/redis-job-store.js';
import type { BulkJob } from './graphql/bulk-job.js';

/** Bulk jobs as the resolvers and routes use them. */
export interface JobsServices {
  readonly bulkJobs: BulkJobs;
  readonly uploads: UploadStore;
  /** Each kind's GraphQL type. */
  readonly views: ReadonlyMap<string, (job: JobRecord) => BulkJob>;
  readonly config: Config['bulk'];
  /** The facade's clock, for estimates. */
  readonly clock: Clock;
  close(): Promise<void>;
}

/** How long an upload waits for the job started from it. */
export const UPLOAD_TTL_MS = 24 * 3_600_000;

/** A read-back of a job's lost answers may take this long (it waits for read quota like any call). */
const RECONCILE_MS = 300_000;

/**
 * The bulk-job engine: in this process's memory (the embedded default; jobs do not survive a
 * restart), or BullMQ and Redis with REDIS_URL (they do, and every replica works on them).
 */
export function createJobs(config: Config, kinds: readonly JobKind[], views: JobsServices['views'], clock: Clock, meter?: JobMeter): JobsServices {
  const { redisUrl, redisKeyPrefix: prefix } = config.quota;
  const connections: Redis[] = [];
  const connect = (options: RedisOptions = {}) => {
    const redis = new Redis(redisUrl!, { lazyConnect: false, ...options });
    // Errors surface as failed commands (a chunk run again later); ioredis reconnects by itself.
    redis.on('error', () => {});
    connections.push(redis);
    return redis;
  };
  let store: JobStore;
  let queue: ChunkQueue;
  let events: JobEvents;
  let uploads: UploadStore;
  if (redisUrl) {
    const redis = connect();
    store = new RedisJobStore(redis, prefix, clock);
    queue = new BullChunkQueue({
      connection: connect({ maxRetriesPerRequest: null }),
      prefix: `${prefix}bull`,
      providers: [...new Set(kinds.map((kind) => kind.provider))],
      stalledMs: config.bulk.stalledMs,
      clock,
    });
    events = new RedisJobEvents(redis, connect(), store, `${prefix}job-events`);
    uploads = new RedisUploadStore(redis, prefix);
  } else {
    store = new MemoryJobStore(clock);
    queue = new MemoryChunkQueue(clock);
    events = new LocalJobEvents(store);
    uploads = new MemoryUploadStore();
  }
  const bulkJobs = new BulkJobs({
    store,
    queue,
    events,
    kinds,
    clock,
    retentionMs: config.bulk.retentionMs,
    chunkWaitMs: config.bulk.chunkWaitMs,
    reconcileMs: RECONCILE_MS,
    callsPerChunk: config.bulk.callsPerChunk,
    meter,
  });
  if (config.bulk.role !== 'api') bulkJobs.work(config.bulk.workerConcurrency);
  return {
    bulkJobs,
    uploads,
    views,
    config: config.bulk,
    clock,
    async close() {
      await bulkJobs.close();
      await uploads.close();
      await Promise.all(connections.map((redis) => redis.quit().catch(() => redis.disconnect())));
    },
  };
}
