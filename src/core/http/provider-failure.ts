/**
 * Why a provider call did not produce a usable answer. The kind decides what the caller may
 * claim and whether a retry is safe:
 * - `not-sent`: the provider never saw the call (connect refused, gateway refused before processing).
 * - `outcome-unknown`: the call may have been applied; its answer was lost or unreadable.
 * - `rejected`: the provider answered and refused (its code and message are kept).
 * - `misconfigured`: the provider refused our credentials or parameters; no retry will help.
 * - `rate-limited`: the provider's own quota answer; nothing was applied.
 */
export type ProviderFailureKind = 'not-sent' | 'outcome-unknown' | 'rejected' | 'misconfigured' | 'rate-limited';

export interface ProviderFailureDetails {
  readonly provider: string;
  readonly providerCode?: string;
  readonly providerMessage?: string;
  readonly traceId?: string;
  /** For `rate-limited`: when the provider says capacity returns, if it says. */
  readonly retryAt?: number;
  /**
   * The failure says nothing of whether the provider is up: the circuit was open (nothing was
   * tried), or the provider answered and its answer could not be read (it is up, but we cannot tell
   * what it did). Neither counts towards opening a circuit.
   */
  readonly notTheProvider?: 'circuit-open' | 'malformed-answer';
  readonly cause?: unknown;
}

export class ProviderFailure extends Error {
  override name = 'ProviderFailure';
  readonly provider: string;
  readonly providerCode: string | undefined;
  readonly providerMessage: string | undefined;
  readonly traceId: string | undefined;
  readonly retryAt: number | undefined;
  readonly notTheProvider: 'circuit-open' | 'malformed-answer' | undefined;

  constructor(
    readonly kind: ProviderFailureKind,
    message: string,
    details: ProviderFailureDetails,
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.provider = details.provider;
    this.providerCode = details.providerCode;
    this.providerMessage = details.providerMessage;
    this.traceId = details.traceId;
    this.retryAt = details.retryAt;
    this.notTheProvider = details.notTheProvider;
  }

  /** Whether sending the same call again is safe for an operation of the given idempotency. */
  isSafeToRetry(idempotent: boolean): boolean {
    switch (this.kind) {
      case 'not-sent':
        // An open circuit answers at once: retrying it would only add backoff.
        return this.notTheProvider !== 'circuit-open';
      case 'rate-limited':
        return true;
      case 'outcome-unknown':
        return idempotent;
      default:
        return false;
    }
  }
}
