import type { BatchOperateRequest, WireAssessType, WireCurrency } from './wire.js';
import { GOAL_EXISTS, MONTHS, USER_NOT_FOUND } from './wire.js';

export interface EmulatedUser {
  readonly uid: number;
  readonly realName: string;
  readonly orgs: readonly string[];
}

export interface StoredGoal {
  readonly uid: number;
  readonly assessYear: number;
  readonly assessType: WireAssessType;
  readonly currencyCode: WireCurrency;
  readonly values: readonly number[];
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** Seeded users: the page's examples (1001, 100109) and uids 100001 on, 20,000 of them unless told more. */
export function seedUsers(count = 20_000): Map<number, EmulatedUser> {
  const users = new Map<number, EmulatedUser>();
  const add = (uid: number, realName: string, org: string) => users.set(uid, { uid, realName, orgs: [org] });
  add(1001, 'Example User', 'Sales');
  for (let uid = 100_001; uid <= 100_000 + count; uid++) add(uid, `User ${uid}`, uid % 2 ? 'Sales East' : 'Sales West');
  return users;
}

/** The emulator's goals, keyed by (year, type, uid). */
export class LingxingGoalStore {
  readonly users: Map<number, EmulatedUser>;

  constructor(userCount?: number) {
    this.users = seedUsers(userCount);
  }

  private readonly goals = new Map<string, StoredGoal>();

  /** Applies one batchOperate and answers the rows it refused. */
  operate(request: BatchOperateRequest, now: number): { uid: number; reason: string }[] {
    const refused: { uid: number; reason: string }[] = [];
    for (const row of request.userGoalList) {
      if (!this.users.has(row.uid)) {
        refused.push({ uid: row.uid, reason: USER_NOT_FOUND });
        continue;
      }
      const key = goalKey(request.assessYear, request.assessType, row.uid);
      const existing = this.goals.get(key);
      // Evidence from the page: "update" (2) refuses a user whose goal already exists.
      if (existing && request.operateType === 2) {
        refused.push({ uid: row.uid, reason: GOAL_EXISTS });
        continue;
      }
      this.goals.set(key, {
        uid: row.uid,
        assessYear: request.assessYear,
        assessType: request.assessType,
        currencyCode: request.currencyCode,
        values: MONTHS.map((month) => row[`value${month}`]),
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
      });
    }
    return refused;
  }

  select(assessYear: number, assessType: WireAssessType): StoredGoal[] {
    return [...this.goals.values()].filter((goal) => goal.assessYear === assessYear && goal.assessType === assessType);
  }

  delete(assessYear: number, assessType: WireAssessType, uids: readonly number[]): number {
    let deleted = 0;
    for (const uid of new Set(uids)) if (this.goals.delete(goalKey(assessYear, assessType, uid))) deleted++;
    return deleted;
  }

  /** Test hook: one goal as stored. */
  get(assessYear: number, assessType: WireAssessType, uid: number): StoredGoal | undefined {
    return this.goals.get(goalKey(assessYear, assessType, uid));
  }

  get size(): number {
    return this.goals.size;
  }
}

function goalKey(year: number, type: number, uid: number): string {
  return `${year}:${type}:${uid}`;
}
