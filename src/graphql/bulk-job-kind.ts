import type { BatchOperation } from '../core/batch/batch-operation.js';
import { decodeJson, encodeJson } from '../core/jobs/json-codec.js';
import type { JobKind } from '../core/jobs/job-kind.js';
import { ItemError } from './item-error.js';
import { ITEM_OUTCOMES } from './item-outcomes.js';
import { Canceled, OutcomeUnknown } from './item-errors.js';
import type { BulkJobStart } from './start-bulk-job.js';

/** What a module declares for one of its batch operations to run as a bulk job. */
export interface BulkJobDeclaration<I extends object, T, R> {
  /** Its kind and where its items sit in the input (the start mutation's own). */
  readonly start: BulkJobStart;
  readonly provider: string;
  readonly parallelChunks: number;
  /** Every type of the operation's result union: how stored results are read back. */
  readonly resultTypes: readonly (new () => R)[];
  /** Makes now every id a resend must repeat (a TOP taskUniqueCode), in the input without its items. */
  prepare?(header: Partial<I>): object;
  /** The inline mutation's operation over an input: the job's header with one chunk's items. */
  operation(input: I): BatchOperation<T, R>;
}

/** A module's batch operation as a bulk job: its answers stored as `{type, fields}` JSON and read back as the same GraphQL types. */
export function bulkJobKind<I extends object, T, R extends object>(declaration: BulkJobDeclaration<I, T, R>): JobKind {
  const byName = new Map(declaration.resultTypes.map((type) => [type.name, type]));
  const { list } = declaration.start;
  const kind: JobKind<T, R> = {
    name: declaration.start.kind,
    provider: declaration.provider,
    parallelChunks: declaration.parallelChunks,
    header(input) {
      const { [list]: _items, ...header } = input as Record<string, unknown>;
      return declaration.prepare ? declaration.prepare(header as Partial<I>) : header;
    },
    operation: (header, items) => declaration.operation({ ...(header as object), [list]: [...items] } as I),
    outcomes: ITEM_OUTCOMES as unknown as JobKind<T, R>['outcomes'],
    canceled: (index) => Canceled.of(index) as unknown as R,
    cutOff: (index, safeToResend) =>
      OutcomeUnknown.of(
        index,
        'The worker sending this item stopped mid-call, so it may or may not have been applied; it was not sent again because resending it is not safe.',
        safeToResend,
      ) as unknown as R,
    describe: (result) => ({ type: result.constructor.name, failed: result instanceof ItemError }),
    // A fifth of what a settle writes to Redis was a goal's type name again and its index again.
    encodeResult(result, index) {
      const { index: own, ...fields } = result as { index?: unknown };
      return encodeJson(own === index ? fields : result);
    },
    decodeResult(typeName, json, index) {
      // Stored by a facade before this form: `[type, fields]`, the index among them.
      const [name, fields] = json.startsWith('[') ? decodeJson<[string, object]>(json) : [typeName, decodeJson<object>(json)];
      const type = byName.get(name);
      if (!type) throw new Error(`a stored result of type ${name}, which this job kind does not answer`);
      return Object.assign(new type(), 'index' in fields ? fields : { index, ...fields });
    },
    unknownType: OutcomeUnknown.name,
  };
  return kind as unknown as JobKind;
}
