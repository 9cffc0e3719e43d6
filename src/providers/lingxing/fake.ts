import type { Deadline } from '../../core/deadline.js';
import type { GoalMeasure, GoalRecord, GoalRefusal, GoalsPort, GoalsWrite, GoalsWritten } from './port.js';

/**
 * An in-memory GoalsPort, for unit tests of the goals module: known users, stored goals, each
 * call recorded, and failures to throw on the next calls. It keeps LingXing's rules that the
 * module relies on (unknown users, CREATE_ONLY over an existing goal); no HTTP, no quota.
 */
export class FakeGoalsPort implements GoalsPort {
  readonly goals = new Map<string, GoalRecord>();
  readonly writes: GoalsWrite[] = [];
  readonly removals: { year: number; measure: GoalMeasure; uids: readonly number[] }[] = [];
  /** Thrown, in order, by the next calls instead of answering. */
  readonly failures: unknown[] = [];
  private calls = 0;

  constructor(
    private readonly users: ReadonlySet<number>,
    private readonly year = 2026,
  ) {}

  async write(write: GoalsWrite, _deadline: Deadline): Promise<GoalsWritten> {
    this.writes.push(write);
    this.failIfTold();
    const refused = new Map<number, GoalRefusal>();
    for (const { uid, monthlyValues } of write.goals) {
      const key = `${write.year}:${write.measure}:${uid}`;
      if (!this.users.has(uid)) refused.set(uid, { reason: 'user-not-found' });
      else if (write.mode === 'CREATE_ONLY' && this.goals.has(key)) refused.set(uid, { reason: 'goal-exists' });
      else this.goals.set(key, record(uid, write, monthlyValues));
    }
    return { traceId: this.traceId(), refused };
  }

  async remove(year: number, measure: GoalMeasure, uids: readonly number[], _deadline: Deadline) {
    this.removals.push({ year, measure, uids });
    this.failIfTold();
    let deleted = 0;
    for (const uid of uids) if (this.goals.delete(`${year}:${measure}:${uid}`)) deleted++;
    return { traceId: this.traceId(), deleted };
  }

  async read(year: number, measure: GoalMeasure, _deadline: Deadline): Promise<GoalRecord[]> {
    this.failIfTold();
    return [...this.goals.values()].filter((goal) => goal.year === year && goal.measure === measure);
  }

  currentYear(): number {
    return this.year;
  }

  private failIfTold(): void {
    if (this.failures.length > 0) throw this.failures.shift();
  }

  private traceId(): string {
    return `fake-${++this.calls}`;
  }
}

function record(uid: number, write: GoalsWrite, monthlyValues: readonly number[]): GoalRecord {
  const yearGoal = monthlyValues.reduce((sum, value) => sum + value, 0);
  return {
    uid,
    realName: `User ${uid}`,
    organizations: [],
    year: write.year,
    measure: write.measure,
    currency: write.currency,
    monthlyGoals: [...monthlyValues],
    monthlyActuals: monthlyValues.map(() => 0),
    monthlyCompletionRates: monthlyValues.map(() => 0),
    yearGoal,
    yearActual: 0,
    yearCompletion: 0,
    createdAt: null,
    updatedAt: null,
  };
}
