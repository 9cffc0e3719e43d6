import { GraphQLError } from 'graphql';
import type { Principal } from '../auth/scopes.js';
import type { JobRecord } from '../core/jobs/job-record.js';
import type { FacadeContext } from '../context.js';
import type { BulkJob } from './bulk-job.js';

/** Who may see a job: its owner, and principals with `jobs:read`. */
export function maySee(principal: Principal, job: JobRecord): boolean {
  return job.owner === principal.id || principal.scopes.has('jobs:read');
}

/** Job `id` as this caller may see it; someone else's job is NOT_FOUND, exactly like one that does not exist (ids are not revealed). */
export async function visibleJob(context: FacadeContext, id: string): Promise<JobRecord> {
  const job = await context.services.jobs.bulkJobs.job(id);
  if (!job || !maySee(context.principal, job)) throw new GraphQLError(`No bulk job ${id}.`, { extensions: { code: 'NOT_FOUND' } });
  return job;
}

/** A stored job as its kind's GraphQL type. */
export function jobView(context: FacadeContext, job: JobRecord): BulkJob {
  const view = context.services.jobs.views.get(job.kind);
  if (!view) throw new Error(`no GraphQL type for bulk job kind ${job.kind}`);
  return view(job);
}
