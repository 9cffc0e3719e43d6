import { BrokenCircuitError, circuitBreaker, type CircuitBreakerPolicy, ConsecutiveBreaker, handleWhen, IsolatedCircuitError } from 'cockatiel';
import { ProviderFailure } from './provider-failure.js';

export interface BreakerSettings {
  /** Consecutive provider outages (unreachable, 5xx before processing, answers lost) that open the circuit. */
  readonly failures: number;
  /** How long it stays open before one call may try again. */
  readonly cooldownMs: number;
}

/** A failure that says the provider is down, not that it refused, nor that we ran out of time. */
function isOutage(error: unknown): boolean {
  return error instanceof ProviderFailure && (error.kind === 'not-sent' || error.kind === 'outcome-unknown') && error.notTheProvider === undefined;
}

/**
 * One provider's circuit breaker (cockatiel). After `failures` outages in a row it opens: calls
 * fail at once as ProviderUnavailable, without waiting for quota or a timeout, until the
 * cooldown has passed and one trial call succeeds.
 */
export class ProviderBreaker {
  private readonly policy: CircuitBreakerPolicy;

  constructor(
    private readonly provider: string,
    private readonly settings: BreakerSettings,
  ) {
    this.policy = circuitBreaker(handleWhen(isOutage), { halfOpenAfter: settings.cooldownMs, breaker: new ConsecutiveBreaker(settings.failures) });
  }

  async run<T>(attempt: () => Promise<T>): Promise<T> {
    try {
      return await this.policy.execute(attempt);
    } catch (error) {
      if (error instanceof BrokenCircuitError || error instanceof IsolatedCircuitError) {
        throw new ProviderFailure(
          'not-sent',
          `${this.provider}: not tried: the provider failed ${this.settings.failures} times in a row; calls resume after a ${this.settings.cooldownMs} ms pause`,
          { provider: this.provider, notTheProvider: 'circuit-open' },
        );
      }
      throw error;
    }
  }
}
