import { describe, expect, it } from 'vitest';
import { Deadline } from '../../../../src/core/deadline.js';
import { UnreadableField } from '../../../../src/core/unreadable-field.js';
import type { LingxingClient } from '../../../../src/providers/lingxing/client.js';
import { lingxingGoals } from '../../../../src/providers/lingxing/port.js';

/** A client whose batchSelect answers these rows; every key a row's getter reads is counted. */
function reading(rows: Record<string, unknown>[]) {
  const read = new Map<string, number>();
  const watched = rows.map(
    (row) =>
      new Proxy(row, {
        get(target, key) {
          if (typeof key === 'string') read.set(key, (read.get(key) ?? 0) + 1);
          return target[key as string];
        },
      }),
  );
  const client = { batchSelect: async () => ({ traceId: 't', data: watched }) } as unknown as LingxingClient;
  return { port: lingxingGoals(client), read };
}

describe('the goals port reads rows lazily', () => {
  it('builds a series or a time only when it is read, once, and an unreadable time fails that field alone', async () => {
    const row = { uid: 7, assessType: 1, currencyCode: 'CNY', goalValue1: 5, gmtCreate: 'last Tuesday', gmtModified: '2026-03-01 08:00:00' };
    const { port, read } = reading([row]);
    const [goal] = await port.read(2026, 'SALES_AMOUNT', Deadline.in(1_000));
    expect(goal!.uid).toBe(7);
    expect(read.has('goalValue1')).toBe(false);
    expect(read.has('gmtCreate')).toBe(false);
    expect(goal!.monthlyGoals.slice(0, 2)).toEqual([5, 0]);
    expect(goal!.monthlyGoals).toBe(goal!.monthlyGoals);
    expect(read.get('goalValue1')).toBe(1);
    expect(goal!.createdAt).toBeInstanceOf(UnreadableField);
    expect(goal!.updatedAt).toEqual(new Date('2026-03-01T00:00:00Z'));
  });
});
