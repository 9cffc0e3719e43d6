import { GraphQLError } from 'graphql';
import { DeadlineExceededError } from '../core/deadline-exceeded.js';
import { ProviderFailure } from '../core/http/provider-failure.js';
import { QuotaExhaustedError } from '../core/quota/quota-exhausted.js';
import { ItemErrorCode } from './item-error-code.js';
import type { ItemError } from './item-error.js';
import { DeadlineExceeded, OutcomeUnknown, ProviderRejected, ProviderUnavailable, QuotaExhausted } from './item-errors.js';

/** Fallback wait when a provider's rate-limit answer names no time. */
const RATE_LIMIT_PAUSE_MS = 1_000;

/**
 * The per-item error for a call that failed as a whole. `idempotent` says whether resending an
 * item whose answer was lost is harmless for this operation.
 */
export function itemErrorFor(error: unknown, index: number, idempotent: boolean): ItemError {
  if (error instanceof QuotaExhaustedError) {
    return QuotaExhausted.of(index, new Date(error.retryAt), `Quota of ${error.policy} is exhausted; retry after ${new Date(error.retryAt).toISOString()}.`);
  }
  if (error instanceof DeadlineExceededError) return DeadlineExceeded.of(index, error.budgetMs, deadlineMessage(error));
  if (!(error instanceof ProviderFailure)) {
    return OutcomeUnknown.of(index, 'The facade failed while handling this item; it may or may not have been applied.', false);
  }
  switch (error.kind) {
    case 'not-sent':
      return ProviderUnavailable.of(index, error.message);
    case 'rate-limited': {
      const retryAfter = new Date(error.retryAt ?? Date.now() + RATE_LIMIT_PAUSE_MS);
      return QuotaExhausted.of(index, retryAfter, `${error.message}; retry after ${retryAfter.toISOString()}.`);
    }
    case 'outcome-unknown':
      return OutcomeUnknown.of(index, error.message, idempotent, error.traceId);
    case 'misconfigured':
    case 'rejected':
      return ProviderRejected.of(index, {
        code: error.kind === 'misconfigured' ? ItemErrorCode.PROVIDER_MISCONFIGURED : ItemErrorCode.PROVIDER_REJECTED,
        message: error.message,
        providerCode: error.providerCode ?? '',
        providerMessage: error.providerMessage ?? '',
        traceId: error.traceId,
      });
  }
}

/** The field error for a read that failed; the same codes as item errors, in `extensions`. */
export function graphQLErrorFor(error: unknown): GraphQLError {
  if (error instanceof QuotaExhaustedError) {
    return new GraphQLError(error.message, {
      extensions: { code: ItemErrorCode.QUOTA_EXHAUSTED, retryAfter: new Date(error.retryAt).toISOString() },
    });
  }
  if (error instanceof DeadlineExceededError) {
    return new GraphQLError(deadlineMessage(error), { extensions: { code: ItemErrorCode.DEADLINE_EXCEEDED, deadlineMs: error.budgetMs } });
  }
  if (error instanceof ProviderFailure) {
    const item = itemErrorFor(error, 0, true);
    return new GraphQLError(error.message, {
      extensions: {
        code: item.code,
        retryable: item.retryable,
        ...(error.providerCode ? { providerCode: error.providerCode, providerMessage: error.providerMessage } : {}),
        ...(error.traceId ? { traceId: error.traceId } : {}),
        ...('retryAfter' in item ? { retryAfter: (item as QuotaExhausted).retryAfter.toISOString() } : {}),
      },
    });
  }
  throw error;
}

function deadlineMessage(error: DeadlineExceededError): string {
  return `Not sent: the request's deadline of ${error.budgetMs} ms passed before ${error.policy} admitted the call; nothing was applied. Retry with a longer deadline (x-deadline-ms) or fewer items.`;
}
