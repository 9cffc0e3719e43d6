import { describe, expect, it } from 'vitest';
import { OutcomeLedger } from '../../src/core/batch/outcome-ledger.js';
import { ProviderFailure } from '../../src/core/http/provider-failure.js';
import { OutcomeUnknown, ProviderRejected, ProviderUnavailable } from '../../src/graphql/item-errors.js';
import { settleChunk } from '../../src/graphql/settle-chunk.js';

const items = [{ index: 0 }, { index: 2 }, { index: 1 }];
const once = { position: 0, splitCalls: 0 };

describe('settleChunk', () => {
  it('answers each item with what the call maps it to, by position', async () => {
    const ledger = new OutcomeLedger<string | OutcomeUnknown>(3);
    await settleChunk(ledger, items, true, async () => (item, position) => `item ${item.index} at ${position}`, once);
    expect(ledger.results()).toEqual(['item 0 at 0', 'item 1 at 2', 'item 2 at 1']);
  });

  it('answers every item with the failure when the call fails', async () => {
    const ledger = new OutcomeLedger<string | ProviderUnavailable>(3);
    await settleChunk(ledger, items, true, async () => {
      throw new ProviderFailure('not-sent', 'refused', { provider: 'test' });
    }, once);
    for (const result of ledger.results()) expect(result).toBeInstanceOf(ProviderUnavailable);
  });

  it('answers every item once, as outcome unknown, when mapping the answer fails part-way', async () => {
    const ledger = new OutcomeLedger<string | OutcomeUnknown>(3);
    await settleChunk(ledger, items, false, async () => (item) => {
      if (item.index === 2) throw new Error('a bug in the mapping');
      return 'done';
    }, once);
    const results = ledger.results();
    expect(results).toHaveLength(3);
    for (const result of results) expect(result).toBeInstanceOf(OutcomeUnknown);
  });

  describe('a call the provider refused whole', () => {
    const many = (count: number) => Array.from({ length: count }, (_, index) => ({ index }));
    /** A provider that refuses any call holding one of `bad`, and answers 'sent' for the rest; it records each call's part and size. */
    function provider(bad: Set<number>) {
      const calls: { part: string; size: number }[] = [];
      const send = async (sent: readonly { index: number }[], part: string) => {
        calls.push({ part, size: sent.length });
        if (sent.some((item) => bad.has(item.index))) throw new ProviderFailure('rejected', 'TOP refused the batch: phone_number 必填', { provider: 'top', providerCode: '40' });
        return () => 'sent';
      };
      return { calls, send };
    }

    it('splits it in halves until only the refused item fails, every other item sent', async () => {
      const { calls, send } = provider(new Set([37]));
      const ledger = new OutcomeLedger<string | ProviderRejected>(100);
      await settleChunk(ledger, many(100), true, send, { position: 4, splitCalls: 16 });
      const results = ledger.results();
      expect(results.filter((result) => result === 'sent')).toHaveLength(99);
      expect(results[37]).toBeInstanceOf(ProviderRejected);
      expect(results[37]).toMatchObject({ code: 'PROVIDER_REJECTED', providerCode: '40' });
      // One call, then two per halving on the way to item 37 (100 → 50 → 25 → 13 → 6 → 3 → 1): 1 + 2 × 6.
      expect(calls).toHaveLength(13);
      expect(calls[0]).toEqual({ part: '4', size: 100 });
      expect(new Set(calls.map((call) => call.part)).size).toBe(calls.length);
    });

    it('stops at its budget: the items not isolated fail with the refusal and say they may be fine', async () => {
      const { calls, send } = provider(new Set([3]));
      const ledger = new OutcomeLedger<string | ProviderRejected>(16);
      await settleChunk(ledger, many(16), true, send, { position: 0, splitCalls: 4 });
      const results = ledger.results();
      expect(calls).toHaveLength(5);
      // After two halvings the refused quarter (items 0–3) is not split further.
      expect(results.filter((result) => result === 'sent')).toHaveLength(12);
      for (const index of [0, 1, 2, 3]) {
        expect(results[index]).toBeInstanceOf(ProviderRejected);
        expect((results[index] as ProviderRejected).message).toContain('may be fine on its own');
      }
    });

    it('never splits a refusal of the credentials: every item gets it from one call', async () => {
      const calls: number[] = [];
      const ledger = new OutcomeLedger<string | ProviderRejected>(8);
      await settleChunk(ledger, many(8), true, async (sent) => {
        calls.push(sent.length);
        throw new ProviderFailure('misconfigured', 'TOP refused the signature', { provider: 'top', providerCode: '25' });
      }, { position: 0, splitCalls: 16 });
      expect(calls).toEqual([8]);
      for (const result of ledger.results()) expect(result).toMatchObject({ code: 'PROVIDER_MISCONFIGURED' });
    });
  });
});
