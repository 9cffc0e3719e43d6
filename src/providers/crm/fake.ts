import type { Deadline } from '../../core/deadline.js';
import type { OpportunitiesPort, OpportunityChange, UpdateOutcome } from './port.js';

/** An in-memory OpportunitiesPort, for unit tests of the opportunities module: known codes, each update recorded. */
export class FakeOpportunitiesPort implements OpportunitiesPort {
  readonly updates: OpportunityChange[] = [];
  /** Thrown, in order, by the next calls instead of answering. */
  readonly failures: unknown[] = [];

  constructor(private readonly known: ReadonlyMap<string, number>) {}

  async update(change: OpportunityChange, _deadline: Deadline): Promise<UpdateOutcome> {
    this.updates.push(change);
    if (this.failures.length > 0) throw this.failures.shift();
    const id = this.known.get(change.opportunityCode);
    return id === undefined ? { updated: false, refusal: { reason: 'not-found' } } : { updated: true, id: String(id) };
  }
}
