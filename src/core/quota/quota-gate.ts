import type { Clock } from '../clock.js';
import { systemClock } from '../clock.js';
import type { Deadline } from '../deadline.js';
import { randomUUID } from 'node:crypto';
import type { QuotaPolicy } from './limits.js';
import { QuotaExhaustedError } from './quota-exhausted.js';
import type { PolicyUsage, QuotaStore, Take } from './quota-store.js';

/** Proof of admission; release it when the call has ended, whatever its outcome (its answer is in, or it failed). */
export interface Permit {
  release(): void;
}

interface Waiter {
  wake: () => void;
}

/**
 * Admits calls of one provider operation through its quota policy, first come first served:
 * only the head of the queue asks the store, so a burst cannot starve an earlier caller.
 * A caller waits for capacity until its deadline, then gets QuotaExhaustedError with the time
 * capacity is certain to return. The queue is bounded: past `maxWaiting` a caller is answered at
 * once instead of piling up memory.
 */
export class QuotaGate {
  private readonly queue: Waiter[] = [];
  private lastRetryAt = 0;
  /** Bumped whenever capacity may have come back, so a release racing a denial is never missed. */
  private freedCount = 0;

  constructor(
    private readonly store: QuotaStore,
    readonly policy: QuotaPolicy,
    private readonly clock: Clock = systemClock,
    private readonly maxWaiting = Infinity,
  ) {
    if (policy.inFlight) {
      store.onFreed(policy.inFlight.key, () => {
        this.freedCount++;
        this.queue[0]?.wake();
      });
    }
  }

  /** Callers waiting for their turn or for capacity. */
  get waiting(): number {
    return this.queue.length;
  }

  async admit(deadline: Deadline): Promise<Permit> {
    if (this.queue.length >= this.maxWaiting) throw this.exhausted(this.lastRetryAt);
    const me: Waiter = { wake: () => {} };
    this.queue.push(me);
    try {
      if (this.queue[0] !== me) await this.waitFor(me, deadline);
      for (;;) {
        // A slot freed by a call the deadline cut off must not admit a call that is already late.
        if (deadline.expired) throw this.exhausted(this.lastRetryAt);
        const freedBefore = this.freedCount;
        const permit = await this.tryTake();
        if ('release' in permit) return permit;
        this.lastRetryAt = permit.retryAt;
        if (!permit.mayFreeSooner && permit.retryAt > deadline.at) throw this.exhausted(permit.retryAt);
        if (this.freedCount === freedBefore) await this.waitFor(me, deadline, permit.retryAt);
      }
    } finally {
      const position = this.queue.indexOf(me);
      this.queue.splice(position, 1);
      if (position === 0) this.queue[0]?.wake();
    }
  }

  private async tryTake(): Promise<Permit | Extract<Take, { granted: false }>> {
    const permitId = randomUUID();
    const admittedAt = this.clock.now();
    const taken = await this.store.take(this.policy, permitId, admittedAt);
    if (!taken.granted) return taken;
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        // A release that fails is not lost for ever: the slot's lease and the window run out.
        this.store.release(this.policy, permitId, admittedAt, this.clock.now()).catch(() => {});
      },
    };
  }

  /** Sleeps until woken (its turn, or freed capacity while at the head), `until`, or the deadline. */
  private waitFor(me: Waiter, deadline: Deadline, until?: number): Promise<void> {
    if (deadline.expired) return Promise.reject(this.exhausted(until ?? this.lastRetryAt));
    return new Promise<void>((resolve, reject) => {
      const timers: NodeJS.Timeout[] = [];
      const done = (error?: Error) => {
        for (const timer of timers) clearTimeout(timer);
        me.wake = () => {};
        if (error) reject(error);
        else resolve();
      };
      me.wake = () => done();
      if (until !== undefined) timers.push(setTimeout(() => done(), Math.max(0, until - this.clock.now())));
      timers.push(
        setTimeout(() => done(this.exhausted(until ?? this.lastRetryAt)), deadline.remainingMs()),
      );
    });
  }

  /** Admits, runs `call`, and releases when it ends, whatever its outcome. */
  async within<T>(deadline: Deadline, call: () => Promise<T>): Promise<T> {
    const permit = await this.admit(deadline);
    try {
      return await call();
    } finally {
      permit.release();
    }
  }

  /** What this policy's limits hold now, from the same ledger admission uses. */
  usage(): Promise<PolicyUsage> {
    return this.store.usage(this.policy, this.clock.now());
  }

  /** Records a hold the provider announced; every caller of this policy waits it out. */
  async ban(until: number): Promise<void> {
    if (this.policy.banKey) await this.store.ban(this.policy.banKey, until, this.clock.now());
  }

  private exhausted(retryAt: number): QuotaExhaustedError {
    return new QuotaExhaustedError(Math.max(retryAt, this.clock.now()), this.policy.name);
  }
}
