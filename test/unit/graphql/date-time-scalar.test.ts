import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DateTimeResolver } from 'graphql-scalars';
import { DateTimeScalar, isoString } from '../../../src/graphql/date-time-scalar.js';

const first = new Date('0000-01-01T00:00:00.000Z').getTime();
const last = new Date('9999-12-31T23:59:59.999Z').getTime();

describe('DateTime scalar', () => {
  it('writes every time of years 0000–9999 exactly as Date#toISOString does', () => {
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (ms) => {
        expect(isoString(new Date(ms))).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 20_000 },
    );
  });

  it('gets the edges right: the first and last of the range, leap days, month and day ends, epoch, before 1970', () => {
    const edges = [
      '0000-01-01T00:00:00.000Z',
      '0000-02-29T12:00:00.000Z',
      '0000-03-01T00:00:00.000Z',
      '1600-02-29T23:59:59.999Z',
      '1900-02-28T23:59:59.999Z',
      '1900-03-01T00:00:00.000Z',
      '1969-12-31T23:59:59.999Z',
      '1970-01-01T00:00:00.000Z',
      '2000-02-29T00:00:00.001Z',
      '2024-12-31T23:59:59.999Z',
      '2026-12-05T16:04:05.060Z',
      '2100-03-01T00:00:00.000Z',
      '9999-12-31T23:59:59.999Z',
    ];
    for (const text of edges) expect(isoString(new Date(text))).toBe(text);
  });

  it('leaves years beyond four digits to toISOString, and refuses an invalid date as it does', () => {
    for (const ms of [first - 1, last + 1, -8.64e15, 8.64e15]) expect(isoString(new Date(ms))).toBe(new Date(ms).toISOString());
    expect(() => isoString(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('answers the text JSON.stringify wrote for the Date, and keeps graphql-scalars’ DateTime otherwise', () => {
    const at = new Date('2026-12-05T16:04:05.060Z');
    expect(JSON.stringify(DateTimeScalar.serialize(at))).toBe(JSON.stringify(DateTimeResolver.serialize(at)));
    expect(DateTimeScalar.serialize('2026-12-05T16:04:05.060Z')).toBe('2026-12-05T16:04:05.060Z');
    expect(() => DateTimeScalar.serialize(new Date(Number.NaN))).toThrow(/invalid Date/);
    expect(() => DateTimeScalar.serialize('yesterday')).toThrow(/invalid date-time-string/);
    expect(DateTimeScalar.parseValue('2026-12-05T16:04:05.060Z')).toEqual(at);
    expect(DateTimeScalar.name).toBe('DateTime');
    expect(DateTimeScalar.description).toBe(DateTimeResolver.description);
    expect(DateTimeScalar.specifiedByURL).toBe(DateTimeResolver.specifiedByURL);
  });
});
