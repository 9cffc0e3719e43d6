import { coerceInputValue, GraphQLError, type GraphQLResolveInfo, isInputType } from 'graphql';
import type { JobRecord } from '../core/jobs/job-record.js';
import { UnreadableLine } from '../core/jobs/bulk-jobs.js';
import { fieldPath } from '../core/validation.js';
import type { FacadeContext } from '../context.js';
import { compiledInputReader } from './jit-executor.js';

/** How a module's start mutation names what it starts. */
export interface BulkJobStart {
  /** The job kind (`goalsUpsert`). */
  readonly kind: string;
  /** Where the items sit in the input (`goals`). */
  readonly list: string;
  /** The GraphQL input type of one item (`GoalInput`): each upload line is read as one. */
  readonly itemType: string;
}

/**
 * Starts a bulk job from a start mutation's input: its items inline, or (with `uploadId`) the
 * lines of an NDJSON upload, each read as the item's input type exactly as GraphQL reads inline
 * items; a line that does not read is that item's ValidationError, naming its line.
 */
export async function startBulkJob(
  context: FacadeContext,
  info: GraphQLResolveInfo,
  start: BulkJobStart,
  input: object,
  uploadId: string | null | undefined,
): Promise<JobRecord> {
  const { bulkJobs, uploads, config } = context.services.jobs;
  let items = (input as Record<string, unknown>)[start.list] as unknown[];
  if (uploadId) {
    if (items.length > 0) {
      throw new GraphQLError(`Give the items either in input.${start.list} or as uploadId, not both.`, {
        extensions: { code: 'BAD_USER_INPUT', field: `input.${start.list}` },
      });
    }
    const lines = await uploads.take(uploadId, context.principal.id);
    if (!lines)
      throw new GraphQLError(`No upload ${uploadId} of yours is waiting (each upload starts one job, within a day).`, {
        extensions: { code: 'NOT_FOUND', field: 'uploadId' },
      });
    items = readLines(info, start, lines);
  }
  if (items.length > config.maxItems) {
    throw new GraphQLError(
      `A bulk job takes at most ${config.maxItems.toLocaleString('en')} items (BULK_MAX_ITEMS); got ${items.length.toLocaleString('en')}.`,
      {
        extensions: { code: 'BAD_USER_INPUT', max: config.maxItems },
      },
    );
  }
  return bulkJobs.start(start.kind, context.principal.id, input, items);
}

function readLines(info: GraphQLResolveInfo, start: BulkJobStart, lines: readonly string[]): unknown[] {
  const type = info.schema.getType(start.itemType);
  if (!type || !isInputType(type)) throw new Error(`no input type ${start.itemType}`);
  // Compiled once per upload, as inline items are read; a line it refuses is read again by graphql-js, for its message and field.
  const compiled = compiledInputReader(info.schema, start.itemType);
  return lines.map((line, index) => {
    const where = `line ${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      return new UnreadableLine({ field: '', message: `${where} is not JSON: ${(error as Error).message}` });
    }
    const read = compiled?.(value);
    if (read) return read.value;
    let problem: { field: string; message: string } | undefined;
    const item = coerceInputValue(value, type, (path, _invalid, error) => {
      problem ??= { field: fieldPath(path), message: `${where}: ${error.message}` };
    });
    return problem ? new UnreadableLine(problem) : item;
  });
}
