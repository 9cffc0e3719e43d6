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

describe("the goals port's reads", () => {
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

  it('shares a read in flight with identical reads, but not with a read that follows a write of its year and measure', async () => {
    const selects: ((rows: Record<string, unknown>[]) => void)[] = [];
    const row = (value: number) => ({ uid: 1, assessType: 1, currencyCode: 'CNY', goalValue1: value });
    const client = {
      batchSelect: () => new Promise((resolve) => selects.push((rows) => resolve({ traceId: 't', data: rows }))),
      batchOperate: async () => ({ traceId: 'w', data: [] }),
      batchDelete: async () => ({ traceId: 'd', data: 0 }),
    } as unknown as LingxingClient;
    const port = lingxingGoals(client);
    const deadline = () => Deadline.in(1_000);
    const pause = () => new Promise((resolve) => setTimeout(resolve, 1));
    const first = port.read(2026, 'SALES_AMOUNT', deadline());
    const joined = port.read(2026, 'SALES_AMOUNT', deadline());
    const otherMeasure = port.read(2026, 'SALES_VOLUME', deadline());
    await pause();
    expect(selects).toHaveLength(2);
    // The port's own write, as a bulk job's chunk sends it: no service in between.
    await port.write(
      { year: 2026, measure: 'SALES_AMOUNT', mode: 'OVERWRITE', currency: 'CNY', goals: [{ uid: 1, monthlyValues: Array(12).fill(7) }] },
      deadline(),
    );
    const afterWrite = port.read(2026, 'SALES_AMOUNT', deadline());
    const otherStillShared = port.read(2026, 'SALES_VOLUME', deadline());
    await pause();
    expect(selects).toHaveLength(3);
    await port.remove(2026, 'SALES_AMOUNT', [1], deadline());
    const afterDelete = port.read(2026, 'SALES_AMOUNT', deadline());
    await pause();
    expect(selects).toHaveLength(4);
    selects.forEach((answer, index) => answer([row(index + 1)]));
    expect((await first)[0]!.monthlyGoals[0]).toBe(1);
    expect(await joined).toBe(await first);
    expect((await otherMeasure)[0]!.monthlyGoals[0]).toBe(2);
    expect(await otherStillShared).toBe(await otherMeasure);
    expect((await afterWrite)[0]!.monthlyGoals[0]).toBe(3);
    expect((await afterDelete)[0]!.monthlyGoals[0]).toBe(4);
  });

  it('reads a null list from LingXing as no goals, and a write answered with one as no refusals', async () => {
    const client = {
      batchSelect: async () => ({ traceId: 't', data: null }),
      batchOperate: async () => ({ traceId: 'w', data: null }),
    } as unknown as LingxingClient;
    const port = lingxingGoals(client);
    expect(await port.read(2026, 'SALES_AMOUNT', Deadline.in(1_000))).toEqual([]);
    const written = await port.write(
      { year: 2026, measure: 'SALES_AMOUNT', mode: 'OVERWRITE', currency: 'CNY', goals: [{ uid: 1, monthlyValues: Array(12).fill(7) }] },
      Deadline.in(1_000),
    );
    expect(written).toEqual({ traceId: 'w', refused: new Map() });
  });
});
