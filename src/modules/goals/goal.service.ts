import { FirstIndex } from '../../core/batch/first-index.js';
import type { Clock } from '../../core/clock.js';
import type { Deadline } from '../../core/deadline.js';
import { chunk } from '../../core/batch/chunk.js';
import { OutcomeLedger } from '../../core/batch/outcome-ledger.js';
import { batchPayload } from '../../graphql/batch-payload.js';
import { settleChunk } from '../../graphql/settle-chunk.js';
import { ProviderRejected, ValidationError } from '../../graphql/item-errors.js';
import type { LingxingClient } from '../../providers/lingxing/client.js';
import { CURRENCIES, dateFromProvider, GOAL_EXISTS, type GoalRow, MONTHLY_KEYS, USER_NOT_FOUND, type WireCurrency, type WireUserGoal } from '../../providers/lingxing/wire.js';
import type { GoalsDeleteInput, GoalsUpsertInput } from './goal.inputs.js';
import {
  GoalAlreadyExists,
  GoalDeleted,
  type GoalDeleteResult,
  GoalsDeletePayload,
  GoalsUpsertPayload,
  type GoalUpsertResult,
  GoalWritten,
  UserNotFound,
} from './goal.results.js';
import type { RuleProblem } from '../../core/validation.js';
import { assessTypeFromWire, goalProblem, uidProblem, wireAssessType, wireOperateType, yearProblem } from './goal.rules.js';
import { type AssessType, type CurrencyCode, Goal, GoalWriteMode } from './goal.types.js';

export interface GoalServiceOptions {
  readonly client: LingxingClient;
  readonly clock: Clock;
  /** Goals per LingXing call (no maximum is documented). */
  readonly chunkSize: number;
  /** Calls a chunk LingXing refused whole may spend to isolate the goals it refuses. */
  readonly splitCalls: number;
}

/** How `admissible` reads one input list: its name, each item's uid, and the item's own rules. */
interface ItemRules<T> {
  readonly list: string;
  readonly uid: (item: T) => number;
  /** Where the uid sits in an item, relative to it ('' when the item is the uid). */
  readonly uidField: string;
  /** The first rule an item breaks, with its field relative to the item. */
  readonly problem: (item: T) => RuleProblem | undefined;
}

interface Pending<T> {
  readonly index: number;
  readonly item: T;
}

/** Validates goals against LingXing's rules, packs them into calls, and answers each input item once. */
export class GoalService {
  constructor(private readonly options: GoalServiceOptions) {}

  async upsert(input: GoalsUpsertInput, deadline: Deadline): Promise<GoalsUpsertPayload> {
    const ledger = new OutcomeLedger<GoalUpsertResult>(input.goals.length);
    const valid = this.admissible(input.year, input.goals, ledger, { list: 'goals', uid: (goal) => goal.uid, uidField: 'uid', problem: goalProblem });
    const traceIds: string[] = [];
    const idempotent = input.mode === GoalWriteMode.OVERWRITE;
    await Promise.all(
      chunk(valid, this.options.chunkSize).map((items, position) =>
        settleChunk(ledger, items, idempotent, async (items) => {
          const answer = await this.options.client.batchOperate(
            {
              assessYear: input.year,
              assessType: wireAssessType(input.assessType),
              operateType: wireOperateType(input.mode),
              currencyCode: input.currency as WireCurrency,
              userGoalList: items.map(({ item }) => wireGoal(item.uid, item.monthlyValues)),
            },
            deadline,
            idempotent,
          );
          traceIds.push(answer.traceId);
          const refused = new Map(answer.data.map((row) => [row.uid, row.reason]));
          return ({ index, item }) => {
            const reason = refused.get(item.uid);
            return reason === undefined ? written(index, item.uid, answer.traceId) : rowRefusal(index, item.uid, reason, answer.traceId);
          };
        }, { position, splitCalls: this.options.splitCalls }),
      ),
    );
    return batchPayload(GoalsUpsertPayload, ledger.results(), traceIds, {});
  }

  async remove(input: GoalsDeleteInput, deadline: Deadline): Promise<GoalsDeletePayload> {
    const ledger = new OutcomeLedger<GoalDeleteResult>(input.uids.length);
    const valid = this.admissible(input.year, input.uids, ledger, { list: 'uids', uid: (uid) => uid, uidField: '', problem: uidProblem });
    const traceIds: string[] = [];
    let deletedCount = 0;
    await Promise.all(
      chunk(valid, this.options.chunkSize).map((items, position) =>
        settleChunk(ledger, items, true, async (items) => {
          const answer = await this.options.client.batchDelete(
            { assessYear: input.year, assessType: wireAssessType(input.assessType), uidList: items.map(({ item }) => item) },
            deadline,
          );
          traceIds.push(answer.traceId);
          deletedCount += answer.data;
          return ({ index, item }) => Object.assign(new GoalDeleted(), { index, uid: item, traceId: answer.traceId });
        }, { position, splitCalls: this.options.splitCalls }),
      ),
    );
    return batchPayload(GoalsDeletePayload, ledger.results(), traceIds, { deletedCount });
  }

  async select(year: number, assessType: AssessType, deadline: Deadline): Promise<Goal[]> {
    const answer = await this.options.client.batchSelect({ assessYear: year, assessType: wireAssessType(assessType) }, deadline);
    return answer.data.map((row) => goalFromRow(row, year));
  }

  yearProblem(year: number): string | undefined {
    return yearProblem(year, this.options.clock.now());
  }

  /**
   * Settles every item that breaks a rule (the batch's year, the item's own rules, a uid
   * already earlier in the batch) and answers the rest, with their input indexes.
   */
  private admissible<T, R>(year: number, items: readonly T[], ledger: OutcomeLedger<R | ValidationError>, rules: ItemRules<T>): Pending<T>[] {
    const badYear = this.yearProblem(year);
    const firstIndexOfUid = new FirstIndex<number>();
    const valid: Pending<T>[] = [];
    // Field paths are only spelled out for items that get an error.
    const field = (index: number, relative: string) => (relative ? `${rules.list}[${index}].${relative}` : `${rules.list}[${index}]`);
    items.forEach((item, index) => {
      if (badYear) return ledger.settle(index, ValidationError.of(index, 'year', badYear));
      const problem = rules.problem(item);
      if (problem) return ledger.settle(index, ValidationError.of(index, field(index, problem.field), problem.message));
      const uid = rules.uid(item);
      const earlier = firstIndexOfUid.earlier(uid, index);
      if (earlier !== undefined) {
        // Two writes for one user in one call would race inside the provider.
        return ledger.settle(index, ValidationError.of(index, field(index, rules.uidField), `uid ${uid} already appears at index ${earlier}; send each user once per batch.`));
      }
      valid.push({ index, item });
    });
    return valid;
  }
}

/** One literal, keys in ASCII order (uid, value1, value10, value11, value12, value2…) as LingXing signs them, so signing copies nothing. */
function wireGoal(uid: number, v: readonly number[]): WireUserGoal {
  return {
    uid,
    value1: v[0]!,
    value10: v[9]!,
    value11: v[10]!,
    value12: v[11]!,
    value2: v[1]!,
    value3: v[2]!,
    value4: v[3]!,
    value5: v[4]!,
    value6: v[5]!,
    value7: v[6]!,
    value8: v[7]!,
    value9: v[8]!,
  };
}

function written(index: number, uid: number, traceId: string): GoalWritten {
  return Object.assign(new GoalWritten(), { index, uid, traceId });
}

/** The provider's row reasons, as domain errors; an unknown reason keeps the provider's words. */
function rowRefusal(index: number, uid: number, reason: string, traceId: string): GoalUpsertResult {
  if (reason === USER_NOT_FOUND) return UserNotFound.of(index, uid);
  if (reason === GOAL_EXISTS) return GoalAlreadyExists.of(index, uid);
  return ProviderRejected.of(index, { message: `LingXing refused the goal of user ${uid}: ${reason}`, providerCode: 'ROW', providerMessage: reason, traceId });
}

function goalFromRow(row: GoalRow, year: number): Goal {
  const monthly = (prefix: keyof typeof MONTHLY_KEYS) => MONTHLY_KEYS[prefix].map((key) => row[key] ?? 0);
  const currency = CURRENCIES.includes(row.currencyCode as WireCurrency) ? (row.currencyCode as CurrencyCode) : null;
  return Object.assign(new Goal(), {
    uid: row.uid,
    realName: row.realName ?? null,
    organizations: row.orgs ?? [],
    year,
    assessType: assessTypeFromWire(row.assessType),
    currency,
    monthlyGoals: monthly('goalValue'),
    monthlyActuals: monthly('realValue'),
    monthlyCompletionRates: monthly('completeRate'),
    yearGoal: row.yearGoalValue ?? 0,
    yearActual: row.yearRealValue ?? 0,
    yearCompletion: row.completeProcess ?? 0,
    createdAt: dateFromProvider(row.gmtCreate, 'gmtCreate'),
    updatedAt: dateFromProvider(row.gmtModified, 'gmtModified'),
  });
}
