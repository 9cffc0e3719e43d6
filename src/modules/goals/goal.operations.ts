import type { BatchOperation, UniqueKey } from '../../core/batch/batch-operation.js';
import type { RuleProblem } from '../../core/validation.js';
import { ProviderRejected, ProviderUnavailable } from '../../graphql/item-errors.js';
import type { GoalRefusal, GoalsPort } from '../../providers/lingxing/port.js';
import type { GoalInput, GoalsDeleteInput, GoalsUpsertInput } from './goal.inputs.js';
import { GoalAlreadyExists, GoalDeleted, type GoalDeleteResult, type GoalUpsertResult, GoalWritten, UserNotFound } from './goal.results.js';
import { goalProblem, uidProblem } from './goal.rules.js';
import { GoalWriteMode } from './goal.types.js';

export interface GoalOperationOptions {
  readonly port: GoalsPort;
  /** Goals per LingXing call (no maximum is documented). */
  readonly chunkSize: number;
  /** Calls a chunk LingXing refused whole may spend to isolate the goals it refuses. */
  readonly splitCalls: number;
}

/** What one run of an operation gathers besides its results. */
export interface GoalRun {
  readonly traceIds: string[];
  deletedCount: number;
}

// Two writes for one user in one call would race inside the provider.
const oncePerUser = <T>(of: (item: T) => number, field: string): UniqueKey<T> => ({
  of,
  field,
  repeated: (uid, earlier) => `uid ${uid} already appears at index ${earlier}; send each user once per batch.`,
});

/** goalsUpsert: LingXing batchOperate, a user once per batch; resent only when it overwrites. */
export function goalsUpsert(
  input: GoalsUpsertInput,
  batchProblem: RuleProblem | undefined,
  options: GoalOperationOptions,
  run: GoalRun,
): BatchOperation<GoalInput, GoalUpsertResult> {
  return {
    list: 'goals',
    items: input.goals,
    batchProblem,
    itemProblem: goalProblem,
    uniqueKey: oncePerUser((goal) => goal.uid, 'uid'),
    chunkSize: options.chunkSize,
    safeToResend: input.mode === GoalWriteMode.OVERWRITE,
    splitCalls: options.splitCalls,
    async send(items, _part, deadline) {
      const goals = items.map(({ item }) => item);
      const { traceId, refused } = await options.port.write(
        { year: input.year, measure: input.assessType, mode: input.mode, currency: input.currency, goals },
        deadline,
      );
      run.traceIds.push(traceId);
      return ({ index, item }) => {
        const refusal = refused.get(item.uid);
        return refusal ? goalRefused(index, item.uid, refusal, traceId) : Object.assign(new GoalWritten(), { index, uid: item.uid, traceId });
      };
    },
    // A goal read back with exactly the values sent was written; no goal at all, not written. A goal
    // with other values says nothing certain (another writer, or an earlier goal CREATE_ONLY kept).
    async resolveUnknown(items, deadline) {
      const held = new Map((await options.port.read(input.year, input.assessType, deadline)).map((record) => [record.uid, record.monthlyGoals]));
      const found = new Map<number, GoalUpsertResult>();
      for (const { index, item } of items) {
        const values = held.get(item.uid);
        if (values === undefined) found.set(index, notApplied(index, `LingXing holds no goal for user ${item.uid}`));
        else if (sameValues(values, item.monthlyValues)) found.set(index, Object.assign(new GoalWritten(), { index, uid: item.uid, traceId: '' }));
      }
      return found;
    },
  };
}

/** goalsDelete: LingXing batchDelete, idempotent (a goal gone stays gone). */
export function goalsDelete(
  input: GoalsDeleteInput,
  batchProblem: RuleProblem | undefined,
  options: GoalOperationOptions,
  run: GoalRun,
): BatchOperation<number, GoalDeleteResult> {
  return {
    list: 'uids',
    items: input.uids,
    batchProblem,
    itemProblem: uidProblem,
    uniqueKey: oncePerUser((uid) => uid, ''),
    chunkSize: options.chunkSize,
    safeToResend: true,
    splitCalls: options.splitCalls,
    async send(items, _part, deadline) {
      const { traceId, deleted } = await options.port.remove(
        input.year,
        input.assessType,
        items.map(({ item }) => item),
        deadline,
      );
      run.traceIds.push(traceId);
      run.deletedCount += deleted;
      return ({ index, item }) => Object.assign(new GoalDeleted(), { index, uid: item, traceId });
    },
    async resolveUnknown(items, deadline) {
      const held = new Set((await options.port.read(input.year, input.assessType, deadline)).map((record) => record.uid));
      return new Map(
        items.map(({ index, item }) => [
          index,
          held.has(item)
            ? notApplied(index, `LingXing still holds the goal of user ${item}`)
            : Object.assign(new GoalDeleted(), { index, uid: item, traceId: '' }),
        ]),
      );
    },
  };
}

/** A lost answer a read-back showed was not applied: safe to send again. */
function notApplied(index: number, found: string): ProviderUnavailable {
  return ProviderUnavailable.of(index, `The answer was lost, and a read-back found the change not applied (${found}); send it again.`);
}

/** Whether LingXing's monthly goals are the values sent (it keeps two decimals). */
function sameValues(held: readonly number[], sent: readonly number[]): boolean {
  return held.length === sent.length && held.every((value, month) => Math.abs(value - sent[month]!) < 0.005);
}

/** A user's goal LingXing refused, as the domain's error types; an unknown reason keeps LingXing's words. */
function goalRefused(index: number, uid: number, refusal: GoalRefusal, traceId: string): GoalUpsertResult {
  switch (refusal.reason) {
    case 'user-not-found':
      return UserNotFound.of(index, uid);
    case 'goal-exists':
      return GoalAlreadyExists.of(index, uid);
    case 'refused':
      return ProviderRejected.of(index, {
        message: `LingXing refused the goal of user ${uid}: ${refusal.message}`,
        providerCode: 'ROW',
        providerMessage: refusal.message,
        traceId,
      });
  }
}
