import { Field, ID, Int, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import type { JobRecord, JobState } from '../core/jobs/job-record.js';

export enum BulkJobState {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  WAITING_FOR_QUOTA = 'WAITING_FOR_QUOTA',
  COMPLETED = 'COMPLETED',
  CANCELED = 'CANCELED',
  FAILED = 'FAILED',
  EXPIRED = 'EXPIRED',
}

registerEnumType(BulkJobState, {
  name: 'BulkJobState',
  description: 'Where a bulk job is. COMPLETED, CANCELED, FAILED and EXPIRED are terminal.',
  valuesConfig: {
    QUEUED: { description: 'Accepted; no chunk has been sent yet.' },
    RUNNING: { description: 'Chunks are being sent.' },
    WAITING_FOR_QUOTA: { description: "Every chunk left waits for the provider's quota, until `waitingUntil`; the facade carries on by itself." },
    COMPLETED: { description: 'Every item has its answer (successes and item errors alike).' },
    CANCELED: { description: 'Canceled: items not sent answer `Canceled`; the others their real answer.' },
    FAILED: { description: 'The facade itself failed the job (never for item errors); `failure` says why.' },
    EXPIRED: { description: 'The job ended longer ago than BULK_RETENTION_HOURS: its results are gone.' },
  },
});

@ObjectType('BulkJobOutcomeCount', { simpleResolvers: true, description: 'How many items have answers of one result type.' })
export class BulkJobOutcomeCount {
  @Field(() => String, { description: 'The result type (`GoalWritten`, `ValidationError`, `OutcomeUnknown`…).' })
  type!: string;

  @Field(() => Int, { description: 'Items answered with it.' })
  count!: number;
}

@ObjectType('BulkJobCounts', { simpleResolvers: true, description: "A job's items by answer; `settled` only grows." })
export class BulkJobCounts {
  @Field(() => Int, { description: 'Input items.' })
  total!: number;

  @Field(() => Int, { description: 'Items answered so far (validation errors at start included).' })
  settled!: number;

  @Field(() => Int, { description: 'Items still without an answer (`total - settled`).' })
  pending!: number;

  @Field(() => Int, { description: 'Items answered with a success type.' })
  succeeded!: number;

  @Field(() => Int, { description: 'Items answered with an item error (ValidationError, ProviderRejected, Canceled…).' })
  failed!: number;

  @Field(() => Int, { description: 'Lost answers the job read back from the provider and answered as what really happened.' })
  reconciled!: number;

  @Field(() => [BulkJobOutcomeCount], { description: 'Answers by result type, by type name.' })
  byOutcome!: BulkJobOutcomeCount[];
}

/** What every bulk job answers, whatever it runs; each kind adds its typed `results`. */
@InterfaceType('BulkJob', {
  description:
    'A batch run by the facade to the end, across quota windows: follow it with `bulkJob(id)` (or the `bulkJobProgress` subscription), read its answers with `results` or `GET /jobs/{id}/results.ndjson`.',
})
export abstract class BulkJob {
  @Field(() => ID, { description: 'The job id: follow it with `bulkJob(id)`.' })
  id!: string;

  @Field(() => BulkJobState, { description: 'Where the job is.' })
  state!: BulkJobState;

  @Field(() => Date, { nullable: true, description: 'While WAITING_FOR_QUOTA: when the quota admits its next chunk.' })
  waitingUntil!: Date | null;

  @Field(() => BulkJobCounts, { description: 'Its items by answer so far.' })
  counts!: BulkJobCounts;

  @Field(() => Date, { description: 'When it was started.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When its first chunk was sent.' })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When every item had its answer (or it was canceled to the end).' })
  finishedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the facade failed the job (FAILED only).' })
  failure!: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      "When the job should be done, from what its provider's quota windows will admit and its pace so far; null once it ended, or before there is anything to go by.",
  })
  estimatedCompletionAt!: Date | null;

  /** The stored job, for its results. */
  record!: JobRecord;
}

/** A stored job as its GraphQL type. */
export function bulkJobView<J extends BulkJob>(type: new () => J, job: JobRecord): J {
  const { counts } = job;
  return Object.assign(new type(), {
    id: job.id,
    state: BulkJobState[job.state satisfies JobState],
    waitingUntil: job.state === 'WAITING_FOR_QUOTA' && job.waitingUntil !== undefined ? new Date(job.waitingUntil) : null,
    counts: Object.assign(new BulkJobCounts(), {
      total: job.total,
      settled: counts.settled,
      pending: job.total - counts.settled,
      succeeded: counts.succeeded,
      failed: counts.failed,
      reconciled: counts.reconciled,
      byOutcome: Object.entries(counts.byType)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([type, count]) => Object.assign(new BulkJobOutcomeCount(), { type, count })),
    }),
    createdAt: new Date(job.createdAt),
    startedAt: job.startedAt === undefined ? null : new Date(job.startedAt),
    finishedAt: job.finishedAt === undefined ? null : new Date(job.finishedAt),
    failure: job.failure ?? null,
    record: job,
  });
}

@ObjectType('PageInfo', { simpleResolvers: true, description: 'Relay page information.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more edges follow `endCursor`.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor of the last edge: pass it as `after` for the next page.' })
  endCursor!: string | null;
}

/** An opaque cursor for a position in a list. */
export const cursorOf = (position: number | string): string => Buffer.from(String(position)).toString('base64url');
export const positionOf = (cursor: string): string => Buffer.from(cursor, 'base64url').toString();
