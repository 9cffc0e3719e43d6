import type { Deadline } from '../../core/deadline.js';
import type { UnreadableField } from '../../core/unreadable-field.js';
import { type ReadCodec, SharedReads } from '../../core/read-cache/shared-reads.js';
import type { LingxingClient } from './client.js';
import {
  CURRENCIES,
  dateFromProvider,
  GOAL_EXISTS,
  type GoalRow,
  MONTHLY_KEYS,
  providerYear,
  USER_NOT_FOUND,
  type WireCurrency,
  type WireUserGoal,
} from './wire.js';

/** LingXing's calendar year of a moment (GMT+8). */
export { providerYear } from './wire.js';

/** What a goal measures. */
export type GoalMeasure = 'SALES_AMOUNT' | 'SALES_VOLUME';
/** `OVERWRITE` creates or replaces; `CREATE_ONLY` refuses a user who already has a goal. */
export type GoalWriteMode = 'OVERWRITE' | 'CREATE_ONLY';
export type GoalCurrency = (typeof CURRENCIES)[number];

export interface GoalsWrite {
  readonly year: number;
  readonly measure: GoalMeasure;
  readonly mode: GoalWriteMode;
  readonly currency: GoalCurrency;
  readonly goals: readonly { readonly uid: number; readonly monthlyValues: readonly number[] }[];
}

/** Why LingXing refused one user's goal inside an answered write. */
export type GoalRefusal = { readonly reason: 'user-not-found' } | { readonly reason: 'goal-exists' } | { readonly reason: 'refused'; readonly message: string };

export interface GoalsWritten {
  readonly traceId: string;
  /** The users whose goal was refused, by uid; every other user sent was written. */
  readonly refused: ReadonlyMap<number, GoalRefusal>;
}

/** A goal as LingXing holds it. A field LingXing sent unreadably holds an UnreadableField. */
export interface GoalRecord {
  readonly uid: number;
  readonly realName: string | null;
  readonly organizations: readonly string[];
  readonly year: number;
  readonly measure: GoalMeasure;
  readonly currency: GoalCurrency | null;
  readonly monthlyGoals: number[];
  readonly monthlyActuals: number[];
  readonly monthlyCompletionRates: number[];
  readonly yearGoal: number;
  readonly yearActual: number;
  readonly yearCompletion: number;
  readonly createdAt: Date | null | UnreadableField;
  readonly updatedAt: Date | null | UnreadableField;
}

/** LingXing's goals, in the domain's words: what modules call. The wire stays inside this folder. */
export interface GoalsPort {
  write(write: GoalsWrite, deadline: Deadline): Promise<GoalsWritten>;
  /** Deleting is idempotent: a goal gone stays gone. */
  remove(year: number, measure: GoalMeasure, uids: readonly number[], deadline: Deadline): Promise<{ readonly traceId: string; readonly deleted: number }>;
  read(year: number, measure: GoalMeasure, deadline: Deadline): Promise<GoalRecord[]>;
  /** LingXing's "this year", in its calendar (GMT+8); it accepts last, this and next year. */
  currentYear(now: number): number;
}

// Kept as the checked rows LingXing sent: a cache hit builds its goals from them as a call would.
const goalsOf = (year: number): ReadCodec<GoalOfRow[]> => ({
  encode: (goals) => JSON.stringify(goals.map((goal) => goal.row)),
  decode: (text) => (JSON.parse(text) as GoalRow[]).map((row) => new GoalOfRow(row, year)),
});
const goalsGroup = (year: number, measure: GoalMeasure) => `lingxing:goals:${year}:${measure}`;

/** The port over the real (or emulated) LingXing, through its client; every read and write goes through `reads`. */
export function lingxingGoals(client: LingxingClient, reads = new SharedReads()): GoalsPort {
  // A write may have applied even when its answer was lost: the read of its year and measure starts afresh either way.
  const written = (year: number, measure: GoalMeasure) => reads.written(goalsGroup(year, measure));
  async function send(write: GoalsWrite, deadline: Deadline): Promise<GoalsWritten> {
    const answer = await client.batchOperate(
      {
        assessYear: write.year,
        assessType: wireMeasure(write.measure),
        operateType: write.mode === 'OVERWRITE' ? 1 : 2,
        currencyCode: write.currency as WireCurrency,
        userGoalList: write.goals.map((goal) => wireGoal(goal.uid, goal.monthlyValues)),
      },
      deadline,
      write.mode === 'OVERWRITE',
    );
    return { traceId: answer.traceId, refused: new Map((answer.data ?? []).map((row) => [row.uid, refusal(row.reason)])) };
  }
  const select = async (year: number, measure: GoalMeasure, deadline: Deadline) =>
    ((await client.batchSelect({ assessYear: year, assessType: wireMeasure(measure) }, deadline)).data ?? []).map((row) => new GoalOfRow(row, year));
  return {
    write: (write, deadline) => send(write, deadline).finally(() => written(write.year, write.measure)),
    remove: (year, measure, uids, deadline) =>
      client
        .batchDelete({ assessYear: year, assessType: wireMeasure(measure), uidList: [...uids] }, deadline)
        .then((answer) => ({ traceId: answer.traceId, deleted: answer.data }))
        .finally(() => written(year, measure)),
    // Goals of one year and measure: requests reading them at once share one batchSelect and its goals.
    read: (year, measure, deadline) =>
      reads.read({ provider: 'lingxing', read: 'goals', group: goalsGroup(year, measure), entry: '' }, goalsOf(year), deadline, (own) =>
        select(year, measure, own),
      ),
    currentYear: providerYear,
  };
}

const wireMeasure = (measure: GoalMeasure) => (measure === 'SALES_AMOUNT' ? 1 : 2);

/** LingXing's row reasons, as domain refusals; an unknown reason keeps LingXing's words. */
function refusal(reason: string): GoalRefusal {
  if (reason === USER_NOT_FOUND) return { reason: 'user-not-found' };
  if (reason === GOAL_EXISTS) return { reason: 'goal-exists' };
  return { reason: 'refused', message: reason };
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

/**
 * A goal read from one checked row. The three monthly series and the two times are built the
 * first time something reads them, and kept: a query that selects neither pays for neither, and
 * requests sharing one read build each once.
 */
class GoalOfRow implements GoalRecord {
  readonly uid: number;
  readonly realName: string | null;
  readonly organizations: readonly string[];
  readonly measure: GoalMeasure;
  readonly currency: GoalCurrency | null;
  readonly yearGoal: number;
  readonly yearActual: number;
  readonly yearCompletion: number;
  private built: Partial<Record<'monthlyGoals' | 'monthlyActuals' | 'monthlyCompletionRates', number[]>> & {
    createdAt?: Date | null | UnreadableField;
    updatedAt?: Date | null | UnreadableField;
  } = {};

  constructor(
    /** As LingXing sent it, checked: what the read cache keeps. */
    readonly row: GoalRow,
    readonly year: number,
  ) {
    this.uid = row.uid;
    this.realName = row.realName ?? null;
    this.organizations = row.orgs ?? [];
    this.measure = row.assessType === 1 ? 'SALES_AMOUNT' : 'SALES_VOLUME';
    this.currency = CURRENCIES.includes(row.currencyCode as WireCurrency) ? (row.currencyCode as GoalCurrency) : null;
    this.yearGoal = row.yearGoalValue ?? 0;
    this.yearActual = row.yearRealValue ?? 0;
    this.yearCompletion = row.completeProcess ?? 0;
  }

  get monthlyGoals(): number[] {
    return (this.built.monthlyGoals ??= this.monthly('goalValue'));
  }
  get monthlyActuals(): number[] {
    return (this.built.monthlyActuals ??= this.monthly('realValue'));
  }
  get monthlyCompletionRates(): number[] {
    return (this.built.monthlyCompletionRates ??= this.monthly('completeRate'));
  }
  get createdAt(): Date | null | UnreadableField {
    return this.built.createdAt !== undefined ? this.built.createdAt : (this.built.createdAt = dateFromProvider(this.row.gmtCreate, 'gmtCreate'));
  }
  get updatedAt(): Date | null | UnreadableField {
    return this.built.updatedAt !== undefined ? this.built.updatedAt : (this.built.updatedAt = dateFromProvider(this.row.gmtModified, 'gmtModified'));
  }

  private monthly(prefix: keyof typeof MONTHLY_KEYS): number[] {
    return MONTHLY_KEYS[prefix].map((key) => this.row[key] ?? 0);
  }
}
