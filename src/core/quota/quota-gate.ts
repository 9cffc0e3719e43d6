import type { Clock } from '../clock.js';
import { systemClock } from '../clock.js';
import type { Deadline } from '../deadline.js';
import type { QuotaPolicy } from './limits.js';
import { QuotaExhaustedError } from './quota-exhausted.js';
import type { QuotaStore, Take } from './quota-store.js';

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
 * capacity is certain to return.
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
    const { inFlight, windows, banKey } = this.policy;
    const now = this.clock.now();
    if (banKey) {
      const until = await this.store.bannedUntil(banKey, now);
      if (until > 0) return { granted: false, retryAt: until, mayFreeSooner: false };
    }
    let slotId: string | undefined;
    if (inFlight) {
      const slot = await this.store.takeSlot(inFlight, now);
      if (!slot.granted) return slot;
      slotId = slot.slotId;
    }
    const releaseSlot = () => {
      if (inFlight && slotId !== undefined) void this.store.releaseSlot(inFlight, slotId);
    };
    if (windows?.length) {
      const counted = await this.store.takeWindows(windows, now);
      if (!counted.granted) {
        releaseSlot();
        return counted;
      }
    }
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        releaseSlot();
        if (windows?.length) void this.store.restampWindows(windows, now, this.clock.now());
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

  /** Records a hold the provider announced; every caller of this policy waits it out. */
  async ban(until: number): Promise<void> {
    if (this.policy.banKey) await this.store.ban(this.policy.banKey, until);
  }

  private exhausted(retryAt: number): QuotaExhaustedError {
    return new QuotaExhaustedError(Math.max(retryAt, this.clock.now()), this.policy.name);
  }
}
