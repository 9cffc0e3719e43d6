import { describe, expect, it } from 'vitest';
import { goalRows } from '../../../../src/providers/lingxing/wire.js';

const row = (extra: Record<string, unknown> = {}) => ({ uid: 7, assessType: 1, goalValue1: 100, realValue12: null, completeRate3: 0.5, ...extra });

describe('LingXing read rows', () => {
  it('reads numbers that are present, null or absent, and keeps them as sent', () => {
    const parsed = goalRows.parse([row({ yearGoalValue: 1200, gmtCreate: '2026-01-02 03:04:05' })])!;
    expect(parsed[0]).toMatchObject({ uid: 7, goalValue1: 100, realValue12: null, completeRate3: 0.5, yearGoalValue: 1200 });
    expect(parsed[0]!.goalValue2).toBeUndefined();
  });

  it('takes a null list as it is (the port reads it as no rows)', () => {
    expect(goalRows.parse(null)).toBeNull();
  });

  it('refuses a row whose number is not one, naming the row and the field', () => {
    const result = goalRows.safeParse([row(), row({ goalValue7: '12' })]);
    expect(result.success).toBe(false);
    expect(result.error!.issues).toHaveLength(1);
    expect(result.error!.issues[0]).toMatchObject({ path: [1, 'goalValue7'], message: 'goalValue7 must be a number or null' });
    expect(goalRows.safeParse([row({ completeProcess: true })]).error!.issues[0]!.path).toEqual([0, 'completeProcess']);
  });

  it('refuses a row without its uid, with a uid that is not a number, or that is not an object', () => {
    expect(goalRows.safeParse([{ assessType: 1 }]).error!.issues[0]!.path).toEqual([0, 'uid']);
    expect(goalRows.safeParse([row({ uid: '7' })]).success).toBe(false);
    expect(goalRows.safeParse([row(), 'row']).error!.issues[0]).toMatchObject({ path: [1], message: 'a goal row must be an object' });
    expect(goalRows.safeParse([row(), null]).success).toBe(false);
  });

  it('checks the text fields and times, and lets fields the facade does not use through', () => {
    expect(goalRows.safeParse([row({ orgs: ['Sales', 3] })]).error!.issues[0]!.path).toEqual([0, 'orgs']);
    expect(goalRows.safeParse([row({ realName: 5 })]).error!.issues[0]!.path).toEqual([0, 'realName']);
    // A time's format is not documented: the row passes, and an unreadable time fails only its own field (dateFromProvider).
    expect(goalRows.safeParse([row({ gmtModified: {} })]).success).toBe(true);
    const parsed = goalRows.parse([row({ orgs: ['Sales'], gmtModified: 1_700_000_000_000, somethingNew: { a: 1 } })])!;
    expect(parsed[0]).toMatchObject({ orgs: ['Sales'], gmtModified: 1_700_000_000_000, somethingNew: { a: 1 } });
  });
});
