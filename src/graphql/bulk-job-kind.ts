import type { BatchOperation } from '../core/batch/batch-operation.js';
import { decodeJson, encodeJson } from '../core/jobs/json-codec.js';
import type { JobKind } from '../core/jobs/job-kind.js';
import { ItemError } from './item-error.js';
import { ITEM_OUTCOMES } from './item-outcomes.js';
import { Canceled, OutcomeUnknown } from './item-errors.js';

/** What a module declares for one of its batch operations to run as a bulk job. */
export interface BulkJobDeclaration<T, R> {
  readonly name: string;
  readonly provider: string;
  readonly parallelChunks: number;
  /** Every type of the operation's result union: how stored results are read back. */
  readonly resultTypes: readonly (new () => R)[];
  header(input: object): unknown;
  operation(header: unknown, items: readonly T[]): BatchOperation<T, R>;
}

/** A module's batch operation as a bulk job: its answers stored as `{type, fields}` JSON and read back as the same GraphQL types. */
export function bulkJobKind<T, R extends object>(declaration: BulkJobDeclaration<T, R>): JobKind {
  const byName = new Map(declaration.resultTypes.map((type) => [type.name, type]));
  const kind: JobKind<T, R> = {
    name: declaration.name,
    provider: declaration.provider,
    parallelChunks: declaration.parallelChunks,
    header: (input) => declaration.header(input),
    operation: (header, items) => declaration.operation(header, items),
    outcomes: ITEM_OUTCOMES as unknown as JobKind<T, R>['outcomes'],
    canceled: (index) => Canceled.of(index) as unknown as R,
    cutOff: (index, safeToResend) =>
      OutcomeUnknown.of(
        index,
        'The worker sending this item stopped mid-call, so it may or may not have been applied; it was not sent again because resending it is not safe.',
        safeToResend,
      ) as unknown as R,
    describe: (result) => ({ type: result.constructor.name, failed: result instanceof ItemError }),
    encodeResult: (result) => encodeJson([result.constructor.name, result]),
    decodeResult(json) {
      const [name, fields] = decodeJson<[string, object]>(json);
      const type = byName.get(name);
      if (!type) throw new Error(`a stored result of type ${name}, which this job kind does not answer`);
      return Object.assign(new type(), fields);
    },
    unknownType: OutcomeUnknown.name,
  };
  return kind as unknown as JobKind;
}

/** An input without its items: what a job stores once, beside its chunks. */
export function withoutItems<I extends object, K extends keyof I>(input: I, list: K): Omit<I, K> {
  const { [list]: _items, ...header } = input;
  return header;
}
