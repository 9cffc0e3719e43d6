import type { InFlightLimit, WindowLimit } from './limits.js';

export type Take =
  | { readonly granted: true; readonly slotId?: string }
  | {
      readonly granted: false;
      /** When capacity is certain to be back. */
      readonly retryAt: number;
      /** True when capacity may come back before retryAt (a slot released early). */
      readonly mayFreeSooner: boolean;
    };

/**
 * Where quota ledgers live. The memory store is the embedded default; a shared store (Redis)
 * makes several replicas spend one quota. Every method is atomic for its key.
 */
export interface QuotaStore {
  takeSlot(limit: InFlightLimit, now: number): Promise<Take>;
  releaseSlot(limit: InFlightLimit, slotId: string): Promise<void>;
  /** Counts one call against every window, or none of them when any is full. */
  takeWindows(limits: readonly WindowLimit[], now: number): Promise<Take>;
  /**
   * Moves one call counted at `from` to `to`, its end. The provider counts a call when it
   * arrives, after the facade admitted it; counting it from its end means the ledger never frees
   * a place before the provider does.
   */
  restampWindows(limits: readonly WindowLimit[], from: number, to: number): Promise<void>;
  /** Holds every call under `key` until `until` (a later hold wins over an earlier one). */
  ban(key: string, until: number): Promise<void>;
  /** The end of the hold under `key`, or 0 when there is none. */
  bannedUntil(key: string, now: number): Promise<number>;
  /** Calls `listener` whenever capacity under `key` may have come back; returns the unsubscribe. */
  onFreed(key: string, listener: () => void): () => void;
}
