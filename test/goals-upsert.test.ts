import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GoalsUpsertDocument } from '../src/client/index.js';
import { PATHS } from '../src/providers/lingxing/wire.js';
import { calls, goalsInput, type Harness, startHarness, thisYear, twelve } from './support/harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());

describe('goalsUpsert', () => {
  it('answers 500 goals with three bad rows as 497 successes and 3 typed errors at their indexes', async () => {
    const input = goalsInput(Array.from({ length: 500 }, (_, i) => 100_001 + i));
    input.goals[7]!.monthlyValues = twelve(1).slice(0, 11); // eleven months
    input.goals[250]!.uid = 999_999_999; // no such LingXing user
    input.goals[499]!.monthlyValues[3] = -5; // negative goal
    const before = calls(harness, PATHS.batchOperate);

    const { goalsUpsert } = await harness.client.request(GoalsUpsertDocument, { input });

    expect(goalsUpsert.results).toHaveLength(500);
    expect(goalsUpsert.succeeded).toBe(497);
    expect(goalsUpsert.failed).toBe(3);
    goalsUpsert.results.forEach((result, index) => expect(result.index).toBe(index));
    expect(goalsUpsert.results[7]).toMatchObject({
      __typename: 'ValidationError',
      code: 'VALIDATION_FAILED',
      field: 'goals[7].monthlyValues',
      retryable: false,
    });
    expect(goalsUpsert.results[250]).toMatchObject({ __typename: 'UserNotFound', code: 'USER_NOT_FOUND', uid: 999_999_999 });
    expect(goalsUpsert.results[499]).toMatchObject({ __typename: 'ValidationError', field: 'goals[499].monthlyValues[3]' });
    const written = goalsUpsert.results.filter((result) => result.__typename === 'GoalWritten');
    expect(written).toHaveLength(497);
    // Every success is in the provider's store with the values sent.
    for (const result of written) {
      const sent = input.goals[result.index]!;
      expect(harness.lingxing.store.get(thisYear, 1, sent.uid)?.values).toEqual(sent.monthlyValues);
    }
    expect(harness.lingxing.store.get(thisYear, 1, input.goals[7]!.uid)).toBeUndefined();
    // 498 valid rows at the default chunk of 100: five calls, each trace id reported.
    expect(calls(harness, PATHS.batchOperate) - before).toBe(5);
    expect(new Set(goalsUpsert.traceIds).size).toBe(5);
  });

  it('refuses a uid repeated in one batch for the later item only', async () => {
    const input = goalsInput([101_001, 101_002, 101_001]);
    const { goalsUpsert } = await harness.client.request(GoalsUpsertDocument, { input });
    expect(goalsUpsert.results.map((result) => result.__typename)).toEqual(['GoalWritten', 'GoalWritten', 'ValidationError']);
    expect(goalsUpsert.results[2]).toMatchObject({ field: 'goals[2].uid', message: expect.stringContaining('index 0') });
  });

  it('names the uid of the goal whose uid is not positive', async () => {
    const input = goalsInput([101_101, 0]);
    const { goalsUpsert } = await harness.client.request(GoalsUpsertDocument, { input });
    expect(goalsUpsert.results[0]).toMatchObject({ __typename: 'GoalWritten' });
    expect(goalsUpsert.results[1]).toMatchObject({ __typename: 'ValidationError', field: 'goals[1].uid', message: 'uid must be a positive integer.' });
  });

  it('answers GoalAlreadyExists in CREATE_ONLY mode and replaces the goal in OVERWRITE mode', async () => {
    await harness.client.request(GoalsUpsertDocument, { input: goalsInput([102_001]) });
    const createOnly = goalsInput([102_001, 102_002], { mode: 'CREATE_ONLY' });
    createOnly.goals[0]!.monthlyValues = twelve(900);
    const first = await harness.client.request(GoalsUpsertDocument, { input: createOnly });
    expect(first.goalsUpsert.results[0]).toMatchObject({ __typename: 'GoalAlreadyExists', code: 'GOAL_ALREADY_EXISTS', uid: 102_001 });
    expect(first.goalsUpsert.results[1]).toMatchObject({ __typename: 'GoalWritten', uid: 102_002 });
    expect(harness.lingxing.store.get(thisYear, 1, 102_001)?.values).toEqual(twelve(1));

    const overwrite = goalsInput([102_001]);
    overwrite.goals[0]!.monthlyValues = twelve(900);
    const second = await harness.client.request(GoalsUpsertDocument, { input: overwrite });
    expect(second.goalsUpsert.results[0]).toMatchObject({ __typename: 'GoalWritten' });
    expect(harness.lingxing.store.get(thisYear, 1, 102_001)?.values).toEqual(twelve(900));
  });

  it('refuses every goal of a year LingXing does not accept, without calling it', async () => {
    const before = calls(harness, PATHS.batchOperate);
    const { goalsUpsert } = await harness.client.request(GoalsUpsertDocument, { input: goalsInput([103_001, 103_002], { year: thisYear + 2 }) });
    expect(goalsUpsert.failed).toBe(2);
    for (const result of goalsUpsert.results) expect(result).toMatchObject({ __typename: 'ValidationError', field: 'year' });
    expect(calls(harness, PATHS.batchOperate)).toBe(before);
  });

  it('answers an empty batch with no results and no call', async () => {
    const before = calls(harness, PATHS.batchOperate);
    const { goalsUpsert } = await harness.client.request(GoalsUpsertDocument, { input: goalsInput([]) });
    expect(goalsUpsert).toMatchObject({ results: [], succeeded: 0, failed: 0, traceIds: [] });
    expect(calls(harness, PATHS.batchOperate)).toBe(before);
  });

  it('rejects a malformed request as a whole with a top-level error', async () => {
    const response = await harness.client.execute(GoalsUpsertDocument, {
      input: { ...goalsInput([1]), currency: 'XXX' as never },
    });
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.message).toMatch(/currency/i);
  });
});
