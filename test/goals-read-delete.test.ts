import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { GoalsDeleteDocument, GoalsDocument, GoalsUpsertDocument } from '../src/client/index.js';
import { PATHS } from '../src/providers/lingxing/wire.js';
import { calls, goalsInput, type Harness, startHarness, thisYear, twelve } from './support/harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
  await harness.client.request(GoalsUpsertDocument, { input: goalsInput([110_001, 110_002, 110_003]) });
  await harness.client.request(GoalsUpsertDocument, { input: { ...goalsInput([110_004]), assessType: 'SALES_VOLUME' } });
});
afterAll(() => harness.close());

// Several goals fields in one request: the per-request DataLoader must merge them.
type Uids = { uid: number }[];
const ThreeReads: TypedDocumentNode<{ first: Uids; second: Uids; all: Uids; volume: { uid: number; assessType: string }[] }, { year: number }> = parse(`
  query ThreeGoalReads($year: Int!) {
    first: goals(year: $year, assessType: SALES_AMOUNT, uids: [110001]) { uid }
    second: goals(year: $year, assessType: SALES_AMOUNT, uids: [110003, 110002]) { uid }
    all: goals(year: $year, assessType: SALES_AMOUNT) { uid }
    volume: goals(year: $year, assessType: SALES_VOLUME) { uid assessType }
  }
`);

describe('goals query', () => {
  it('reads goals back with their values, filtered and ordered by uids', async () => {
    const { goals } = await harness.client.request(GoalsDocument, { year: thisYear, assessType: 'SALES_AMOUNT', uids: [110_002, 999, 110_001] });
    expect(goals.map((goal) => goal.uid)).toEqual([110_002, 110_001]);
    expect(goals[0]).toMatchObject({
      realName: 'User 110002',
      year: thisYear,
      assessType: 'SALES_AMOUNT',
      currency: 'CNY',
      monthlyGoals: twelve(2),
      yearGoal: twelve(2).reduce((a, b) => a + b, 0),
    });
    expect(Date.parse(goals[0]!.createdAt!)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('sends one batchSelect per (year, assessType) however many goals fields a request has', async () => {
    const before = calls(harness, PATHS.batchSelect);
    const data = await harness.client.request(ThreeReads, { year: thisYear });
    expect(calls(harness, PATHS.batchSelect) - before).toBe(2);
    expect(data.first.map((goal) => goal.uid)).toEqual([110_001]);
    expect(data.second.map((goal) => goal.uid)).toEqual([110_003, 110_002]);
    expect(data.all.map((goal) => goal.uid).sort()).toEqual([110_001, 110_002, 110_003]);
    expect(data.volume).toEqual([{ uid: 110_004, assessType: 'SALES_VOLUME' }]);
  });

  it('refuses a year LingXing does not accept with BAD_USER_INPUT, without calling it', async () => {
    const before = calls(harness, PATHS.batchSelect);
    const response = await harness.client.execute(GoalsDocument, { year: thisYear - 2, assessType: 'SALES_AMOUNT' });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    expect(calls(harness, PATHS.batchSelect)).toBe(before);
  });
});

describe('goalsDelete', () => {
  it('deletes goals, answers every uid, and reports how many goals existed', async () => {
    const { goalsDelete } = await harness.client.request(GoalsDeleteDocument, {
      input: { year: thisYear, assessType: 'SALES_AMOUNT', uids: [110_001, 110_002, 555_555, -4, 110_001] },
    });
    expect(goalsDelete.results.map((result) => result.__typename)).toEqual(['GoalDeleted', 'GoalDeleted', 'GoalDeleted', 'ValidationError', 'ValidationError']);
    expect(goalsDelete.results[3]).toMatchObject({ field: 'uids[3]', code: 'VALIDATION_FAILED' });
    expect(goalsDelete.results[4]).toMatchObject({ field: 'uids[4]', message: expect.stringContaining('index 0') });
    expect(goalsDelete).toMatchObject({ succeeded: 3, failed: 2, deletedCount: 2 });
    expect(harness.lingxing.store.get(thisYear, 1, 110_001)).toBeUndefined();
    expect(harness.lingxing.store.get(thisYear, 1, 110_003)).toBeDefined();
  });
});
