import type { QuotaPolicy } from './limits.js';

export type Take =
  | { readonly granted: true }
  | {
      readonly granted: false;
      /** When capacity is certain to be back. */
      readonly retryAt: number;
      /** True when capacity may come back before retryAt (a slot released early). */
      readonly mayFreeSooner: boolean;
      /** The ledger cannot tell (Redis is away and its share is not open yet): asked again once Redis is back, it may admit at once. */
      readonly provisional?: boolean;
    };

/** One limit of a policy as the ledger sees it now. */
export interface LimitUsage {
  readonly kind: 'in-flight' | 'window';
  readonly key: string;
  readonly capacity: number;
  /** The rolling window (windows) or the lease after which a slot frees itself (in-flight). */
  readonly periodMs: number;
  readonly used: number;
  /** When the next place frees for certain (a window's oldest call leaves, a lease runs out); null when nothing is used. */
  readonly nextFreeAt: number | null;
  /** When every used place is free again; null when nothing is used. */
  readonly clearAt: number | null;
}

export interface PolicyUsage {
  readonly limits: readonly LimitUsage[];
  /** The end of a provider-imposed hold, or null. */
  readonly bannedUntil: number | null;
}

/**
 * Where quota ledgers live. The memory store is the embedded default; the Redis store makes
 * several replicas spend one quota. `take` and `release` are atomic for the whole policy: a call
 * is admitted by every limit of its policy or by none.
 */
export interface QuotaStore {
  /** Admits the call `permitId` now, or says when capacity returns. */
  take(policy: QuotaPolicy, permitId: string, now: number): Promise<Take>;
  /**
   * The call has ended: frees its slot and counts it in every window from `endedAt`, its end.
   * The provider counts a call when it arrives, after the facade admitted it; counting it from
   * its end means the ledger never frees a place before the provider does.
   */
  release(policy: QuotaPolicy, permitId: string, admittedAt: number, endedAt: number): Promise<void>;
  /** Holds every call under `key` until `until` (a later hold wins over an earlier one). */
  ban(key: string, until: number, now: number): Promise<void>;
  /** What the policy's limits hold now, read from the ledger the calls use. */
  usage(policy: QuotaPolicy, now: number): Promise<PolicyUsage>;
  /** Calls `listener` whenever capacity under `key` may have come back; returns the unsubscribe. */
  onFreed(key: string, listener: () => void): () => void;
}
