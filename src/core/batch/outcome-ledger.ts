/** Raised when a batch would answer an input item twice or not at all: always a bug in the caller. */
export class OutcomeLedgerError extends Error {
  override name = 'OutcomeLedgerError';
}

/**
 * Holds exactly one result per input index. Settling an index twice, settling one out of range,
 * or reading the results while any index is unsettled throws: the invariant every batch serves.
 */
export class OutcomeLedger<R> {
  private readonly slots: (R | undefined)[];
  private settledCount = 0;

  constructor(readonly size: number) {
    this.slots = new Array<R | undefined>(size);
  }

  settle(index: number, result: R): void {
    if (!Number.isInteger(index) || index < 0 || index >= this.size) {
      throw new OutcomeLedgerError(`index ${index} is outside the batch of ${this.size}`);
    }
    if (this.slots[index] !== undefined) throw new OutcomeLedgerError(`index ${index} was answered twice`);
    if (result === undefined) throw new OutcomeLedgerError(`index ${index} was answered with nothing`);
    this.slots[index] = result;
    this.settledCount++;
  }

  get pending(): number {
    return this.size - this.settledCount;
  }

  /** Indexes still waiting for a result, in order. */
  unsettled(): number[] {
    const missing: number[] = [];
    for (let i = 0; i < this.size; i++) if (this.slots[i] === undefined) missing.push(i);
    return missing;
  }

  /** The results in input order; throws when any index is unanswered. */
  results(): R[] {
    if (this.settledCount !== this.size) {
      const missing = this.unsettled();
      throw new OutcomeLedgerError(`${missing.length} of ${this.size} items have no result (first: ${missing.slice(0, 10).join(', ')})`);
    }
    return this.slots as R[];
  }
}
