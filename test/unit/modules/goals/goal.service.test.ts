import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../../src/core/clock.js';
import { Deadline } from '../../../../src/core/deadline.js';
import { ProviderFailure } from '../../../../src/core/http/provider-failure.js';
import type { GoalsDeleteInput, GoalsUpsertInput } from '../../../../src/modules/goals/goal.inputs.js';
import { GoalService } from '../../../../src/modules/goals/goal.service.js';
import { AssessType, CurrencyCode, GoalOfRecord, GoalWriteMode } from '../../../../src/modules/goals/goal.types.js';
import { FakeGoalsPort } from '../../../../src/providers/lingxing/fake.js';

const twelve = (value: number) => Array.from({ length: 12 }, () => value);
const upsert = (uids: number[], extra: Partial<GoalsUpsertInput> = {}) =>
  ({
    year: 2026,
    assessType: AssessType.SALES_AMOUNT,
    currency: CurrencyCode.CNY,
    mode: GoalWriteMode.OVERWRITE,
    goals: uids.map((uid) => ({ uid, monthlyValues: twelve(uid % 10) })),
    ...extra,
  }) as GoalsUpsertInput;

function service(users = [1, 2, 3, 4, 5]) {
  const port = new FakeGoalsPort(new Set(users), 2026);
  return { port, goals: new GoalService({ port, clock: new ManualClock(Date.UTC(2026, 5, 1)), chunkSize: 2, splitCalls: 0 }) };
}

describe('GoalService', () => {
  it('writes goals in chunks and answers each: written, unknown user, repeated uid, broken rule', async () => {
    const { port, goals } = service();
    const input = upsert([1, 9, 2, 1, 3]);
    input.goals[4] = { uid: 3, monthlyValues: [1] };
    const payload = await goals.upsert(input, Deadline.in(1_000));
    expect(payload.results.map((result) => result.constructor.name)).toEqual([
      'GoalWritten',
      'UserNotFound',
      'GoalWritten',
      'ValidationError',
      'ValidationError',
    ]);
    expect(payload.results[3]).toMatchObject({ field: 'goals[3].uid', message: expect.stringContaining('index 0') });
    expect(payload.results[4]).toMatchObject({ field: 'goals[4].monthlyValues' });
    expect(payload).toMatchObject({ succeeded: 2, failed: 3, traceIds: ['fake-1', 'fake-2'] });
    expect(port.writes.map((write) => write.goals.map((goal) => goal.uid))).toEqual([[1, 9], [2]]);
  });

  it('answers every goal of a year LingXing does not take as a ValidationError on year, sending nothing', async () => {
    const { port, goals } = service();
    const payload = await goals.upsert(upsert([1, 2], { year: 2029 }), Deadline.in(1_000));
    for (const result of payload.results) expect(result).toMatchObject({ code: 'VALIDATION_FAILED', field: 'year' });
    expect(port.writes).toHaveLength(0);
  });

  it('in CREATE_ONLY answers GoalAlreadyExists, and a lost answer by reading LingXing back: not applied, so safe to send again', async () => {
    const { port, goals } = service();
    await goals.upsert(upsert([1]), Deadline.in(1_000));
    const again = await goals.upsert(upsert([1], { mode: GoalWriteMode.CREATE_ONLY }), Deadline.in(1_000));
    expect(again.results[0]).toMatchObject({ code: 'GOAL_ALREADY_EXISTS', uid: 1 });
    port.failures.push(new ProviderFailure('outcome-unknown', 'LingXing: the answer was lost', { provider: 'lingxing' }));
    const lost = await goals.upsert(upsert([2], { mode: GoalWriteMode.CREATE_ONLY }), Deadline.in(1_000));
    expect(lost.results[0]).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', retryable: true, message: expect.stringContaining('not applied') });
  });

  it('leaves a lost answer unknown when the read-back fails too', async () => {
    const { port, goals } = service();
    port.failures.push(new ProviderFailure('outcome-unknown', 'LingXing: the answer was lost', { provider: 'lingxing' }));
    port.failures.push(new ProviderFailure('not-sent', 'LingXing: unreachable', { provider: 'lingxing' }));
    const lost = await goals.upsert(upsert([3], { mode: GoalWriteMode.CREATE_ONLY }), Deadline.in(1_000));
    expect(lost.results[0]).toMatchObject({ code: 'OUTCOME_UNKNOWN', retryable: false });
  });

  it('deletes, counting what LingXing deleted, and reads goals as the schema type', async () => {
    const { goals } = service();
    await goals.upsert(upsert([1, 2]), Deadline.in(1_000));
    const read = await goals.select(2026, AssessType.SALES_AMOUNT, Deadline.in(1_000));
    expect(read[0]).toBeInstanceOf(GoalOfRecord);
    expect(read.map((goal) => [goal.uid, goal.assessType, goal.yearGoal])).toEqual([
      [1, 'SALES_AMOUNT', 12],
      [2, 'SALES_AMOUNT', 24],
    ]);
    const deleted = await goals.remove({ year: 2026, assessType: AssessType.SALES_AMOUNT, uids: [1, 2, 5] } as GoalsDeleteInput, Deadline.in(1_000));
    expect(deleted).toMatchObject({ deletedCount: 2, succeeded: 3 });
  });
});
