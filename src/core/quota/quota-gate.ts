import type { Clock } from '../clock.js';
import { systemClock } from '../clock.js';
import type { Deadline } from '../deadline.js';
import { randomUUID } from 'node:crypto';
import type { QuotaPolicy } from './limits.js';
import { DeadlineExceededError } from '../deadline-exceeded.js';
import { FairQueue } from './fair-queue.js';
import { QuotaExhaustedError } from './quota-exhausted.js';
import type { PolicyUsage, QuotaStore, Take } from './quota-store.js';

/** Proof of admission; release it when the call has ended, whatever its outcome (its answer is in, or it failed). */
export interface Permit {
  release(): void;
}

interface Waiter {
  wake: () => void;
  readonly deadline: Deadline;
  /** A slot a finished call passed straight on to this caller (see `handOff`). */
  handed?: Permit;
}

/**
 * How many calls in a row one slot may pass to the next local caller before it goes back to the
 * ledger, where every replica's waiters compete for it: a replica busy enough never to run out of
 * callers would otherwise keep its slots for good and starve the others.
 */
export const MAX_HANDOFFS = 8;

/**
 * Admits calls of one provider operation through its quota policy, fair between principals
 * (FairQueue: each principal's callers in arrival order, principals taking turns): only the caller
 * whose turn it is asks the store, so a burst cannot starve an earlier caller or another principal.
 * A caller waits for its turn and for capacity until its deadline. When the ledger says capacity
 * returns only after the deadline (a full window, a ban), it gets QuotaExhaustedError with that
 * time at once; when its deadline passes while capacity could still have come sooner (its turn in
 * the queue, an in-flight slot), it gets DeadlineExceededError. The queue is bounded: past
 * `maxWaiting` a caller gets QuotaExhaustedError at once instead of piling up memory. Under a pure in-flight cap a finished call hands its slot
 * straight to the head of the queue (see `handOff`).
 */
export class QuotaGate {
  private readonly queue = new FairQueue<Waiter>();
  /** The policy background takes are checked against: the same keys, smaller windows. */
  private readonly backgroundPolicy: QuotaPolicy;
  private lastRetryAt = 0;
  /** Bumped whenever capacity may have come back, so a release racing a denial is never missed. */
  private freedCount = 0;
  /** Slots passed straight from a finished call to a waiting one. */
  private handedOn = 0;
  /** In-flight slots this gate's callers hold (taken from the ledger, not given back yet). */
  private held = 0;

  constructor(
    private readonly store: QuotaStore,
    readonly policy: QuotaPolicy,
    private readonly clock: Clock = systemClock,
    private readonly maxWaiting = Infinity,
    /** Callers one owner (a principal) may have waiting; past it they are answered at once, so no one fills the queue. */
    private readonly maxWaitingPerOwner = Infinity,
    /** The share of each window background callers (bulk jobs) may fill; the rest stays for requests. */
    backgroundShare = 1,
  ) {
    this.backgroundPolicy = backgroundShare >= 1 ? policy : shareOfWindows(policy, backgroundShare);
    if (policy.inFlight) {
      store.onFreed(policy.inFlight.key, () => {
        this.freedCount++;
        this.queue.first()?.wake();
      });
    }
  }

  /** Callers waiting for their turn or for capacity. */
  get waiting(): number {
    return this.queue.length;
  }

  async admit(deadline: Deadline): Promise<Permit> {
    const owner = deadline.owner;
    const { background } = deadline;
    if (this.queue.length >= this.maxWaiting || this.queue.waitingOf(owner, background) >= this.maxWaitingPerOwner) throw this.exhausted(this.lastRetryAt);
    const me: Waiter = { wake: () => {}, deadline };
    this.queue.push(owner, me, background);
    let admitted: Permit | undefined;
    try {
      if (this.queue.first() !== me) await this.waitFor(me, deadline);
      for (;;) {
        if (me.handed) return (admitted = me.handed);
        // A caller whose deadline has passed is not admitted, even if a slot just freed.
        if (deadline.expired) throw this.late(deadline);
        if (this.policy.inFlight && this.held >= this.policy.inFlight.capacity) {
          // Every slot is held here: the ledger could only refuse (a round trip a call, most of a
          // burst's). Woken when one goes back (from here at once, from elsewhere by the store) or is handed on.
          await this.waitFor(me, deadline);
          continue;
        }
        const freedBefore = this.freedCount;
        const taken = await this.tryTake(background);
        if ('release' in taken) return (admitted = taken);
        if (me.handed) continue;
        this.lastRetryAt = taken.retryAt;
        if (!taken.mayFreeSooner && taken.retryAt > deadline.at) throw this.exhausted(taken.retryAt, taken.provisional);
        if (this.freedCount === freedBefore) await this.waitFor(me, deadline, taken.retryAt);
      }
    } finally {
      const wasFirst = this.queue.first() === me;
      this.queue.remove(owner, me, background);
      // A slot handed over while this caller was giving up (or was granted one of its own) is passed on, never lost.
      if (me.handed && me.handed !== admitted) me.handed.release();
      // The next caller's turn comes once this one's call is on its way: woken at once, its ledger
      // round trip would be written first and delay the call by a socket write.
      if (wasFirst && this.queue.length > 0) process.nextTick(() => this.queue.first()?.wake());
    }
  }

  private async tryTake(background: boolean): Promise<Permit | Extract<Take, { granted: false }>> {
    const permitId = randomUUID();
    const admittedAt = this.clock.now();
    const taken = await this.store.take(background ? this.backgroundPolicy : this.policy, permitId, admittedAt);
    if (!taken.granted) return taken;
    this.held++;
    return this.permit(permitId, admittedAt, 0);
  }

  private permit(permitId: string, admittedAt: number, handoffs: number): Permit {
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        if (this.handOff(permitId, admittedAt, handoffs)) return;
        // Before the store hears of it: a store that says "freed" at once wakes a waiter that must see the room.
        this.held--;
        // A release that fails is not lost for ever: the slot's lease and the window run out.
        this.store.release(this.policy, permitId, admittedAt, this.clock.now()).catch(() => {});
        // A caller waiting because every slot was held here is told now, not when (or whether) the
        // store says "freed": its take goes to the store after this release.
        if (this.policy.inFlight && this.held === this.policy.inFlight.capacity - 1) this.queue.first()?.wake();
      },
    };
  }

  /**
   * Passes a finished call's slot straight to the caller at the head of the queue. The ledger
   * already counts the slot as held, so nothing changes there, and the next call goes out without
   * a release and a take (two Redis round trips, measured at about 2.5 ms a call on the 2-core
   * VM). Only for a policy that is nothing but an in-flight cap: a window must count every call,
   * and a ban must stop them. The slot goes back to the ledger after MAX_HANDOFFS calls, and once
   * half its lease has run, so the ledger's lease still covers the last call it carried.
   */
  private handOff(permitId: string, admittedAt: number, handoffs: number): boolean {
    const { inFlight, windows, banKey } = this.policy;
    if (!inFlight || windows?.length || banKey || handoffs >= MAX_HANDOFFS) return false;
    if (this.clock.now() - admittedAt >= inFlight.leaseMs / 2) return false;
    const head = this.queue.first();
    if (!head || head.handed || head.deadline.expired) return false;
    head.handed = this.permit(permitId, admittedAt, handoffs + 1);
    this.handedOn++;
    head.wake();
    return true;
  }

  /** Sleeps until woken (its turn, or freed capacity while at the head), `until`, or the deadline. */
  private waitFor(me: Waiter, deadline: Deadline, until?: number): Promise<void> {
    if (deadline.expired) return Promise.reject(this.late(deadline));
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
      timers.push(setTimeout(() => done(this.late(deadline)), deadline.remainingMs()));
    });
  }

  /** Admits, runs `call`, and releases when it ends, whatever its outcome. */
  async within<T>(deadline: Deadline, call: () => Promise<T>): Promise<T> {
    const permit = await this.admit(deadline);
    try {
      return await call();
    } finally {
      const handedBefore = this.handedOn;
      permit.release();
      // The slot is what is scarce: when it went straight on, the call it carries goes out before
      // this one parses its answer and finishes its request. undici writes to a reused socket one
      // event-loop turn later (a check that the idle socket is still clean), hence two turns here.
      if (this.handedOn !== handedBefore) await new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
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

  private late(deadline: Deadline): DeadlineExceededError {
    return new DeadlineExceededError(deadline.budgetMs, this.policy.name);
  }

  private exhausted(retryAt: number, provisional = false): QuotaExhaustedError {
    return new QuotaExhaustedError(Math.max(retryAt, this.clock.now()), this.policy.name, provisional);
  }
}

/**
 * A policy whose windows admit only `share` of their calls: checked against the same ledger keys,
 * so background calls stop where the share is full and leave the rest of each window to requests.
 * An in-flight cap is not shared: its slots come back within a call, and requests go first in the queue.
 */
function shareOfWindows(policy: QuotaPolicy, share: number): QuotaPolicy {
  if (!policy.windows?.length) return policy;
  return { ...policy, windows: policy.windows.map((limit) => ({ ...limit, capacity: Math.max(1, Math.floor(limit.capacity * share)) })) };
}
