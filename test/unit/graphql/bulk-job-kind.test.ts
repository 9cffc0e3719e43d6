import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { bulkJobKind } from '../../../src/graphql/bulk-job-kind.js';
import { QuotaExhausted, ValidationError } from '../../../src/graphql/item-errors.js';
import { GoalWritten } from '../../../src/modules/goals/goal.results.js';

const kind = bulkJobKind<object, unknown, object>({
  start: { kind: 'k', list: 'items', itemType: 'Int' },
  provider: 'p',
  parallelChunks: 1,
  resultTypes: [GoalWritten, ValidationError, QuotaExhausted],
  operation: () => {
    throw new Error('not run here');
  },
});
const roundTrip = (result: object, index: number) => kind.decodeResult(kind.describe(result).type, kind.encodeResult(result, index), index);

describe('a bulk job kind stores a result', () => {
  it('as its fields alone (its type and index are stored beside it), and reads it back as the same type', () => {
    const written = Object.assign(new GoalWritten(), { index: 41, uid: 100_042, traceId: 't-1' });
    const stored = kind.encodeResult(written, 41);
    expect(JSON.parse(stored)).toEqual({ uid: 100_042, traceId: 't-1' });
    const read = roundTrip(written, 41);
    expect(read).toBeInstanceOf(GoalWritten);
    expect(read).toEqual(written);
  });

  it('keeps an index that is not the item’s, and a Date as a Date', () => {
    const refused = ValidationError.of(3, 'goals[3].uid', 'no such user');
    expect(roundTrip(refused, 7)).toEqual(refused);
    const waited = QuotaExhausted.of(5, new Date('2026-12-02T10:00:00Z'), 'later');
    const read = roundTrip(waited, 5) as QuotaExhausted;
    expect(read).toBeInstanceOf(QuotaExhausted);
    expect(read.retryAfter).toEqual(new Date('2026-12-02T10:00:00Z'));
    expect(read).toEqual(waited);
  });

  it('still reads what a facade before this form stored: [type, fields]', () => {
    const read = kind.decodeResult('GoalWritten', JSON.stringify(['GoalWritten', { index: 2, uid: 100_003, traceId: 't-2' }]), 2);
    expect(read).toEqual(Object.assign(new GoalWritten(), { index: 2, uid: 100_003, traceId: 't-2' }));
  });
});
