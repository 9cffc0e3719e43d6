import { ExponentialBackoff, handleWhen, retry } from 'cockatiel';
import type { Deadline } from '../deadline.js';
import { DeadlineExceededError } from '../deadline-exceeded.js';
import { QuotaExhaustedError } from '../quota/quota-exhausted.js';
import type { ProviderBreaker } from './breaker.js';
import { ProviderFailure } from './provider-failure.js';

export interface RetryOptions {
  readonly maxAttempts: number;
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
  /** The provider's circuit breaker: every attempt goes through it. */
  readonly breaker?: ProviderBreaker;
}

/**
 * Runs `attempt` again after a jittered backoff while its failure is safe to retry for an
 * operation of this idempotency, within the attempt budget and the deadline.
 *
 * Once an attempt may have been applied (answer lost), a later attempt that fails without
 * reaching the provider cannot make the outcome known again: the uncertain failure is kept.
 */
export function withRetry<T>(options: RetryOptions, idempotent: boolean, deadline: Deadline, attempt: (attemptNumber: number) => Promise<T>): Promise<T> {
  let uncertain: ProviderFailure | undefined;
  const tracked = async (attemptNumber: number): Promise<T> => {
    try {
      return await (options.breaker ? options.breaker.run(() => attempt(attemptNumber)) : attempt(attemptNumber));
    } catch (error) {
      if (error instanceof ProviderFailure && error.kind === 'outcome-unknown') uncertain = error;
      else if (uncertain && leftNothingBehind(error)) throw uncertain;
      throw error;
    }
  };
  if (options.maxAttempts <= 1) return tracked(1);
  const policy = retry(
    handleWhen((error) => error instanceof ProviderFailure && error.isSafeToRetry(idempotent) && !deadline.expired),
    {
      maxAttempts: options.maxAttempts - 1,
      backoff: new ExponentialBackoff({ initialDelay: options.initialDelayMs, maxDelay: options.maxDelayMs }),
    },
  );
  return policy.execute(({ attempt: retries }) => tracked(retries + 1));
}

function leftNothingBehind(error: unknown): boolean {
  if (error instanceof QuotaExhaustedError || error instanceof DeadlineExceededError) return true;
  return error instanceof ProviderFailure && (error.kind === 'not-sent' || error.kind === 'rate-limited');
}
