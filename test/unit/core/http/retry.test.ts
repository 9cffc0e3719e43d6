import { describe, expect, it } from 'vitest';
import { Deadline } from '../../../../src/core/deadline.js';
import { ProviderFailure } from '../../../../src/core/http/provider-failure.js';
import { withRetry } from '../../../../src/core/http/retry.js';

const options = { maxAttempts: 3, initialDelayMs: 1, maxDelayMs: 5 };
const failure = (kind: ConstructorParameters<typeof ProviderFailure>[0]) => new ProviderFailure(kind, kind, { provider: 'test' });

describe('withRetry', () => {
  it('retries a call that never left, then succeeds', async () => {
    let attempts = 0;
    const result = await withRetry(options, false, Deadline.in(1_000), async () => {
      if (++attempts < 3) throw failure('not-sent');
      return 'done';
    });
    expect(result).toBe('done');
    expect(attempts).toBe(3);
  });

  it('never resends a non-idempotent call whose answer was lost', async () => {
    let attempts = 0;
    const error = await withRetry(options, false, Deadline.in(1_000), async () => {
      attempts++;
      throw failure('outcome-unknown');
    }).catch((e: ProviderFailure) => e);
    expect(attempts).toBe(1);
    expect(error.kind).toBe('outcome-unknown');
  });

  it('keeps the outcome unknown when later attempts of an idempotent call never reach the provider', async () => {
    let attempts = 0;
    const error = await withRetry(options, true, Deadline.in(1_000), async () => {
      throw failure(++attempts === 1 ? 'outcome-unknown' : 'not-sent');
    }).catch((e: ProviderFailure) => e);
    expect(attempts).toBe(3);
    expect(error.kind).toBe('outcome-unknown');
  });

  it('does not retry a refusal', async () => {
    let attempts = 0;
    await withRetry(options, true, Deadline.in(1_000), async () => {
      attempts++;
      throw failure('rejected');
    }).catch(() => {});
    expect(attempts).toBe(1);
  });
});
