import type { Redis } from 'ioredis';
import type { Clock } from '../clock.js';
import { systemClock } from '../clock.js';
import { emptyCounts, type ChunkRecord, type ChunkRest, type JobRecord, type JobState, type SettledItem } from './job-record.js';
import type { ChunkSettled, JobListFilter, JobStore, JobUpdate } from './job-store.js';
import { fromStoredChunk, storedChunk } from './stored-chunk.js';

/*
 * A job is five keys: its hash (the record's fields and counts, one field per count so a settle
 * is HINCRBYs), its chunks (a hash: `n` → the chunk's items and part, stored-chunk.ts, `s:n` → its state),
 * its results (a hash: index → the answer as JSON), and two sorted sets of indexes: failed
 * answers (for onlyFailed pages) and answers that keep their item (lost answers, for a read-back).
 * Everything that must not happen twice is one script.
 */

/**
 * KEYS: job, chunks, results, failed, kept. ARGV: chunk, onlyIfQueued, the rest's stored chunk or '',
 * and the answers as lines, each item's index then its stored form (see storedForm: flags, type,
 * tab, result…): one argument, not two an item, so a chunk's 800 answers are not 1,600 arguments
 * for the client to frame (neither an index nor JSON holds a raw newline). Answers {chunkDone, jobDone}.
 */
const SETTLE = `
local state = redis.call('HGET', KEYS[2], 's:' .. ARGV[1])
if not state or state == 'settled' then return {0, 0} end
if ARGV[2] == '1' and state ~= 'queued' then return {0, 0} end
local answers = ARGV[4]
local at = 1
local settled, failed, reconciled, byType = 0, 0, 0, {}
while at <= #answers do
  local indexEnd = string.find(answers, '\\n', at, true)
  local storedEnd = string.find(answers, '\\n', indexEnd + 1, true) or (#answers + 1)
  local index = string.sub(answers, at, indexEnd - 1)
  local stored = string.sub(answers, indexEnd + 1, storedEnd - 1)
  at = storedEnd + 1
  if redis.call('HSETNX', KEYS[3], index, stored) == 1 then
    settled = settled + 1
    if string.sub(stored, 1, 1) == '1' then
      failed = failed + 1
      redis.call('ZADD', KEYS[4], index, index)
    end
    if string.sub(stored, 2, 2) == '1' then reconciled = reconciled + 1 end
    local type = 't:' .. string.sub(stored, 4, string.find(stored, '\t', 1, true) - 1)
    byType[type] = (byType[type] or 0) + 1
    if string.sub(stored, 3, 3) == '1' then redis.call('ZADD', KEYS[5], index, index) end
  end
end
-- The counts move once a settle, not once an answer (three or four calls an answer, before).
if settled > 0 then
  redis.call('HINCRBY', KEYS[1], 'settled', settled)
  redis.call('HINCRBY', KEYS[1], 'succeeded', settled - failed)
  redis.call('HINCRBY', KEYS[1], 'failed', failed)
  if reconciled > 0 then redis.call('HINCRBY', KEYS[1], 'reconciled', reconciled) end
  for type, count in pairs(byType) do redis.call('HINCRBY', KEYS[1], type, count) end
end
if ARGV[3] ~= '' then
  redis.call('HSET', KEYS[2], ARGV[1], ARGV[3], 's:' .. ARGV[1], 'queued')
  return {0, 0}
end
redis.call('HSET', KEYS[2], ARGV[1], '', 's:' .. ARGV[1], 'settled')
redis.call('DECR', redis.call('HGET', KEYS[1], 'pendingKey'))
local done = redis.call('HINCRBY', KEYS[1], 'chunksDone', 1)
if done == tonumber(redis.call('HGET', KEYS[1], 'chunkCount')) then return {1, 1} end
return {1, 0}
`;

/** KEYS: chunks. ARGV: chunk. */
const MARK_SENDING = `
local state = redis.call('HGET', KEYS[1], 's:' .. ARGV[1])
if not state or state == 'settled' then return 0 end
redis.call('HSET', KEYS[1], 's:' .. ARGV[1], 'sending')
return 1
`;

/** KEYS: job. */
const CANCEL = `
if redis.call('EXISTS', KEYS[1]) == 0 or redis.call('HEXISTS', KEYS[1], 'finishedAt') == 1 or redis.call('HGET', KEYS[1], 'canceled') == '1' then return 0 end
redis.call('HSET', KEYS[1], 'canceled', '1')
return 1
`;

/** KEYS: job, results, failed, kept. ARGV per item: its index and stored form. Replaces answers (a read-back), moving the counts. */
const REPLACE = `
for i = 1, #ARGV, 2 do
  local stored = ARGV[i + 1]
  local old = redis.call('HGET', KEYS[2], ARGV[i])
  if old then
    redis.call('HINCRBY', KEYS[1], string.sub(old, 1, 1) == '1' and 'failed' or 'succeeded', -1)
    redis.call('HINCRBY', KEYS[1], 't:' .. string.sub(old, 4, string.find(old, '\t', 1, true) - 1), -1)
  else
    redis.call('HINCRBY', KEYS[1], 'settled', 1)
  end
  redis.call('HSET', KEYS[2], ARGV[i], stored)
  local failed = string.sub(stored, 1, 1) == '1'
  redis.call('HINCRBY', KEYS[1], failed and 'failed' or 'succeeded', 1)
  redis.call('HINCRBY', KEYS[1], 't:' .. string.sub(stored, 4, string.find(stored, '\t', 1, true) - 1), 1)
  redis.call('HINCRBY', KEYS[1], 'reconciled', 1)
  redis.call('ZREM', KEYS[4], ARGV[i])
  if failed then redis.call('ZADD', KEYS[3], ARGV[i], ARGV[i]) else redis.call('ZREM', KEYS[3], ARGV[i]) end
end
return 1
`;

/**
 * An answer as one Redis string, cheap to write and for a script to read: three flags (failed,
 * reconciled, item kept), the type, a tab, the result's JSON, and with a kept item a tab and the
 * item's JSON. JSON text never holds a raw tab, so the tabs separate.
 */
function storedForm(item: SettledItem): string {
  const flags = `${item.failed ? 1 : 0}${item.reconciled ? 1 : 0}${item.item === undefined ? 0 : 1}`;
  return `${flags}${item.type}\t${item.result}${item.item === undefined ? '' : `\t${item.item}`}`;
}

function fromStoredForm(index: number, stored: string): SettledItem {
  const typeEnd = stored.indexOf('\t');
  const resultEnd = stored.indexOf('\t', typeEnd + 1);
  return {
    index,
    failed: stored[0] === '1',
    reconciled: stored[1] === '1',
    type: stored.slice(3, typeEnd),
    result: stored.slice(typeEnd + 1, resultEnd < 0 ? undefined : resultEnd),
    ...(stored[2] === '1' ? { item: stored.slice(resultEnd + 1) } : {}),
  };
}

interface JobCommands {
  jobSettle(...args: (string | number | Buffer)[]): Promise<[number, number]>;
  jobMarkSending(...args: (string | number)[]): Promise<number>;
  jobCancel(...args: (string | number)[]): Promise<number>;
  jobReplace(...args: (string | number)[]): Promise<number>;
}

/** Results read per round trip while paging. */
const SCAN = 500;

/** Jobs in Redis: they survive restarts, and every replica reads and runs them. */
export class RedisJobStore implements JobStore {
  private readonly redis: Redis & JobCommands;

  constructor(
    redis: Redis,
    private readonly prefix: string,
    private readonly clock: Clock = systemClock,
  ) {
    redis.defineCommand('jobSettle', { numberOfKeys: 5, lua: SETTLE });
    redis.defineCommand('jobMarkSending', { numberOfKeys: 1, lua: MARK_SENDING });
    redis.defineCommand('jobCancel', { numberOfKeys: 1, lua: CANCEL });
    redis.defineCommand('jobReplace', { numberOfKeys: 4, lua: REPLACE });
    this.redis = redis as Redis & JobCommands;
  }

  private key(id: string, part = ''): string {
    return `${this.prefix}job:${id}${part}`;
  }

  private keys(id: string) {
    return {
      job: this.key(id),
      chunks: this.key(id, ':chunks'),
      results: this.key(id, ':results'),
      failed: this.key(id, ':failed'),
      kept: this.key(id, ':kept'),
    };
  }

  async create(job: JobRecord, screened: readonly SettledItem[], chunks: readonly ChunkRecord[], retentionMs: number): Promise<void> {
    const keys = this.keys(job.id);
    const fields: Record<string, string | number> = {
      static: JSON.stringify({
        id: job.id,
        kind: job.kind,
        provider: job.provider,
        owner: job.owner,
        header: job.header,
        total: job.total,
        createdAt: job.createdAt,
        ...(job.callSize === undefined ? {} : { callSize: job.callSize }),
      }),
      pendingKey: this.pendingKey(job.provider),
      chunkCount: job.chunkCount,
      chunksDone: 0,
      lanes: job.lanes,
      state: job.state,
      canceled: 0,
      settled: 0,
      succeeded: 0,
      failed: 0,
      reconciled: 0,
      expiresAt: job.createdAt + retentionMs,
    };
    if (job.finishedAt !== undefined) fields.finishedAt = job.finishedAt;
    const multi = this.redis.multi().hset(keys.job, fields);
    for (let n = 0; n < chunks.length; n++) {
      const { state, ...chunk } = chunks[n]!;
      multi.hset(keys.chunks, String(n), storedChunk(chunk), `s:${n}`, state);
    }
    for (const item of screened) {
      multi.hset(keys.results, String(item.index), storedForm(item));
      multi
        .hincrby(keys.job, 'settled', 1)
        .hincrby(keys.job, item.failed ? 'failed' : 'succeeded', 1)
        .hincrby(keys.job, `t:${item.type}`, 1);
      if (item.failed) multi.zadd(keys.failed, item.index, String(item.index));
    }
    multi.incrby(this.pendingKey(job.provider), job.chunkCount);
    multi.zadd(`${this.prefix}jobs:all`, job.createdAt, job.id).zadd(`${this.prefix}jobs:owner:${job.owner}`, job.createdAt, job.id);
    await multi.exec();
    // A job never finished still goes, long after (a deleted deployment's leftovers).
    await this.expireAt(job.id, job.createdAt + retentionMs * 4, job.createdAt + retentionMs * 5);
  }

  async job(id: string): Promise<JobRecord | undefined> {
    return this.recordOf(await this.redis.hgetall(this.key(id)));
  }

  async list(filter: JobListFilter, first: number, after?: string): Promise<JobRecord[]> {
    const index = filter.owner === undefined ? `${this.prefix}jobs:all` : `${this.prefix}jobs:owner:${filter.owner}`;
    let start = 0;
    if (after !== undefined) {
      const rank = await this.redis.zrevrank(index, after);
      if (rank === null) return [];
      start = rank + 1;
    }
    const found: JobRecord[] = [];
    while (found.length < first) {
      const ids = await this.redis.zrevrange(index, start, start + SCAN - 1);
      if (ids.length === 0) break;
      start += ids.length;
      const pipeline = this.redis.pipeline();
      for (const id of ids) pipeline.hgetall(this.key(id));
      const answers = (await pipeline.exec()) ?? [];
      for (const [, hash] of answers) {
        const job = this.recordOf(hash as Record<string, string>);
        if (!job) continue;
        if (filter.kind !== undefined && job.kind !== filter.kind) continue;
        if (filter.states && !filter.states.includes(job.state)) continue;
        found.push(job);
        if (found.length >= first) break;
      }
    }
    return found;
  }

  async update(id: string, fields: JobUpdate): Promise<void> {
    const set: Record<string, string | number> = {};
    const cleared: string[] = [];
    for (const [name, value] of Object.entries(fields)) {
      if (value === undefined) cleared.push(name);
      else set[name] = value as string | number;
    }
    const multi = this.redis.multi();
    if (Object.keys(set).length > 0) multi.hset(this.key(id), set);
    if (cleared.length > 0) multi.hdel(this.key(id), ...cleared);
    await multi.exec();
  }

  async chunk(id: string, chunk: number): Promise<ChunkRecord | undefined> {
    const [body, stored] = await this.redis.hmgetBuffer(this.key(id, ':chunks'), String(chunk), `s:${chunk}`);
    const state = stored?.toString();
    if (state === undefined) return undefined;
    if (state === 'settled') return { items: [], part: String(chunk), attempts: 0, unreachable: 0, queuedAt: 0, state };
    return { ...fromStoredChunk(body!), state: state as ChunkRecord['state'] };
  }

  async markSending(id: string, chunk: number): Promise<boolean> {
    return (await this.redis.jobMarkSending(this.key(id, ':chunks'), chunk)) === 1;
  }

  async settle(id: string, chunk: number, items: readonly SettledItem[], rest?: ChunkRest, onlyIfQueued = false): Promise<ChunkSettled> {
    const keys = this.keys(id);
    const args: (string | number | Buffer)[] = [
      keys.job,
      keys.chunks,
      keys.results,
      keys.failed,
      keys.kept,
      chunk,
      onlyIfQueued ? '1' : '0',
      rest ? storedChunk(rest) : '',
      items.map((item) => `${item.index}\n${storedForm(item)}`).join('\n'),
    ];
    const [chunkDone, jobDone] = await this.redis.jobSettle(...args);
    return { chunkDone: chunkDone === 1, jobDone: jobDone === 1 };
  }

  async cancel(id: string): Promise<boolean> {
    return (await this.redis.jobCancel(this.key(id))) === 1;
  }

  async results(job: JobRecord, from: number, count: number, onlyFailed: boolean): Promise<SettledItem[]> {
    const keys = this.keys(job.id);
    if (job.state === 'EXPIRED') return [];
    const found: SettledItem[] = [];
    if (onlyFailed) {
      const indexes = await this.redis.zrangebyscore(keys.failed, Math.max(0, from), '+inf', 'LIMIT', 0, count);
      if (indexes.length === 0) return found;
      const stored = await this.redis.hmget(keys.results, ...indexes);
      stored.forEach((each, i) => each && found.push(fromStoredForm(Number(indexes[i]), each)));
      return found;
    }
    for (let start = Math.max(0, from); start < job.total && found.length < count; start += SCAN) {
      const indexes = Array.from({ length: Math.min(SCAN, job.total - start) }, (_, i) => String(start + i));
      const stored = await this.redis.hmget(keys.results, ...indexes);
      stored.forEach((each, i) => each && found.length < count && found.push(fromStoredForm(start + i, each)));
    }
    return found;
  }

  async ofType(id: string, type: string): Promise<SettledItem[]> {
    const keys = this.keys(id);
    const indexes = await this.redis.zrange(keys.kept, 0, -1);
    if (indexes.length === 0) return [];
    const found: SettledItem[] = [];
    const stored = await this.redis.hmget(keys.results, ...indexes);
    stored.forEach((each, i) => {
      const item = each ? fromStoredForm(Number(indexes[i]), each) : undefined;
      if (item?.type === type) found.push(item);
    });
    return found;
  }

  async replace(id: string, items: readonly SettledItem[]): Promise<void> {
    if (items.length === 0) return;
    const keys = this.keys(id);
    const args: (string | number)[] = [keys.job, keys.results, keys.failed, keys.kept];
    for (const item of items) args.push(item.index, storedForm(item));
    await this.redis.jobReplace(...args);
  }

  async pendingChunks(provider: string): Promise<number> {
    return Math.max(0, Number((await this.redis.get(this.pendingKey(provider))) ?? 0));
  }

  private pendingKey(provider: string): string {
    return `${this.prefix}jobs:pending:${provider}`;
  }

  async expireAt(id: string, at: number, forgetAt: number): Promise<void> {
    const keys = this.keys(id);
    // The results go at `at`; the job's own hash stays until `forgetAt`, so it reads EXPIRED rather than unknown.
    const wall = (time: number) => Date.now() + (time - this.clock.now());
    const wallAt = wall(at);
    await this.redis
      .multi()
      .hset(keys.job, 'expiresAt', at)
      .pexpireat(keys.chunks, wallAt)
      .pexpireat(keys.results, wallAt)
      .pexpireat(keys.failed, wallAt)
      .pexpireat(keys.kept, wallAt)
      .pexpireat(keys.job, wall(forgetAt))
      .exec();
  }

  close(): Promise<void> {
    return Promise.resolve();
  }

  private recordOf(hash: Record<string, string>): JobRecord | undefined {
    if (!hash.static) return undefined;
    const fixed = JSON.parse(hash.static) as Pick<JobRecord, 'id' | 'kind' | 'provider' | 'owner' | 'header' | 'total' | 'createdAt'>;
    const counts = emptyCounts();
    counts.settled = Number(hash.settled ?? 0);
    counts.succeeded = Number(hash.succeeded ?? 0);
    counts.failed = Number(hash.failed ?? 0);
    counts.reconciled = Number(hash.reconciled ?? 0);
    for (const [field, value] of Object.entries(hash)) if (field.startsWith('t:') && Number(value) > 0) counts.byType[field.slice(2)] = Number(value);
    const number = (field: string) => (hash[field] === undefined ? undefined : Number(hash[field]));
    const finishedAt = number('finishedAt');
    const expired = finishedAt !== undefined && this.clock.now() >= Number(hash.expiresAt);
    return {
      ...fixed,
      chunkCount: Number(hash.chunkCount),
      lanes: Number(hash.lanes ?? 1),
      chunksDone: Number(hash.chunksDone ?? 0),
      state: expired ? 'EXPIRED' : (hash.state as JobState),
      startedAt: number('startedAt'),
      finishedAt,
      waitingUntil: number('waitingUntil'),
      failure: hash.failure,
      canceled: hash.canceled === '1',
      counts,
    };
  }
}
