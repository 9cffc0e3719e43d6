import { describe, expect, it } from 'vitest';
import type { BatchOperation, ItemOutcomes, Pending } from '../../../../src/core/batch/batch-operation.js';
import { runBatch } from '../../../../src/core/batch/run-batch.js';
import { Deadline } from '../../../../src/core/deadline.js';
import { ProviderFailure } from '../../../../src/core/http/provider-failure.js';

/** The runner's own answers, as plain values the tests can read. */
type Answer = { ok: string } | { invalid: string; message: string } | { failed: string; message: string; safeToResend: boolean };
const outcomes: ItemOutcomes<Answer> = {
  invalid: (_index, field, message) => ({ invalid: field, message }),
  failed: (error, _index, safeToResend) => ({ failed: error instanceof ProviderFailure ? error.kind : 'bug', message: (error as Error).message, safeToResend }),
};
const deadline = () => Deadline.in(5_000);

/** An operation over numbered items: negatives break a rule; `send` records each call's part and size. */
function operation(
  items: number[],
  send: (sent: readonly Pending<number>[], part: string) => Promise<(pending: Pending<number>, position: number) => Answer>,
  extra: Partial<BatchOperation<number, Answer>> = {},
) {
  return {
    list: 'items',
    items,
    itemProblem: (item: number) => (item < 0 ? { field: 'value', message: 'must be ≥ 0' } : undefined),
    uniqueKey: { of: (item: number) => item, field: '', repeated: (key: string | number, earlier: number) => `${key} again (first at ${earlier})` },
    chunkSize: 3,
    safeToResend: true,
    splitCalls: 0,
    send: (sent: readonly Pending<number>[], part: string) => send(sent, part),
    ...extra,
  } satisfies BatchOperation<number, Answer>;
}

describe('runBatch', () => {
  it('answers every item once, in input order: rule breakers and repeats before any call, the rest by chunk and position', async () => {
    const calls: string[] = [];
    const results = await runBatch(
      operation([1, -2, 3, 1, 4, 5, 6], async (sent, part) => {
        calls.push(`${part}:${sent.map((pending) => pending.item).join(',')}`);
        return (pending, position) => ({ ok: `${pending.item}@${part}.${position}` });
      }),
      deadline(),
      outcomes,
    );
    expect(results).toEqual([
      { ok: '1@0.0' },
      { invalid: 'items[1].value', message: 'must be ≥ 0' },
      { ok: '3@0.1' },
      { invalid: 'items[3]', message: '1 again (first at 0)' },
      { ok: '4@0.2' },
      { ok: '5@1.0' },
      { ok: '6@1.1' },
    ]);
    expect(calls.sort()).toEqual(['0:1,3,4', '1:5,6']);
  });

  it('answers every item of the batch with a batch-wide problem, sending nothing; a precheck answers before any call', async () => {
    let sent = 0;
    const send = async () => {
      sent++;
      return () => ({ ok: 'sent' });
    };
    expect(await runBatch(operation([1, 2], send, { batchProblem: { field: 'year', message: 'bad year' } }), deadline(), outcomes)).toEqual([
      { invalid: 'year', message: 'bad year' },
      { invalid: 'year', message: 'bad year' },
    ]);
    const prechecked = await runBatch(operation([1, 2], send, { precheck: ({ item }) => (item === 2 ? { ok: 'known' } : undefined) }), deadline(), outcomes);
    expect(prechecked).toEqual([{ ok: 'sent' }, { ok: 'known' }]);
    expect(sent).toBe(1);
  });

  it('answers every item of a failed call with its failure, once, even when mapping the answer fails part-way', async () => {
    const unreachable = await runBatch(
      operation([1, 2], async () => {
        throw new ProviderFailure('not-sent', 'refused', { provider: 'test' });
      }),
      deadline(),
      outcomes,
    );
    expect(unreachable).toEqual([0, 1].map(() => ({ failed: 'not-sent', message: 'refused', safeToResend: true })));
    const buggy = await runBatch(
      operation(
        [1, 2, 3],
        async () => (pending) => {
          if (pending.item === 2) throw new Error('a bug in the mapping');
          return { ok: 'done' };
        },
        { safeToResend: false },
      ),
      deadline(),
      outcomes,
    );
    expect(buggy).toEqual([0, 1, 2].map(() => ({ failed: 'bug', message: 'a bug in the mapping', safeToResend: false })));
  });

  describe('a call the provider refused whole', () => {
    const many = (count: number) => Array.from({ length: count }, (_, index) => index);
    /** A provider that refuses any call holding one of `bad`; it records each call's part and size. */
    function refusing(bad: Set<number>) {
      const calls: { part: string; size: number }[] = [];
      const send = async (sent: readonly Pending<number>[], part: string) => {
        calls.push({ part, size: sent.length });
        if (sent.some((pending) => bad.has(pending.item)))
          throw new ProviderFailure('rejected', 'TOP refused the batch: phone_number 必填', { provider: 'top', providerCode: '40' });
        return (): Answer => ({ ok: 'sent' });
      };
      return { calls, send };
    }

    it('is split in halves until only the refused item fails, every other item sent, each call under its own part', async () => {
      const { calls, send } = refusing(new Set([37]));
      const results = await runBatch(operation(many(100), send, { chunkSize: 100, splitCalls: 16 }), deadline(), outcomes);
      expect(results.filter((result) => 'ok' in result)).toHaveLength(99);
      expect(results[37]).toEqual({ failed: 'rejected', message: 'TOP refused the batch: phone_number 必填', safeToResend: true });
      // One call, then two per halving on the way to item 37 (100 → 50 → 25 → 13 → 6 → 3 → 1): 1 + 2 × 6.
      expect(calls).toHaveLength(13);
      expect(calls[0]).toEqual({ part: '0', size: 100 });
      expect(new Set(calls.map((call) => call.part)).size).toBe(calls.length);
    });

    it('stops at its budget: the items not isolated fail with the refusal and say they may be fine', async () => {
      const { calls, send } = refusing(new Set([3]));
      const results = await runBatch(operation(many(16), send, { chunkSize: 16, splitCalls: 4 }), deadline(), outcomes);
      expect(calls).toHaveLength(5);
      // After two halvings the refused quarter (items 0–3) is not split further.
      expect(results.filter((result) => 'ok' in result)).toHaveLength(12);
      for (const index of [0, 1, 2, 3])
        expect(results[index]).toMatchObject({ failed: 'rejected', message: expect.stringContaining('may be fine on its own') });
    });

    it('is never split when the credentials are refused: every item gets it from one call', async () => {
      const calls: number[] = [];
      const results = await runBatch(
        operation(
          many(8),
          async (sent) => {
            calls.push(sent.length);
            throw new ProviderFailure('misconfigured', 'TOP refused the signature', { provider: 'top', providerCode: '25' });
          },
          { chunkSize: 8, splitCalls: 16 },
        ),
        deadline(),
        outcomes,
      );
      expect(calls).toEqual([8]);
      for (const result of results) expect(result).toMatchObject({ failed: 'misconfigured' });
    });
  });
});
