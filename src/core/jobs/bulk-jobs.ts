import { randomUUID } from 'node:crypto';
import type { Pending } from '../batch/batch-operation.js';
import { chunk as chunked } from '../batch/chunk.js';
import { screenBatch, sendChunk } from '../batch/run-batch.js';
import type { Clock } from '../clock.js';
import { Deadline } from '../deadline.js';
import type { RuleProblem } from '../validation.js';
import type { ChunkQueue, ChunkTask, ChunkVerdict } from './chunk-queue.js';
import { Deferred, deferringOutcomes } from './deferral.js';
import { decodeJson, encodeJson } from './json-codec.js';
import type { JobEvents } from './job-events.js';
import type { JobKind } from './job-kind.js';
import type { JobMeter } from './job-meter.js';
import { emptyCounts, type ChunkRecord, type JobRecord, type SettledItem } from './job-record.js';
import type { JobListFilter, JobStore } from './job-store.js';

export interface BulkJobsOptions {
  readonly store: JobStore;
  readonly queue: ChunkQueue;
  readonly events: JobEvents;
  readonly kinds: readonly JobKind[];
  readonly clock: Clock;
  /** How long results are kept after a job ends (BULK_RETENTION_HOURS). */
  readonly retentionMs: number;
  /** How long one chunk may wait for its admission before it is deferred to the quota's own time. */
  readonly chunkWaitMs: number;
  /** How long a read-back of lost answers may take at the end of a job. */
  readonly reconcileMs: number;
  /**
   * Provider calls one stored chunk holds when resending is safe (BULK_CALLS_PER_CHUNK): each chunk
   * costs the same Redis round trips and queue task whatever it holds, so fewer, fuller chunks
   * cost less per item. Where resending is not safe a chunk is one call, so a worker that dies
   * leaves at most one call's answers unknown. Default 1.
   */
  readonly callsPerChunk?: number;
  readonly meter?: JobMeter | undefined;
}

/** One answer of a job, read back. */
export interface JobResult<R = unknown> {
  readonly index: number;
  readonly result: R;
  readonly reconciled: boolean;
}

/**
 * Bulk jobs: batches run by the facade to the end, across quota windows, through the same batch
 * operations as the inline mutations. Starting screens every item at once (what breaks a rule is
 * answered and never queued) and packs the rest into chunks; each chunk is one queue task, run by
 * `runChunk` on whichever worker takes it. A chunk records `sending` before its call and its answers
 * after, so a chunk a dying worker left `sending` is resent only when resending is safe.
 */
export class BulkJobs {
  private readonly kinds: ReadonlyMap<string, JobKind>;

  constructor(private readonly options: BulkJobsOptions) {
    this.kinds = new Map(options.kinds.map((kind) => [kind.name, kind]));
  }

  /** Runs chunks in this process (worker roles), `concurrency` at a time. */
  work(concurrency: number): void {
    this.options.queue.work((task) => this.runChunk(task), concurrency);
  }

  async start(kindName: string, owner: string, input: object, items: readonly unknown[]): Promise<JobRecord> {
    const kind = this.kind(kindName);
    const { store, queue, clock, meter } = this.options;
    const header = kind.header(input);
    const operation = kind.operation(header, items);
    const now = clock.now();
    const screened: SettledItem[] = [];
    // An item the upload could not read answers its problem; the operation never sees it.
    const valid = screenBatch(
      { ...operation, itemProblem: (item) => (item instanceof UnreadableLine ? item.problem : operation.itemProblem(item)) },
      kind.outcomes,
      (index, result) => screened.push(this.settledItem(kind, index, result)),
    );
    const calls = operation.safeToResend ? Math.max(1, this.options.callsPerChunk ?? 1) : 1;
    const chunks: ChunkRecord[] = chunked(valid, operation.chunkSize * calls).map((pending, position) => ({
      items: pending.map(({ index, item }) => [index, item] as const),
      part: String(position),
      state: 'queued',
      attempts: 0,
      unreachable: 0,
      queuedAt: now,
    }));
    const job: JobRecord = {
      id: randomUUID(),
      kind: kind.name,
      provider: kind.provider,
      owner,
      header: encodeJson(header),
      total: items.length,
      chunkCount: chunks.length,
      lanes: lanes(kind.parallelChunks, calls),
      callSize: operation.chunkSize,
      createdAt: now,
      state: chunks.length > 0 ? 'QUEUED' : 'COMPLETED',
      ...(chunks.length > 0 ? {} : { finishedAt: now }),
      canceled: false,
      chunksDone: 0,
      counts: emptyCounts(),
    };
    await store.create(job, screened, chunks, this.options.retentionMs);
    meter?.jobState(kind.name, job.state);
    this.count(kind, screened);
    // A few chunks per job are queued at a time (its lanes), so a job started later is not behind all of an earlier one's.
    for (let chunk = 0; chunk < Math.min(job.lanes, job.chunkCount); chunk++) await queue.add({ jobId: job.id, chunk, provider: kind.provider });
    return this.changed(job.id);
  }

  job(id: string): Promise<JobRecord | undefined> {
    return this.options.store.job(id);
  }

  list(filter: JobListFilter, first: number, after?: string): Promise<JobRecord[]> {
    return this.options.store.list(filter, first, after);
  }

  async results<R>(job: JobRecord, from: number, count: number, onlyFailed: boolean): Promise<JobResult<R>[]> {
    const kind = this.kind(job.kind) as JobKind<unknown, R>;
    const stored = await this.options.store.results(job, from, count, onlyFailed);
    return stored.map((item) => ({ index: item.index, result: kind.decodeResult(item.type, item.result, item.index), reconciled: item.reconciled ?? false }));
  }

  /** Chunks of every job on `provider` not answered yet. */
  pendingChunks(provider: string): Promise<number> {
    return this.options.store.pendingChunks(provider);
  }

  /** Follows job `id`: every change until it ends. */
  subscribe(id: string, listener: (job: JobRecord) => void): () => void {
    return this.options.events.subscribe(id, listener);
  }

  /**
   * Cancels a job: every item not yet sent answers Canceled; a chunk in flight finishes and its
   * items keep their real answer. Answers the job as it stands after.
   */
  async cancel(id: string): Promise<JobRecord | undefined> {
    const { store } = this.options;
    const job = await store.job(id);
    if (!job) return undefined;
    if (!(await store.cancel(id))) return job;
    const kind = this.kind(job.kind);
    for (let chunk = 0; chunk < job.chunkCount; chunk++) {
      const record = await store.chunk(id, chunk);
      if (!record || record.state !== 'queued') continue;
      const canceled = record.items.map(([index]) => this.settledItem(kind, index, kind.canceled(index)));
      const { chunkDone, jobDone } = await store.settle(id, chunk, canceled, undefined, true);
      if (chunkDone) this.count(kind, canceled);
      if (jobDone) await this.finish(id, kind);
    }
    return this.changed(id);
  }

  /** Runs one chunk: the queue's handler, on whichever worker took the task. */
  async runChunk(task: ChunkTask): Promise<ChunkVerdict> {
    const { store, clock } = this.options;
    // Both at once, rather than one after the other.
    const [job, record] = await Promise.all([store.job(task.jobId), store.chunk(task.jobId, task.chunk)]);
    if (!job || job.finishedAt !== undefined) return {};
    const kind = this.kinds.get(job.kind);
    if (!kind) {
      // A deployment that no longer runs this kind of job: the facade's own failure, said once, and nothing more is sent.
      await store.update(job.id, { state: 'FAILED', finishedAt: clock.now(), failure: `This facade no longer runs ${job.kind} jobs.` });
      await store.expireAt(job.id, clock.now() + this.options.retentionMs, clock.now() + 2 * this.options.retentionMs);
      await this.changed(job.id);
      return {};
    }
    if (!record || record.state === 'settled') {
      // Settled already: a task taken over after its answers were stored. Carry the job on from here.
      await this.carryOn(job, kind, task.chunk);
      return {};
    }
    const pending = record.items.map(([index, item]): Pending<unknown> => ({ index, item }));
    const operation = kind.operation(
      decodeJson(job.header),
      pending.map(({ item }) => item),
    );
    if (job.canceled || (record.state === 'sending' && !operation.safeToResend)) {
      // Canceled: nothing more is sent. Cut off mid-call by a dying worker, and not safe to send again: the answer is lost.
      const answers = pending.map(({ index, item }) =>
        this.settledItem(kind, index, job.canceled && record.state === 'queued' ? kind.canceled(index) : kind.cutOff(index, operation.safeToResend), item),
      );
      const outcome = await store.settle(job.id, task.chunk, answers);
      if (outcome.chunkDone) this.count(kind, answers);
      await this.afterChunk(job, kind, task.chunk, outcome);
      return {};
    }
    if (!(await store.markSending(job.id, task.chunk))) return {};
    const now = clock.now();
    this.options.meter?.chunkWaited(kind.provider, Math.max(0, now - record.queuedAt) / 1000);
    if (job.state !== 'RUNNING') await store.update(job.id, { state: 'RUNNING', startedAt: job.startedAt ?? now, waitingUntil: undefined });
    // Each job is its own owner in the quota's queue (jobs take turns), behind every request.
    const deadline = new Deadline(now + this.options.chunkWaitMs, clock, this.options.chunkWaitMs, `job:${job.id}`, true);
    const answers = new Map<number, unknown>();
    const outcomes = deferringOutcomes(kind.outcomes, now, record.unreachable);
    const calls = chunked(pending, operation.chunkSize);
    // A chunk of several calls sends them at once; each call's part is its place in the chunk, the same on every resend.
    await Promise.all(
      calls.map((items, call) =>
        sendChunk(operation, items, calls.length === 1 ? record.part : `${record.part}.${call}`, deadline, outcomes, (index, result) =>
          answers.set(index, result),
        ),
      ),
    );
    const settled: SettledItem[] = [];
    const rest: Pending<unknown>[] = [];
    let retryAt = Infinity;
    let unreachable = false;
    for (const item of pending) {
      const answer = answers.get(item.index);
      if (answer instanceof Deferred) {
        rest.push(item);
        retryAt = Math.min(retryAt, answer.retryAt);
        unreachable ||= answer.unreachable;
      } else settled.push(this.settledItem(kind, item.index, answer, item.item));
    }
    if (rest.length === 0) {
      await this.afterChunk(job, kind, task.chunk, await store.settle(job.id, task.chunk, settled));
      this.count(kind, settled);
      return {};
    }
    // Nothing of the rest was sent: it waits, as the same chunk, for when it can be admitted.
    const attempts = record.attempts + 1;
    const restRecord = {
      items: rest.map(({ index, item }) => [index, item] as const),
      part: `${task.chunk}.r${attempts}`,
      attempts,
      unreachable: record.unreachable + (unreachable ? 1 : 0),
      queuedAt: clock.now(),
    };
    await store.settle(job.id, task.chunk, settled, restRecord);
    this.count(kind, settled);
    if (retryAt > clock.now()) await store.update(job.id, { state: 'WAITING_FOR_QUOTA', waitingUntil: retryAt });
    this.told(job.id);
    return { retryAt };
  }

  async close(): Promise<void> {
    await this.options.queue.close();
    await this.options.events.close();
    await this.options.store.close();
  }

  private async afterChunk(job: JobRecord, kind: JobKind, chunk: number, outcome: { chunkDone: boolean; jobDone: boolean }): Promise<void> {
    if (outcome.jobDone) await this.finish(job.id, kind);
    else if (outcome.chunkDone) await this.carryOn(job, kind, chunk);
    this.told(job.id);
  }

  /**
   * Queues the next chunk of an answered chunk's lane (n + lanes), or ends the job once every chunk
   * is answered. Deterministic, so a task run again after a takeover queues the same chunk (added
   * twice, it runs once; run again once settled, it changes nothing): no chunk is ever left unqueued.
   */
  private async carryOn(job: JobRecord, kind: JobKind, chunk: number): Promise<void> {
    if (job.chunksDone === job.chunkCount) {
      await this.finish(job.id, kind);
      return;
    }
    const next = chunk + job.lanes;
    if (next < job.chunkCount && !job.canceled) await this.options.queue.add({ jobId: job.id, chunk: next, provider: kind.provider });
  }

  /** Ends a job whose every chunk is answered: reads back lost answers where it can, then COMPLETED or CANCELED. */
  private async finish(id: string, kind: JobKind): Promise<void> {
    const { store, clock } = this.options;
    await this.reconcile(id, kind);
    const job = await store.job(id);
    if (!job || job.finishedAt !== undefined) return;
    const now = clock.now();
    const state = job.canceled ? 'CANCELED' : 'COMPLETED';
    await store.update(id, { state, finishedAt: now, waitingUntil: undefined });
    this.options.meter?.jobState(kind.name, state);
    await store.expireAt(id, now + this.options.retentionMs, now + 2 * this.options.retentionMs);
  }

  /** Reads back every lost answer of a job where the provider can be read, and answers what really happened. */
  private async reconcile(id: string, kind: JobKind): Promise<void> {
    const { store, clock } = this.options;
    const job = await store.job(id);
    if (!job) return;
    const lost = (await store.ofType(id, kind.unknownType)).filter((item) => item.item !== undefined);
    const operation = kind.operation(decodeJson(job.header), []);
    if (lost.length === 0 || !operation.resolveUnknown) return;
    const pending = lost.map((item): Pending<unknown> => ({ index: item.index, item: decodeJson(item.item!) }));
    const deadline = new Deadline(clock.now() + this.options.reconcileMs, clock, this.options.reconcileMs, `job:${id}`, true);
    let found: ReadonlyMap<number, unknown>;
    try {
      found = await operation.resolveUnknown(pending, deadline);
    } catch {
      // The read-back failed: the answers stay unknown, as they were.
      return;
    }
    const replaced = [...found].map(([index, result]) => ({ ...this.settledItem(kind, index, result), reconciled: true }));
    if (replaced.length > 0) await store.replace(id, replaced);
    this.options.meter?.reconciled(kind.name, replaced.length);
  }

  /** Counts answers for the metrics (a settle that changed nothing, say after a takeover, may count twice: metrics, not results). */
  private count(kind: JobKind, items: readonly SettledItem[]): void {
    if (!this.options.meter || items.length === 0) return;
    const byType = new Map<string, number>();
    for (const item of items) byType.set(item.type, (byType.get(item.type) ?? 0) + 1);
    this.options.meter.itemsSettled(kind.name, byType);
  }

  /** An answer as stored; a lost one keeps its item (when given) for the read-back. */
  private settledItem(kind: JobKind, index: number, result: unknown, item?: unknown): SettledItem {
    const { type, failed } = kind.describe(result);
    const kept = type === kind.unknownType && item !== undefined;
    return { index, type, failed, result: kind.encodeResult(result, index), ...(kept ? { item: encodeJson(item) } : {}) };
  }

  /** Tells followers the job changed, and answers it as it is now. */
  private async changed(id: string): Promise<JobRecord> {
    this.options.events.publish(id);
    const job = await this.options.store.job(id);
    if (!job) throw new Error(`bulk job ${id} vanished`);
    return job;
  }

  /** Tells followers the job changed, reading nothing. */
  private told(id: string): void {
    this.options.events.publish(id);
  }

  private kind(name: string): JobKind {
    const kind = this.kinds.get(name);
    if (!kind) throw new Error(`no bulk job kind ${name}`);
    return kind;
  }
}

/**
 * Chunks of one job in flight at once: enough for `parallelCalls` calls, and with chunks of several
 * calls one more, so the provider's room stays full while a chunk's last call ends and the next is queued.
 */
function lanes(parallelCalls: number, callsPerChunk: number): number {
  if (callsPerChunk === 1) return Math.max(1, parallelCalls);
  return Math.max(1, Math.ceil(parallelCalls / callsPerChunk)) + 1;
}

/** A line of an upload that is not an item (not JSON, or not of the item's type): its place holds this, and its answer is this ValidationError. */
export class UnreadableLine {
  constructor(readonly problem: RuleProblem) {}
}
