import { describe, expect, it } from 'vitest';
import { decodeJson, encodeJson } from '../../../../src/core/jobs/json-codec.js';

describe('the job JSON codec', () => {
  it('keeps Dates as Dates, anywhere in a value, and everything else as JSON does', () => {
    const value = { at: new Date('2026-12-02T01:02:03.004Z'), list: [1, { when: new Date(0) }], text: '$date', nested: { n: null } };
    const decoded = decodeJson<typeof value>(encodeJson(value));
    expect(decoded).toEqual(value);
    expect(decoded.at).toBeInstanceOf(Date);
    expect((decoded.list[1] as { when: Date }).when).toBeInstanceOf(Date);
  });

  it('writes a value without Dates as plain JSON', () => {
    const goal = { uid: 100_001, monthlyValues: [1, 2.5, 3] };
    expect(encodeJson(goal)).toBe(JSON.stringify(goal));
    expect(decodeJson(JSON.stringify(goal))).toEqual(goal);
  });
});
