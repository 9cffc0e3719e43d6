import type { FacadeDocument } from '../../src/client/index.js';
import { expect } from 'vitest';
import { BulkJobDocument, type BulkJobFieldsFragment } from '../../src/client/index.js';

type Client = { request: <R, V>(document: FacadeDocument<R, V>, variables?: V) => Promise<R> };

const TERMINAL = new Set(['COMPLETED', 'CANCELED', 'FAILED', 'EXPIRED']);

/** Polls a job until it ends (or `until` says so), as a frontend without subscriptions would. */
export async function waitForJob(
  client: Client,
  id: string,
  until: (job: BulkJobFieldsFragment) => boolean = (job) => TERMINAL.has(job.state),
  timeoutMs = 30_000,
): Promise<BulkJobFieldsFragment> {
  const started = Date.now();
  for (;;) {
    const { bulkJob } = await client.request(BulkJobDocument, { id });
    if (until(bulkJob)) return bulkJob;
    expect(Date.now() - started, `job ${id} still ${bulkJob.state} (${bulkJob.counts.settled}/${bulkJob.counts.total})`).toBeLessThan(timeoutMs);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Every page of a job's results, following the cursors. */
export async function allPages<E extends { cursor: string }>(
  page: (after: string | undefined) => Promise<{ edges: readonly E[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } }>,
): Promise<E[]> {
  const edges: E[] = [];
  let after: string | undefined;
  for (;;) {
    const next = await page(after);
    edges.push(...next.edges);
    if (!next.pageInfo.hasNextPage) return edges;
    after = next.pageInfo.endCursor ?? undefined;
  }
}

/** POSTs NDJSON lines to /uploads. */
export async function upload(graphqlUrl: string, lines: readonly string[], headers: Record<string, string> = {}) {
  const response = await fetch(graphqlUrl.replace(/\/graphql$/, '/uploads'), {
    method: 'POST',
    headers: { 'content-type': 'application/x-ndjson', ...headers },
    body: lines.join('\n') + '\n',
  });
  return { status: response.status, body: (await response.json()) as { uploadId: string; items: number } & { errors?: { extensions: { code: string } }[] } };
}

/** GETs a job's results.ndjson, parsed. */
export async function download(graphqlUrl: string, id: string, headers: Record<string, string> = {}) {
  const response = await fetch(graphqlUrl.replace(/\/graphql$/, `/jobs/${id}/results.ndjson`), { headers });
  const text = await response.text();
  return {
    status: response.status,
    lines: response.ok
      ? text
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as Record<string, unknown>)
      : [],
    text,
  };
}
