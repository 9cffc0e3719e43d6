import { describe, expect, it } from 'vitest';
import { parseProviderTime } from '../../../src/core/provider-time.js';

// 2026-11-30 16:05:09.250 UTC = 2026-12-01 00:05:09.250 in GMT+8.
const INSTANT = Date.UTC(2026, 10, 30, 16, 5, 9, 250);
const SECOND = INSTANT - 250;

describe('parseProviderTime', () => {
  it('reads every plausible encoding of one instant', () => {
    const cases: [unknown, number][] = [
      [INSTANT, INSTANT],
      [String(INSTANT), INSTANT],
      [SECOND / 1000, SECOND],
      [String(SECOND / 1000), SECOND],
      ['2026-12-01 00:05:09', SECOND],
      ['2026-12-01 00:05:09.250', INSTANT],
      ['2026-12-01T00:05:09', SECOND],
      ['2026/12/01 00:05:09', SECOND],
      ['2026-11-30T16:05:09.250Z', INSTANT],
      ['2026-12-01T00:05:09.250+08:00', INSTANT],
      ['2026-12-01T00:05:09+0800', SECOND],
      ['2026-12-01', Date.UTC(2026, 10, 30, 16)],
      ['  2026-12-01 00:05:09 ', SECOND],
    ];
    for (const [value, expected] of cases) expect([value, parseProviderTime(value)]).toEqual([value, expected]);
  });

  it('answers undefined for what is no time', () => {
    for (const value of [
      null,
      undefined,
      '',
      'last tuesday',
      '2026-13-45 99:99:99x',
      '2026-13-01 00:00:00',
      '2026-02-30 10:00:00',
      '2026-12-01 24:00:00',
      '12',
      -5,
      0,
      Number.NaN,
      {},
      [],
      true,
    ]) {
      expect([value, parseProviderTime(value)]).toEqual([value, undefined]);
    }
  });
});
