import { describe, expect, it } from 'vitest';
import { OutcomeLedger } from '../../src/core/batch/outcome-ledger.js';
import { ProviderFailure } from '../../src/core/http/provider-failure.js';
import { OutcomeUnknown, ProviderUnavailable } from '../../src/graphql/item-errors.js';
import { settleChunk } from '../../src/graphql/settle-chunk.js';

const items = [{ index: 0 }, { index: 2 }, { index: 1 }];

describe('settleChunk', () => {
  it('answers each item with what the call maps it to, by position', async () => {
    const ledger = new OutcomeLedger<string | OutcomeUnknown>(3);
    await settleChunk(ledger, items, true, async () => (item, position) => `item ${item.index} at ${position}`);
    expect(ledger.results()).toEqual(['item 0 at 0', 'item 1 at 2', 'item 2 at 1']);
  });

  it('answers every item with the failure when the call fails', async () => {
    const ledger = new OutcomeLedger<string | ProviderUnavailable>(3);
    await settleChunk(ledger, items, true, async () => {
      throw new ProviderFailure('not-sent', 'refused', { provider: 'test' });
    });
    for (const result of ledger.results()) expect(result).toBeInstanceOf(ProviderUnavailable);
  });

  it('answers every item once, as outcome unknown, when mapping the answer fails part-way', async () => {
    const ledger = new OutcomeLedger<string | OutcomeUnknown>(3);
    await settleChunk(ledger, items, false, async () => (item) => {
      if (item.index === 2) throw new Error('a bug in the mapping');
      return 'done';
    });
    const results = ledger.results();
    expect(results).toHaveLength(3);
    for (const result of results) expect(result).toBeInstanceOf(OutcomeUnknown);
  });
});
