/** A cap on calls in flight: each call holds a slot until it ends or its lease runs out. */
export interface InFlightLimit {
  readonly key: string;
  readonly capacity: number;
  /** After this long a slot frees itself (the provider's own reclaim time), so a lost release never leaks. */
  readonly leaseMs: number;
  /**
   * The longest one call can stay in flight (its connect, header and body timeouts): a call sent
   * is never cut off by its request's deadline, so this, not the deadline, bounds it.
   */
  readonly longestCallMs?: number;
}

/** At most `capacity` calls in any rolling `windowMs`. */
export interface WindowLimit {
  readonly key: string;
  readonly capacity: number;
  readonly windowMs: number;
}

/** What one provider operation must pass before a call is sent. */
export interface QuotaPolicy {
  readonly name: string;
  readonly inFlight?: InFlightLimit;
  readonly windows?: readonly WindowLimit[];
  /** A provider-imposed hold (e.g. TOP's "ban for N seconds") under this key stops every call. */
  readonly banKey?: string;
}

/**
 * How much longer than the provider's the facade keeps a period (a window, a lease): the provider
 * starts counting when a call arrives, a moment after the facade admitted it. 2% of the period,
 * at least 20 ms, at most 1 s.
 */
export function arrivalMargin(periodMs: number): number {
  return Math.min(1_000, Math.max(20, Math.round(periodMs * 0.02)));
}
