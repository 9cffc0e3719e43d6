import type { Clock } from '../clock.js';
import { systemClock } from '../clock.js';
import { addToCounts, type ChunkRecord, type ChunkRest, type JobRecord, type SettledItem } from './job-record.js';
import type { ChunkSettled, JobListFilter, JobStore, JobUpdate } from './job-store.js';

interface MemoryJob {
  record: JobRecord;
  chunks: (ChunkRecord | undefined)[];
  results: Map<number, SettledItem>;
  expiresAt: number;
  forgetAt: number;
}

/** Jobs in this process's memory: the embedded default. They do not survive a restart. */
export class MemoryJobStore implements JobStore {
  private readonly jobs = new Map<string, MemoryJob>();
  private readonly pending = new Map<string, number>();

  constructor(private readonly clock: Clock = systemClock) {}

  create(job: JobRecord, screened: readonly SettledItem[], chunks: readonly ChunkRecord[], retentionMs: number): Promise<void> {
    // Jobs past their retention's end are forgotten as new ones come: memory stays bounded.
    const now = this.clock.now();
    for (const [id, each] of this.jobs) if (now >= each.forgetAt) this.jobs.delete(id);
    const stored: MemoryJob = {
      record: structuredClone(job),
      chunks: [...chunks],
      results: new Map(),
      expiresAt: now + retentionMs,
      forgetAt: now + retentionMs * 5,
    };
    for (const item of screened) {
      stored.results.set(item.index, item);
      addToCounts(stored.record.counts, item);
    }
    this.jobs.set(job.id, stored);
    this.pending.set(job.provider, (this.pending.get(job.provider) ?? 0) + job.chunkCount);
    return Promise.resolve();
  }

  job(id: string): Promise<JobRecord | undefined> {
    const stored = this.live(id);
    return Promise.resolve(stored && structuredClone(stored.record));
  }

  list(filter: JobListFilter, first: number, after?: string): Promise<JobRecord[]> {
    const newestFirst = [...this.jobs.values()].reverse();
    let start = after === undefined ? 0 : newestFirst.findIndex((job) => job.record.id === after) + 1;
    if (after !== undefined && start === 0) start = newestFirst.length;
    const found: JobRecord[] = [];
    for (const stored of newestFirst.slice(start)) {
      if (found.length >= first) break;
      const job = this.expired(stored) ? { ...stored.record, state: 'EXPIRED' as const } : stored.record;
      if (filter.owner !== undefined && job.owner !== filter.owner) continue;
      if (filter.kind !== undefined && job.kind !== filter.kind) continue;
      if (filter.states && !filter.states.includes(job.state)) continue;
      found.push(structuredClone(job));
    }
    return Promise.resolve(found);
  }

  update(id: string, fields: JobUpdate): Promise<void> {
    const stored = this.jobs.get(id);
    if (stored) Object.assign(stored.record, fields);
    return Promise.resolve();
  }

  chunk(id: string, chunk: number): Promise<ChunkRecord | undefined> {
    return Promise.resolve(this.jobs.get(id)?.chunks[chunk]);
  }

  markSending(id: string, chunk: number): Promise<boolean> {
    const stored = this.jobs.get(id);
    const current = stored?.chunks[chunk];
    if (!stored || !current || current.state === 'settled') return Promise.resolve(false);
    stored.chunks[chunk] = { ...current, state: 'sending' };
    return Promise.resolve(true);
  }

  settle(id: string, chunk: number, items: readonly SettledItem[], rest?: ChunkRest, onlyIfQueued = false): Promise<ChunkSettled> {
    const stored = this.jobs.get(id);
    const current = stored?.chunks[chunk];
    if (!stored || !current || current.state === 'settled' || (onlyIfQueued && current.state !== 'queued')) {
      return Promise.resolve({ chunkDone: false, jobDone: false });
    }
    for (const item of items) {
      const previous = stored.results.get(item.index);
      if (previous) continue;
      stored.results.set(item.index, item);
      addToCounts(stored.record.counts, item);
    }
    if (rest) {
      stored.chunks[chunk] = { ...rest, state: 'queued' };
      return Promise.resolve({ chunkDone: false, jobDone: false });
    }
    stored.chunks[chunk] = { ...current, items: [], state: 'settled' };
    stored.record.chunksDone++;
    this.pending.set(stored.record.provider, (this.pending.get(stored.record.provider) ?? 1) - 1);
    return Promise.resolve({ chunkDone: true, jobDone: stored.record.chunksDone === stored.record.chunkCount });
  }

  cancel(id: string): Promise<boolean> {
    const stored = this.live(id);
    if (!stored || stored.record.finishedAt !== undefined || stored.record.canceled) return Promise.resolve(false);
    stored.record.canceled = true;
    return Promise.resolve(true);
  }

  results(job: JobRecord, from: number, count: number, onlyFailed: boolean): Promise<SettledItem[]> {
    const stored = this.live(job.id);
    const found: SettledItem[] = [];
    if (!stored) return Promise.resolve(found);
    for (let index = Math.max(0, from); index < stored.record.total && found.length < count; index++) {
      const item = stored.results.get(index);
      if (item && (!onlyFailed || item.failed)) found.push(item);
    }
    return Promise.resolve(found);
  }

  ofType(id: string, type: string): Promise<SettledItem[]> {
    const stored = this.live(id);
    if (!stored) return Promise.resolve([]);
    return Promise.resolve([...stored.results.values()].filter((item) => item.type === type).sort((a, b) => a.index - b.index));
  }

  replace(id: string, items: readonly SettledItem[]): Promise<void> {
    const stored = this.jobs.get(id);
    if (!stored) return Promise.resolve();
    for (const item of items) {
      const previous = stored.results.get(item.index);
      stored.results.set(item.index, item);
      addToCounts(stored.record.counts, item, previous);
    }
    return Promise.resolve();
  }

  pendingChunks(provider: string): Promise<number> {
    return Promise.resolve(this.pending.get(provider) ?? 0);
  }

  expireAt(id: string, at: number, forgetAt: number): Promise<void> {
    const stored = this.jobs.get(id);
    if (stored) Object.assign(stored, { expiresAt: at, forgetAt });
    return Promise.resolve();
  }

  close(): Promise<void> {
    return Promise.resolve();
  }

  /** A job whose results are kept still; an expired one is forgotten but for its record, which reads EXPIRED. */
  private live(id: string): MemoryJob | undefined {
    const stored = this.jobs.get(id);
    if (!stored || !this.expired(stored)) return stored;
    stored.record.state = 'EXPIRED';
    stored.results.clear();
    stored.chunks = [];
    return stored;
  }

  private expired(stored: MemoryJob): boolean {
    return stored.record.finishedAt !== undefined && this.clock.now() >= stored.expiresAt;
  }
}
