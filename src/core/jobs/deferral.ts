import type { ItemOutcomes } from '../batch/batch-operation.js';
import { DeadlineExceededError } from '../deadline-exceeded.js';
import { ProviderFailure } from '../http/provider-failure.js';
import { QuotaExhaustedError } from '../quota/quota-exhausted.js';

/** An item a job tries again later: nothing was sent for it (quota, its turn, an unreachable provider). */
export class Deferred {
  constructor(
    readonly retryAt: number,
    /** The provider could not be reached (as opposed to waiting for its quota or a turn). */
    readonly unreachable = false,
  ) {}
}

/** How soon a chunk asks again when the ledger's answer was provisional (Redis away). */
export const PROVISIONAL_RECHECK_MS = 5_000;

/** Attempts of an unreachable provider before its items answer ProviderUnavailable. */
export const MAX_UNREACHABLE_ATTEMPTS = 12;

/**
 * The runner's outcomes for a job's chunk: a failure that sent nothing is deferred to when it can
 * succeed (the quota's own time; at once for a lost turn; backing off for an unreachable provider,
 * up to MAX_UNREACHABLE_ATTEMPTS), every other answer is the inline mutation's.
 */
export function deferringOutcomes<R>(outcomes: ItemOutcomes<R>, now: number, unreachable: number): ItemOutcomes<R | Deferred> {
  return {
    invalid: (index, field, message) => outcomes.invalid(index, field, message),
    failed: (error, index, safeToResend) => deferral(error, now, unreachable) ?? outcomes.failed(error, index, safeToResend),
  };
}

function deferral(error: unknown, now: number, unreachable: number): Deferred | undefined {
  // A ledger that cannot tell (Redis away) is asked again soon, not at the end of its blind time.
  if (error instanceof QuotaExhaustedError) return new Deferred(error.provisional ? Math.min(error.retryAt, now + PROVISIONAL_RECHECK_MS) : error.retryAt);
  if (error instanceof DeadlineExceededError) return new Deferred(now);
  if (error instanceof ProviderFailure) {
    if (error.kind === 'rate-limited') return new Deferred(error.retryAt ?? now + 1_000);
    if (error.kind === 'not-sent' && unreachable < MAX_UNREACHABLE_ATTEMPTS) return new Deferred(now + Math.min(300_000, 1_000 * 2 ** unreachable), true);
  }
  return undefined;
}
