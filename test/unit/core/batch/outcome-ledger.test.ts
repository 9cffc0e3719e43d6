import { describe, expect, it } from 'vitest';
import { chunk } from '../../../../src/core/batch/chunk.js';
import { OutcomeLedger, OutcomeLedgerError } from '../../../../src/core/batch/outcome-ledger.js';

describe('OutcomeLedger', () => {
  it('answers results in input order once every index is settled', () => {
    const ledger = new OutcomeLedger<string>(3);
    ledger.settle(2, 'c');
    ledger.settle(0, 'a');
    ledger.settle(1, 'b');
    expect(ledger.results()).toEqual(['a', 'b', 'c']);
    expect(ledger.pending).toBe(0);
  });

  it('detects an index answered twice', () => {
    const ledger = new OutcomeLedger<string>(2);
    ledger.settle(1, 'x');
    expect(() => ledger.settle(1, 'y')).toThrow(OutcomeLedgerError);
    expect(() => ledger.settle(1, 'y')).toThrow(/answered twice/);
  });

  it('detects missing results and names them', () => {
    const ledger = new OutcomeLedger<string>(4);
    ledger.settle(0, 'a');
    ledger.settle(3, 'd');
    expect(ledger.unsettled()).toEqual([1, 2]);
    expect(() => ledger.results()).toThrow(/2 of 4 items have no result \(first: 1, 2\)/);
  });

  it('detects an index outside the batch', () => {
    const ledger = new OutcomeLedger<string>(2);
    expect(() => ledger.settle(2, 'x')).toThrow(/outside the batch/);
    expect(() => ledger.settle(-1, 'x')).toThrow(OutcomeLedgerError);
  });
});

describe('chunk', () => {
  it('splits in order with a shorter last chunk', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 3)).toEqual([]);
  });

  it('refuses a size that is not a positive integer', () => {
    expect(() => chunk([1], 0)).toThrow(RangeError);
    expect(() => chunk([1], 1.5)).toThrow(RangeError);
  });
});
