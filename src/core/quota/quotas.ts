import type { Clock } from '../clock.js';
import type { QuotaPolicy } from './limits.js';
import { QuotaGate } from './quota-gate.js';
import type { QuotaStore } from './quota-store.js';

export interface QuotasOptions {
  readonly store: QuotaStore;
  readonly clock: Clock;
  /** Callers one gate lets wait; past it they get QuotaExhausted at once… */
  readonly maxWaiting: number;
  /** …and callers of one principal. */
  readonly maxWaitingPerPrincipal?: number;
  /** The share of each window bulk jobs may fill (BULK_WINDOW_SHARE). */
  readonly backgroundShare?: number;
}

/** Every provider's gates over one store, so that visibility and metrics read what admission uses. */
export class Quotas {
  private readonly registered: { readonly provider: string; readonly gate: QuotaGate }[] = [];

  constructor(private readonly options: QuotasOptions) {}

  /** The gate of one provider operation's policy; one per policy name. */
  gate(provider: string, policy: QuotaPolicy): QuotaGate {
    const found = this.registered.find((entry) => entry.gate.policy.name === policy.name && entry.provider === provider);
    if (found) return found.gate;
    const gate = new QuotaGate(
      this.options.store,
      policy,
      this.options.clock,
      this.options.maxWaiting,
      this.options.maxWaitingPerPrincipal,
      this.options.backgroundShare,
    );
    this.registered.push({ provider, gate });
    return gate;
  }

  /** Gates in the order they were made, with their provider. */
  all(): readonly { readonly provider: string; readonly gate: QuotaGate }[] {
    return this.registered;
  }
}
