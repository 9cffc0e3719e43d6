import { Deadline } from './core/deadline.js';
import { ProviderFailure } from './core/http/provider-failure.js';

/**
 * What the last check of a provider's credentials said:
 * - `checking`: the first check has not answered yet;
 * - `accepted`: the provider took the credentials;
 * - `refused`: it refused them: every call would fail until an operator fixes the configuration;
 * - `unreachable`: it could not be asked (down, or no answer in time); says nothing of the credentials;
 * - `unknown`: it answered without saying (a quota or ban in the way).
 */
export type CredentialStatus = 'checking' | 'accepted' | 'refused' | 'unreachable' | 'unknown';

export interface ProviderCheck {
  readonly provider: string;
  /** Resolves when the provider accepted the credentials; throws the provider's failure otherwise. */
  readonly check: (deadline: Deadline) => Promise<void>;
}

export interface ProviderState {
  readonly status: CredentialStatus;
  /** Why it is refused, unreachable or unknown: the facade's message, never a credential. */
  readonly message?: string;
  readonly checkedAt?: string;
}

/** How long one check may wait for admission to its provider. */
const CHECK_DEADLINE_MS = 5_000;

/**
 * Checks every provider's credentials at start-up and then every `intervalMs` (0: at start-up
 * only), for /readyz: a replica whose credentials a provider refuses is not ready, so a rollout
 * with a wrong secret stops at its first replica. A provider that is merely unreachable does not
 * make the replica unready: every replica would be taken out for an outage none can fix.
 */
export class ProviderReadiness {
  private readonly states = new Map<string, ProviderState>();
  private timer: NodeJS.Timeout | undefined;
  private round: Promise<void> | undefined;

  constructor(
    private readonly checks: readonly ProviderCheck[],
    private readonly intervalMs: number,
  ) {
    for (const { provider } of checks) this.states.set(provider, { status: 'checking' });
  }

  /** Runs the first round (answering once it is done, or after `waitMs`) and schedules the next ones. */
  async start(waitMs: number): Promise<void> {
    const first = this.checkAll();
    if (this.intervalMs > 0) {
      this.timer = setInterval(() => void this.checkAll(), this.intervalMs);
      this.timer.unref();
    }
    let waited: NodeJS.Timeout | undefined;
    await Promise.race([first, new Promise<void>((resolve) => (waited = setTimeout(resolve, waitMs)))]);
    clearTimeout(waited);
  }

  /** Ready when every provider has answered its first check and none refuses the credentials. */
  get ready(): boolean {
    for (const state of this.states.values()) if (state.status === 'checking' || state.status === 'refused') return false;
    return true;
  }

  report(): Record<string, ProviderState> {
    return Object.fromEntries(this.states);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** One round; a round still running when the next is due is not doubled. */
  private checkAll(): Promise<void> {
    this.round ??= Promise.all(this.checks.map((check) => this.checkOne(check))).then(() => {
      this.round = undefined;
    });
    return this.round;
  }

  private async checkOne({ provider, check }: ProviderCheck): Promise<void> {
    let state: ProviderState;
    try {
      await check(Deadline.in(CHECK_DEADLINE_MS));
      state = { status: 'accepted' };
    } catch (error) {
      state = stateAfter(error, this.states.get(provider));
    }
    this.states.set(provider, { ...state, checkedAt: new Date().toISOString() });
  }
}

function stateAfter(error: unknown, previous: ProviderState | undefined): ProviderState {
  const message = error instanceof Error ? error.message : String(error);
  if (!(error instanceof ProviderFailure)) {
    // A quota or deadline in the way says nothing new: keep what the last check found.
    return previous && previous.status !== 'checking' ? previous : { status: 'unknown', message };
  }
  switch (error.kind) {
    case 'misconfigured':
      return { status: 'refused', message };
    case 'not-sent':
    case 'outcome-unknown':
      return { status: 'unreachable', message };
    default:
      return previous && previous.status !== 'checking' ? previous : { status: 'unknown', message };
  }
}
